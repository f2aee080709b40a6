import type { WireStory } from '../../shared/model/story.ts';

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
}

const storyFields = ['received_at', 'uri'] as const;
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

export const entities = {
  story: { table: 'stories', fields: storyFields } satisfies EntityDef<(typeof storyFields)[number]>,
  story_version: {
    table: 'story_versions',
    fields: storyVersionFields,
    derive: (f) => summaryColumns(JSON.parse(String(f.story_json)) as WireStory),
  } satisfies EntityDef<(typeof storyVersionFields)[number]>,
} as const;

export type EntityName = keyof typeof entities;
export type FieldName<E extends EntityName> = (typeof entities)[E]['fields'][number];
export type FieldValues<E extends EntityName> = Record<FieldName<E>, SqlValue>;

/** The columns the archive list and its filters read without parsing the JSON. */
export function summaryColumns(story: WireStory): Record<string, SqlValue> {
  return {
    headline: story.headline,
    headline_derived: story.headlineDerived ? 1 : 0,
    slugline: story.slugline ?? null,
    byline: story.byline ?? null,
    provider: story.provider ?? null,
    place: story.dateline?.place ?? null,
    language: story.language ?? null,
    pub_status: story.pubStatus,
  };
}
