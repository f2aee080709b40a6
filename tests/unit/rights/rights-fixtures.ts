import { readFileSync } from 'node:fs';
import { IntendedUse, type IntendedUseInput, Licence, type LicenceTermsInput } from '../../../shared/model/licence.ts';
import type { WireStory } from '../../../shared/model/story.ts';
import type { RightsCheckInput, RightsStory } from '../../../shared/rights/rights-check.ts';
import { checkRights } from '../../../shared/rights/rights-check.ts';
import { parseWire } from '../../../shared/wire/parse.ts';
import { efeSample } from '../../support/paths.ts';
import { EFE_NEWSEDGE } from '../../fixtures/efe-licence.ts';

/** The copyright line of the EFE sample, as the parser reads it. */
export const EFE_COPYRIGHT = '© 2021 EFE News Services (U.S.) Inc.';
export const EFE_TEMPLATE = '© {year} EFE News Services (U.S.) Inc.';

/** The EFE story syndicated through Acquire Media's NewsEdge, parsed from the real sample file. */
export function efeSampleStory(): WireStory {
  const result = parseWire(readFileSync(efeSample));
  if (!result.ok) throw new Error(`${efeSample} rejected: ${result.error.message}`);
  const story = result.stories[0];
  if (story === undefined) throw new Error(`${efeSample} holds no story`);
  return story;
}

let serial = 0;

/**
 * A licence as the archive hands it over: the terms through the schema (so its
 * defaults apply: no changes, no translation, no excerpts, worldwide), with the
 * EFE/NewsEdge agreement for the fields a test does not set.
 */
export function licence(terms: Partial<LicenceTermsInput> & { id?: string; retired?: boolean } = {}): Licence {
  serial += 1;
  return Licence.parse({
    ...EFE_NEWSEDGE,
    attribution: EFE_TEMPLATE,
    id: `lic-${serial}`,
    retired: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...terms,
  });
}

/** A licence that allows everything, everywhere, for ever. */
export function openLicence(terms: Partial<LicenceTermsInput> & { id?: string } = {}): Licence {
  return licence({
    reference: 'EFE-OPEN',
    validFrom: '2000-01-01',
    validTo: null,
    channels: ['web', 'print', 'broadcast', 'newsletter', 'social', 'archive'],
    mayModify: true,
    mayTranslate: true,
    mayExcerpt: true,
    ...terms,
  });
}

/** The EFE sample as the archive keeps it, sent a fortnight before the default use date. */
export function story(overrides: Partial<RightsStory> = {}): RightsStory {
  return {
    provider: 'EFE',
    distributor: 'Acquire Media (NewsEdge)',
    copyright: EFE_COPYRIGHT,
    usageTerms: null,
    state: 'usable',
    pubStatus: 'usable',
    embargoedUntil: null,
    receivedAt: '2026-03-01T08:00:00.000Z',
    firstCreated: '2026-03-01T07:30:00.000Z',
    versionCreated: null,
    ...overrides,
  };
}

export function use(input: Partial<IntendedUseInput> = {}): IntendedUse {
  return IntendedUse.parse({ channel: 'web', ...input });
}

/** "Now" in these tests, unless a test says otherwise. */
export const NOW = new Date('2026-03-14T12:00:00.000Z');

/** Uses recorded so far, counted per licence and month the way the usage log counts them (by the use's date, UTC). */
export function usageLog(recorded: readonly { licenceId: string; usedAt: string }[]): RightsCheckInput['usesInMonth'] {
  return (licenceId, month) => recorded.filter((u) => u.licenceId === licenceId && u.usedAt.slice(0, 7) === month).length;
}

export function check(
  licences: readonly Licence[],
  intended: Partial<IntendedUseInput> = {},
  options: { story?: Partial<RightsStory>; now?: Date; usesInMonth?: RightsCheckInput['usesInMonth'] } = {},
) {
  return checkRights({
    story: story(options.story),
    licences,
    use: use(intended),
    now: options.now ?? NOW,
    usesInMonth: options.usesInMonth ?? usageLog([]),
  });
}

export function blockingCodes(decision: { reasons: readonly { code: string; blocking: boolean }[] }): string[] {
  return decision.reasons.filter((r) => r.blocking).map((r) => r.code);
}
