import { z } from 'zod';
import { StoryState } from './story.ts';

/**
 * Licensing records: what the newsroom's agreement with an agency (through a
 * distributor) lets it do with that agency's copy, the check of an intended
 * use against them, and the log of every use that distributors bill from.
 */

/** Where a story is republished. 'archive': kept in the newsroom's own public archive. */
export const Channel = z.enum(['web', 'print', 'broadcast', 'newsletter', 'social', 'archive']);
export type Channel = z.infer<typeof Channel>;

/** ISO 3166-1 alpha-2, upper case ("ES", "US"). */
export const CountryCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/u, 'a two-letter ISO country code, e.g. ES'));
export type CountryCode = z.infer<typeof CountryCode>;

/** Where the copy may appear: everywhere, only in the countries listed, or everywhere but them. */
export const Territories = z.object({
  mode: z.enum(['worldwide', 'include', 'exclude']),
  countries: z.array(CountryCode).max(300).default([]),
});
export type Territories = z.infer<typeof Territories>;

/** A calendar day, YYYY-MM-DD; licence dates are whole days, inclusive, in UTC. */
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'a date written YYYY-MM-DD');
export type IsoDay = z.infer<typeof IsoDay>;

/** A month of the usage report, YYYY-MM. */
export const IsoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u, 'a month written YYYY-MM');
export type IsoMonth = z.infer<typeof IsoMonth>;

/** What an editor types for a licence (and what a licence file holds for each). */
export const LicenceTerms = z.object({
  /** The agency whose copy it covers, as stories name it (e.g. "EFE"). */
  provider: z.string().trim().min(1).max(200),
  /** Who delivers it (e.g. "Acquire Media (NewsEdge)"); null: the licence covers the agency's copy however it arrives. */
  distributor: z.string().trim().max(200).nullable().default(null),
  /** The agreement's reference, as on the contract and the distributor's statements. */
  reference: z.string().trim().min(1).max(200),
  validFrom: IsoDay,
  /** Last day of validity, inclusive; null: until further notice. */
  validTo: IsoDay.nullable().default(null),
  channels: z.array(Channel).min(1).max(6),
  territories: Territories.default({ mode: 'worldwide', countries: [] }),
  mayModify: z.boolean().default(false),
  mayTranslate: z.boolean().default(false),
  mayExcerpt: z.boolean().default(false),
  /** Longest excerpt allowed, in words; null: any length (when excerpts are allowed at all). */
  maxExcerptWords: z.number().int().positive().nullable().default(null),
  /**
   * The credit to print. Placeholders: {year} (the story's copyright year),
   * {provider}, {distributor}, {reference}, {copyright} (the story's own line).
   * E.g. "© {year} EFE News Services (U.S.) Inc.".
   */
  attribution: z.string().trim().min(1).max(500),
  /** Hours after the wire sent it before the copy may appear (on top of any embargo the wire sets). */
  embargoHoldHours: z.number().int().min(0).max(24 * 365).default(0),
  /** A kill obliges the newsroom to take every use down within this many hours; null: the licence says nothing. */
  killTakedownHours: z.number().int().positive().max(24 * 365).nullable().default(null),
  /** Uses allowed per calendar month (all channels together); null: no cap. */
  monthlyCap: z.number().int().positive().nullable().default(null),
  /** Text the story's copyright line must contain for the licence to match it (null: any). */
  matchCopyright: z.string().trim().max(200).nullable().default(null),
  /** Text the story's usage terms must contain for the licence to match it (null: any). */
  matchUsageTerms: z.string().trim().max(200).nullable().default(null),
  notes: z.string().max(10_000).default(''),
});
export type LicenceTerms = z.infer<typeof LicenceTerms>;
export type LicenceTermsInput = z.input<typeof LicenceTerms>;

