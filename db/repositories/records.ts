import type { WireStory } from '../../shared/model/story.ts';
import { declaresCorrection, declaresKill, normaliseInstant } from './story-state.ts';

/** What a column can hold, as better-sqlite3 binds it. */
export type SqlValue = string | number | bigint | null;

/**
 * A kind of record and how it is stored. `fields` are the record's own data:
 * each change to one of them is logged as an op, and sync replays them. The
 * `derive`d columns are computed from the fields alone (never logged), so a
 * replica that applies the same ops ends with the same row.
 */
export interface EntityDef<F extends string> {
  readonly table: string;
  readonly fields: readonly F[];
  readonly derive?: (fields: Readonly<Record<F, SqlValue>>) => Record<string, SqlValue>;
  /**
   * Never changed after it is created (a wire version, a line of the ingest
   * log). Its creating op then carries no value: the row keeps the fields,
   * exactly as they were at that clock time, and whoever ships the op (sync)
   * reads them from there. A story's text is not stored twice that way.
   */
  readonly immutable?: boolean;
}

const storyFields = ['received_at', 'uri', 'spiked'] as const;
const storyVersionFields = [
  'story_id',
  'version',
  'file_name',
  'sha256',
  'byte_length',
  'format',
  'received_at',
  'story_json',
] as const;
const savedSearchFields = ['name', 'query', 'filters', 'sort', 'deleted'] as const;
const ingestEntryFields = ['at', 'source', 'file', 'status', 'story_ids', 'version_ids', 'error', 'code', 'notes'] as const;
const settingFields = ['scope', 'key', 'value'] as const;
const revisionFields = ['story_id', 'number', 'kind', 'name', 'author', 'created_at', 'lexical_json', 'plain_text', 'word_count'] as const;
const commentThreadFields = ['story_id', 'mark_id', 'quote', 'resolved', 'created_at'] as const;
const commentFields = ['thread_id', 'author', 'initials', 'text', 'created_at', 'deleted'] as const;
const translationFlagFields = [
  'story_id',
  'mark_id',
  'source_text',
  'source_language',
  'target_language',
  'note',
  'status',
  'translation',
  'author',
  'created_at',
  'updated_at',
  'deleted',
] as const;
const licenceFields = [
  'provider',
  'distributor',
  'reference',
  'valid_from',
  'valid_to',
  'channels',
  'territories',
  'may_modify',
  'may_translate',
  'may_excerpt',
  'max_excerpt_words',
  'attribution',
  'embargo_hold_hours',
  'kill_takedown_hours',
  'monthly_cap',
  'match_copyright',
  'match_usage_terms',
  'notes',
  'retired',
  'created_at',
  'updated_at',
] as const;
const licenceAssignmentFields = ['story_id', 'licence_id', 'assigned_by', 'assigned_at'] as const;
const usageFields = [
  'story_id',
  'version_id',
  'headline',
  'channel',
  'territory',
  'used_at',
  'recorded_at',
  'licence_id',
  'licence_reference',
  'modified',
  'translated',
  'excerpt_words',
  'user',
  'override_reason',
  'attribution',
] as const;
const takedownFields = ['usage_id', 'done_at', 'done_by'] as const;

export const entities = {
  story: { table: 'stories', fields: storyFields } satisfies EntityDef<(typeof storyFields)[number]>,
  story_version: {
    table: 'story_versions',
    fields: storyVersionFields,
    derive: (f) => versionColumns(String(f.story_json)),
    immutable: true,
  } satisfies EntityDef<(typeof storyVersionFields)[number]>,
  /** One file that came in and what became of it: a line of the ingest log. */
  ingest_entry: { table: 'ingest_log', fields: ingestEntryFields, immutable: true } satisfies EntityDef<(typeof ingestEntryFields)[number]>,
  /** A search an editor named (filters as JSON); deleting one sets `deleted`, a tombstone. */
  saved_search: { table: 'saved_searches', fields: savedSearchFields } satisfies EntityDef<(typeof savedSearchFields)[number]>,
  /** One setting of one site (`scope`), its value as JSON. */
  setting: { table: 'settings', fields: settingFields } satisfies EntityDef<(typeof settingFields)[number]>,
  /** A revision of a story's text (0: the wire original): never changed once taken, so its text is stored once, in the row. */
  revision: { table: 'revisions', fields: revisionFields, immutable: true } satisfies EntityDef<(typeof revisionFields)[number]>,
  /** A comment thread anchored to the text by an @lexical/mark id. */
  comment_thread: { table: 'comment_threads', fields: commentThreadFields } satisfies EntityDef<(typeof commentThreadFields)[number]>,
  /** One comment of a thread; deleting one sets `deleted`, a tombstone. */
  comment: { table: 'comments', fields: commentFields } satisfies EntityDef<(typeof commentFields)[number]>,
  /** A passage flagged for translation; deleting one sets `deleted`, a tombstone. */
  translation_flag: { table: 'translation_flags', fields: translationFlagFields } satisfies EntityDef<(typeof translationFlagFields)[number]>,
  /** A licence (channels and territories as JSON); retiring one sets `retired`, it is never deleted. */
  licence: { table: 'licences', fields: licenceFields } satisfies EntityDef<(typeof licenceFields)[number]>,
  /** An editor's choice of licence for a story (null: back to automatic); the newest of a story wins. */
  licence_assignment: {
    table: 'licence_assignments',
    fields: licenceAssignmentFields,
  } satisfies EntityDef<(typeof licenceAssignmentFields)[number]>,
  /** One recorded use of a story: what distributors bill from, so never changed once recorded. */
  usage: { table: 'usages', fields: usageFields, immutable: true } satisfies EntityDef<(typeof usageFields)[number]>,
  /** A use of a killed story marked as taken down. */
  takedown: { table: 'takedowns', fields: takedownFields } satisfies EntityDef<(typeof takedownFields)[number]>,
} as const;

export type EntityName = keyof typeof entities;
export type FieldName<E extends EntityName> = (typeof entities)[E]['fields'][number];
export type FieldValues<E extends EntityName> = Record<FieldName<E>, SqlValue>;

/**
 * The summary columns of the last version JSON seen. The repository hands
 * over the columns it was given with the JSON it inserts (prepareStory made
 * both from one story); parsing the JSON back to derive them was a tenth of
 * the cost of storing a story. A replica replaying ops parses.
 */
let lastDerived: { json: string; columns: Record<string, SqlValue> } | undefined;

function versionColumns(json: string): Record<string, SqlValue> {
  if (lastDerived?.json !== json) lastDerived = { json, columns: summaryColumns(JSON.parse(json) as WireStory) };
  return lastDerived.columns;
}

/** Lets the next derive of `json` skip the parse: `columns` are summaryColumns of the story `json` was made from. */
export function rememberVersionColumns(json: string, columns: Record<string, SqlValue>): void {
  lastDerived = { json, columns };
}

/** The columns the archive list, its filters and the story's state read without parsing the JSON. */
export function summaryColumns(story: WireStory): Record<string, SqlValue> {
  return {
    headline: story.headline,
    headline_derived: story.headlineDerived ? 1 : 0,
    slugline: story.slugline ?? null,
    byline: story.byline ?? null,
    provider: story.provider ?? null,
    distributor: story.distributor ?? null,
    place: story.dateline?.place ?? null,
    language: story.language ?? null,
    pub_status: story.pubStatus,
    killed: declaresKill(story) ? 1 : 0,
    corrected: declaresCorrection(story) ? 1 : 0,
    embargoed_until: normaliseInstant(story.embargoedUntil),
  };
}
