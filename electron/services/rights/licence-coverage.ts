import { licenceMatches, type StoryCredit } from '../../../shared/rights/licence-match.ts';
import type { Archive } from '../../../db/archive.ts';
import { createLicenceAssignmentRepository } from '../../../db/repositories/licence-assignments.ts';
import { createLicenceRepository } from '../../../db/repositories/licences.ts';
import type { PreparedStory } from '../../../db/repositories/prepared-story.ts';
import type { StoredStory } from '../../../db/repositories/stories.ts';
import { createLicenceCache, type LicenceCache } from './licence-cache.ts';

/** The warning for one stored story, or undefined when a licence covers it. */
export type CoverageCheck = (story: PreparedStory, stored: StoredStory) => string | undefined;

/**
 * At ingest every story is matched to its licences, so that copy nobody
 * licensed is said to be so when it arrives. Nothing is stored: the rights
 * panel matches again whenever it looks, and a licence made later applies.
 */
export interface LicenceCoverage {
  /** Once per transaction: looks whether the licences changed, then checks each story stored in it without a query. */
  begin(): CoverageCheck;
}

export function createLicenceCoverage(archive: Pick<Archive, 'db' | 'write'>, cache?: LicenceCache): LicenceCoverage {
  const licences = cache ?? createLicenceCache(createLicenceRepository(archive));
  const assignments = createLicenceAssignmentRepository(archive);
  return {
    begin() {
      const active = licences.active();
      return (story, stored) => {
        if (stored.outcome === 'duplicate') return undefined;
        if (active.length > 0) {
          const credit = creditOf(story);
          if (active.some((licence) => licenceMatches(credit, licence))) return undefined;
        }
        // Only a new version of a story already archived can have a licence an editor chose by hand.
        if (stored.outcome === 'updated' && assignments.current(stored.id)?.licenceId) return undefined;
        return noLicenceWarning(story.provider, columnText(story, 'distributor'));
      };
    },
  };
}

/** "no licence on file for EFE via Acquire Media (NewsEdge)", the agency and distributor as the story names them. */
export function noLicenceWarning(provider: string | null, distributor: string | null): string {
  if (provider && distributor) return `no licence on file for ${provider} via ${distributor}`;
  if (provider) return `no licence on file for ${provider}`;
  if (distributor) return `no licence on file for copy from ${distributor}`;
  return 'no licence on file: the copy names no agency';
}

/**
 * Agency and distributor are the prepared story's summary columns; its
 * copyright line and usage terms are in its JSON, parsed only when a licence
 * asks for them (a story naming no agency, a licence matching on them).
 */
function creditOf(story: PreparedStory): StoryCredit {
  let parsed: { copyright?: unknown; usageTerms?: unknown } | undefined;
  const wire = () => (parsed ??= JSON.parse(story.json) as { copyright?: unknown; usageTerms?: unknown });
  return {
    provider: story.provider,
    distributor: columnText(story, 'distributor'),
    get copyright() {
      const value = wire().copyright;
      return typeof value === 'string' ? value : null;
    },
    get usageTerms() {
      const value = wire().usageTerms;
      return typeof value === 'string' ? value : null;
    },
  };
}

function columnText(story: PreparedStory, column: string): string | null {
  const value = story.columns[column];
  return typeof value === 'string' && value !== '' ? value : null;
}