export const Licence = LicenceTerms.extend({
  id: z.string(),
  /** Retired licences are kept (usage records cite them) but match and allow nothing. */
  retired: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Licence = z.infer<typeof Licence>;

/** `copydesk licence export` and import: a licence with an id already in the archive updates it. */
export const LicenceFile = z.object({
  format: z.literal('copydesk-licences'),
  version: z.literal(1),
  licences: z
    .array(LicenceTerms.extend({ id: z.string().min(1).max(100).optional(), retired: z.boolean().default(false) }))
    .max(10_000),
});
export type LicenceFile = z.infer<typeof LicenceFile>;

/** What an editor means to do with a story. */
export const IntendedUse = z.object({
  channel: Channel,
  /** Where it appears; null: not said (a territory-limited licence then cannot allow it). */
  territory: CountryCode.nullable().default(null),
  /** When it appears (ISO date or date-time); absent: now. */
  date: z.string().max(40).optional(),
  modified: z.boolean().default(false),
  translated: z.boolean().default(false),
  /** Words of the story used, when only an excerpt is; null: the whole story. */
  excerptWords: z.number().int().positive().nullable().default(null),
});
export type IntendedUse = z.infer<typeof IntendedUse>;
export type IntendedUseInput = z.input<typeof IntendedUse>;

export const ReasonCode = z.enum([
  /** Allowed, by this licence. */
  'allowed',
  'no-licence',
  'retired',
  'not-yet-valid',
  'expired',
  'channel',
  'territory',
  'modification',
  'translation',
  'excerpt',
  /** The licence's hold after transmission has not passed. */
  'hold',
  'monthly-cap',
  /** The wire's embargo has not lifted. */
  'embargo',
  'killed',
  'withheld',
  'bad-date',
]);
export type ReasonCode = z.infer<typeof ReasonCode>;

export const RightsReason = z.object({
  code: ReasonCode,
  /** True when this reason alone forbids the use. */
  blocking: z.boolean(),
  /** Plain language, for the editor: "The licence does not allow translation." */
  message: z.string(),
  /** The licence the reason is about; null for the story's own state (embargo, kill) or no licence. */
  licenceId: z.string().nullable(),
});
export type RightsReason = z.infer<typeof RightsReason>;

/** The answer of the rights check (also what `copydesk rights ID --json` prints). */
export const RightsDecision = z.object({
  allowed: z.boolean(),
  /** Every reason: the blocking ones first. */
  reasons: z.array(RightsReason),
  /** The credit to print, from the licence that applies; null without one. */
  attribution: z.string().nullable(),
  /** The licence that applies: the most permissive that allows the use, else the nearest to allowing it. */
  licence: Licence.nullable(),
  /** False when a kill or an embargo blocks: no override can allow that. */
  overridable: z.boolean(),
});
export type RightsDecision = z.infer<typeof RightsDecision>;

/** How a story came by its licences: matched at ingest, assigned by an editor, or none on file. */
export const RightsSource = z.enum(['auto', 'manual', 'none']);
export type RightsSource = z.infer<typeof RightsSource>;

/** One recorded use of a story (never changed once recorded). */
export const Usage = z.object({
  id: z.string(),
  storyId: z.string(),
  versionId: z.string(),
  headline: z.string(),
  channel: Channel,
  territory: z.string().nullable(),
  /** When the story appears (the intended use's date), ISO. */
  usedAt: z.string(),
  /** When the use was recorded, ISO. */
  recordedAt: z.string(),
  licenceId: z.string().nullable(),
  /** The licence's reference at the time, for the report. */
  licenceReference: z.string().nullable(),
  modified: z.boolean(),
  translated: z.boolean(),
  excerptWords: z.number().int().nullable(),
  /** Who recorded it (the profile's name). */
  user: z.string(),
  /** Set when the check blocked the use and an editor overrode it: their reason. */
  overrideReason: z.string().nullable(),
  attribution: z.string().nullable(),
});
export type Usage = z.infer<typeof Usage>;

/** A use of a killed story that must come down. */
export const Takedown = z.object({
  usage: Usage,
  storyHeadline: z.string(),
  killedAt: z.string(),
  /** killedAt + the licence's killTakedownHours; null when the licence sets no deadline. */
  dueBy: z.string().nullable(),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable(),
});
export type Takedown = z.infer<typeof Takedown>;

/** The rights panel of the reading pane. */
export const StoryRights = z.object({
  storyId: z.string(),
  source: RightsSource,
  /** The licences that cover the story (retired ones excluded), most permissive first. */
  licences: z.array(Licence),
  /** "Web and print until 31 Dec 2026 · no translation · credit: © 2021 EFE…", for the first licence; null without one. */
  summary: z.string().nullable(),
  attribution: z.string().nullable(),
  /** Last day of the first licence, when it ends within 30 days (or has ended). */
  expiresOn: IsoDay.nullable(),
  expiresSoon: z.boolean(),
  /** The story's own restrictions now (embargo, kill, withheld): they win over any licence. */
  restrictions: z.array(RightsReason),
  state: StoryState.optional(),
  /** Uses of this story recorded so far, newest first. */
  usages: z.array(Usage),
});
export type StoryRights = z.infer<typeof StoryRights>;

export const UsageReport = z.object({
  licence: Licence,
  month: IsoMonth,
  usages: z.array(Usage),
  /** The licence's monthly cap, null when it has none. */
  cap: z.number().int().nullable(),
  /** The report as CSV (RFC 4180, header row first), as the Export button saves it. */
  csv: z.string(),
});
export type UsageReport = z.infer<typeof UsageReport>;
