import type { Licence, LicenceTerms } from '../model/licence.ts';
import { containsName, normaliseName } from './normalise-name.ts';
import { rankLicences } from './rank-licences.ts';

/**
 * Which licences cover a story, from how the story credits itself. Computed
 * whenever needed, never stored, so a licence created or changed after the
 * story arrived applies at once.
 */

/** How a story names its source: the parts of it a licence is matched on. */
export interface StoryCredit {
  provider: string | null;
  distributor: string | null;
  copyright: string | null;
  usageTerms: string | null;
}

/** A pattern the licence sets (null or blank: none) found in the story's text. */
function patternHolds(pattern: string | null, text: string | null): boolean {
  if (pattern === null || normaliseName(pattern) === '') return true;
  return text !== null && containsName(text, pattern);
}

function providerMatches(story: StoryCredit, provider: string): boolean {
  const wanted = normaliseName(provider);
  if (wanted === '') return false;
  const named = story.provider === null ? '' : normaliseName(story.provider);
  // Copy that names no agency is still credited by its copyright line ("© 2021 EFE News Services").
  if (named === '') return story.copyright !== null && containsName(story.copyright, provider);
  return named === wanted;
}

/** "Acquire Media" covers "Acquire Media (NewsEdge)" and the other way round. */
function distributorMatches(story: StoryCredit, distributor: string | null): boolean {
  if (distributor === null || normaliseName(distributor) === '') return true;
  if (story.distributor === null || normaliseName(story.distributor) === '') return false;
  return containsName(story.distributor, distributor) || containsName(distributor, story.distributor);
}

export function licenceMatches(story: StoryCredit, licence: LicenceTerms & { retired?: boolean }): boolean {
  return (
    licence.retired !== true &&
    providerMatches(story, licence.provider) &&
    distributorMatches(story, licence.distributor) &&
    patternHolds(licence.matchCopyright, story.copyright) &&
    patternHolds(licence.matchUsageTerms, story.usageTerms)
  );
}

/** The licences that cover the story, retired ones left out, most permissive first. */
export function matchLicences(story: StoryCredit, licences: readonly Licence[]): Licence[] {
  return rankLicences(licences.filter((licence) => licenceMatches(story, licence)));
}
