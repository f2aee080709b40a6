import { z } from 'zod';
import { EditState } from './editing.ts';

/** Publication status, as ninjs names it. */
export const PubStatus = z.enum(['usable', 'withheld', 'canceled']);
export type PubStatus = z.infer<typeof PubStatus>;

/**
 * A part of the wire file that is not story text: kept beside the story,
 * never silently dropped, so an editor can see what Copydesk took out.
 */
export const RemovedPart = z.object({
  kind: z.enum(['rating', 'page-debris', 'separator', 'syndication', 'signoff', 'boilerplate']),
  text: z.string(),
});
export type RemovedPart = z.infer<typeof RemovedPart>;

export const Dateline = z.object({
  /** The dateline as it stands in the copy, e.g. "Moscow (EFE).-". */
  text: z.string(),
  place: z.string().optional(),
  /** ISO 8601 date (or date-time) when the dateline carries one. */
  date: z.string().optional(),
  agency: z.string().optional(),
});
export type Dateline = z.infer<typeof Dateline>;

/** One story as a parser found it in a wire file: Copydesk's internal model. */
export const WireStory = z.object({
  format: z.string(),
  uri: z.string().optional(),
  version: z.number().int().positive().optional(),
  headline: z.string(),
  /** True when the copy had no headline and Copydesk derived one from the lead. */
  headlineDerived: z.boolean(),
  slugline: z.string().optional(),
  byline: z.string().optional(),
  dateline: Dateline.optional(),
  body: z.array(z.string()),
  /** BCP 47 language tag, e.g. "en". */
  language: z.string().optional(),
  /** The agency that wrote the copy, e.g. "EFE". */
  provider: z.string().optional(),
  /** Who delivered it, e.g. "Acquire Media (NewsEdge)". */
  distributor: z.string().optional(),
  copyright: z.string().optional(),
  usageTerms: z.string().optional(),
  signoff: z.string().optional(),
  urgency: z.number().int().min(1).max(9).optional(),
  embargoedUntil: z.string().optional(),
  firstCreated: z.string().optional(),
  versionCreated: z.string().optional(),
  pubStatus: PubStatus,
  edNote: z.string().optional(),
  /**
   * What the wire says this version is, beyond pubStatus: 'update',
   * 'correction', 'writethru', 'kill', 'withdrawal', 'advisory'… (IPTC signals,
   * ANPA/7901 take keys, NewsML 1.2 status).
   */
  signals: z.array(z.string()).optional(),
  /** Subjects/keywords the wire attached (codes or names). */
  subjects: z.array(z.string()).optional(),
  /** Copy kept preformatted (ANPA/7901 tables, sports results): paragraphs that must not be reflowed. */
  preformatted: z.array(z.number().int()).optional(),
  removed: z.array(RemovedPart),
  warnings: z.array(z.string()),
});
export type WireStory = z.infer<typeof WireStory>;

/** A row of the archive list. */
/** Where a story stands now, from all its versions: what the list and the reading pane show. */
export const StoryState = z.enum(['usable', 'embargoed', 'withheld', 'corrected', 'killed']);
export type StoryState = z.infer<typeof StoryState>;

export const StorySummary = z.object({
  id: z.string(),
  headline: z.string(),
  headlineDerived: z.boolean(),
  slugline: z.string().nullable(),
  provider: z.string().nullable(),
  distributor: z.string().nullable().optional(),
  place: z.string().nullable(),
  language: z.string().nullable(),
  pubStatus: PubStatus,
  /** Derived from every version; absent in archives written before versions were linked. */
  state: StoryState.optional(),
  versionCount: z.number().int().optional(),
  embargoedUntil: z.string().nullable().optional(),
  receivedAt: z.string(),
  /** Search hit context with matches wrapped in U+E000 … U+E001 (never HTML). */
  snippet: z.string().nullable(),
  /** Spiked by an editor: out of the archive's views but the Spiked one, until restored. */
  spiked: z.boolean().optional(),
  /** Edited, open comment threads, translation flags by status. */
  edit: EditState.optional(),
});
export type StorySummary = z.infer<typeof StorySummary>;

export const StoryVersionInfo = z.object({
  id: z.string(),
  version: z.number().int(),
  pubStatus: PubStatus.optional(),
  signals: z.array(z.string()).optional(),
  fileName: z.string(),
  sha256: z.string(),
  byteLength: z.number().int(),
  format: z.string(),
  receivedAt: z.string(),
});
export type StoryVersionInfo = z.infer<typeof StoryVersionInfo>;

/** Everything the reading pane shows. */
export const StoryDetail = z.object({
  id: z.string(),
  state: StoryState.optional(),
  story: WireStory,
  version: StoryVersionInfo,
  versions: z.array(StoryVersionInfo),
  /** Spiked by an editor (soft delete): shown in the Spiked view until restored. */
  spiked: z.boolean().optional(),
  /** The latest embargo any version declared (one update that does not repeat it does not lift it), as the list reads it. */
  embargoedUntil: z.string().nullable().optional(),
});
export type StoryDetail = z.infer<typeof StoryDetail>;

export const SNIPPET_MARK_OPEN = '\u{E000}';
export const SNIPPET_MARK_CLOSE = '\u{E001}';
