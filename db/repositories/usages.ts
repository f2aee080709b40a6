import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.ts';
import { Channel, type IsoMonth, type Usage } from '../../shared/model/licence.ts';
import type { Archive } from '../archive.ts';
import type { RecordWriter } from './write-path.ts';

/** What a use records; the id is the archive's. */
export type NewUsage = Omit<Usage, 'id'>;

export interface TakedownRecord {
  doneAt: string;
  doneBy: string;
}

/** A recorded use of a story that a kill has reached, with what the archive knows of the kill. */
export interface KilledUse {
  usage: Usage;
  /** The story's headline as its current version gives it. */
  storyHeadline: string;
  /** When the first version that kills the story arrived. */
  killedAt: string;
  takedown: TakedownRecord | undefined;
}

export interface UsageRepository {
  /** Records a use, in the caller's transaction when given one (the check and the record must not be apart). */
  record(usage: NewUsage, writer?: RecordWriter): Usage;
  /** Newest first. */
  listForStory(storyId: string): Usage[];
  /** The licence's uses that appear in that calendar month (UTC), oldest first. */
  inMonth(licenceId: string, month: IsoMonth): Usage[];
  countInMonth(licenceId: string, month: IsoMonth): number;
  /** Every use of these stories, newest first. */
  forStories(storyIds: readonly string[]): Usage[];
  get(usageId: string): Usage | undefined;
  /** Every use of a killed story, whether taken down or not. */
  killedUses(): KilledUse[];
  /** Marks the use as taken down; a use already marked keeps its first record. Throws ApiError('not-found') for an unknown use. */
  markTakenDown(usageId: string, by: string, at: string): TakedownRecord;
  takedownOf(usageId: string): TakedownRecord | undefined;
}

interface UsageRow {
  id: string;
  story_id: string;
  version_id: string;
  headline: string;
  channel: string;
  territory: string | null;
  used_at: string;
  recorded_at: string;
  licence_id: string | null;
  licence_reference: string | null;
  modified: number;
  translated: number;
  excerpt_words: number | null;
  user: string;
  override_reason: string | null;
  attribution: string | null;
}

const COLUMNS = `u.id, u.story_id, u.version_id, u.headline, u.channel, u.territory, u.used_at, u.recorded_at, u.licence_id,
  u.licence_reference, u.modified, u.translated, u.excerpt_words, u.user, u.override_reason, u.attribution`;
const NEWEST_FIRST = 'ORDER BY u.used_at DESC, u.rowid DESC';
/** A month's uses: ISO times compare as text, so the month is the range [YYYY-MM, the next month). */
const IN_MONTH = 'u.licence_id = @licenceId AND u.used_at >= @from AND u.used_at < @to';

export function createUsageRepository(archive: Pick<Archive, 'db' | 'write'>): UsageRepository {
  const db: Database.Database = archive.db;
  const byId = db.prepare(`SELECT ${COLUMNS} FROM usages u WHERE u.id = ?`);
  const ofStory = db.prepare(`SELECT ${COLUMNS} FROM usages u WHERE u.story_id = ? ${NEWEST_FIRST}`);
  const ofStories = db.prepare(`SELECT ${COLUMNS} FROM usages u WHERE u.story_id IN (SELECT value FROM json_each(?)) ${NEWEST_FIRST}`);
  const inMonth = db.prepare(`SELECT ${COLUMNS} FROM usages u WHERE ${IN_MONTH} ORDER BY u.used_at, u.rowid`);
  const countInMonth = db.prepare(`SELECT count(*) FROM usages u WHERE ${IN_MONTH}`).pluck();
  const takedownById = db.prepare('SELECT done_at AS doneAt, done_by AS doneBy FROM takedowns WHERE usage_id = ?');
  const killed = db.prepare(
    `SELECT ${COLUMNS}, v.headline AS story_headline, t.done_at, t.done_by,
       (SELECT k.received_at FROM story_versions k WHERE k.story_id = u.story_id AND k.killed = 1
        ORDER BY k.received_at, k.version LIMIT 1) AS killed_at
     FROM usages u
     JOIN stories s ON s.id = u.story_id AND s.killed = 1
     JOIN story_versions v ON v.rowid = s.current_version
     LEFT JOIN takedowns t ON t.usage_id = u.id
     ORDER BY u.rowid`,
  );

  const get = (usageId: string): Usage | undefined => {
    const row = byId.get(usageId) as UsageRow | undefined;
    return row && usageOf(row);
  };

  function insert(writer: RecordWriter, usage: NewUsage): Usage {
    const { id } = writer.insert('usage', {
      story_id: usage.storyId,
      version_id: usage.versionId,
      headline: usage.headline,
      channel: usage.channel,
      territory: usage.territory,
      used_at: usage.usedAt,
      recorded_at: usage.recordedAt,
      licence_id: usage.licenceId,
      licence_reference: usage.licenceReference,
      modified: usage.modified ? 1 : 0,
      translated: usage.translated ? 1 : 0,
      excerpt_words: usage.excerptWords,
      user: usage.user,
      override_reason: usage.overrideReason,
      attribution: usage.attribution,
    });
    return { ...usage, id };
  }

  return {
    record: (usage, writer) => (writer ? insert(writer, usage) : archive.write((w) => insert(w, usage))),
    listForStory: (storyId) => (ofStory.all(storyId) as UsageRow[]).map(usageOf),
    inMonth: (licenceId, month) => (inMonth.all({ licenceId, ...monthRange(month) }) as UsageRow[]).map(usageOf),
    countInMonth: (licenceId, month) => countInMonth.get({ licenceId, ...monthRange(month) }) as number,
    forStories: (storyIds) => (storyIds.length === 0 ? [] : (ofStories.all(JSON.stringify([...storyIds])) as UsageRow[]).map(usageOf)),
    get,
    killedUses: () =>
      (killed.all() as Array<UsageRow & { story_headline: string; killed_at: string; done_at: string | null; done_by: string | null }>).map(
        (row) => ({
          usage: usageOf(row),
          storyHeadline: row.story_headline,
          killedAt: row.killed_at,
          takedown: row.done_at === null ? undefined : { doneAt: row.done_at, doneBy: row.done_by ?? '' },
        }),
      ),
    markTakenDown(usageId, by, at) {
      return archive.write((writer) => {
        if (byId.get(usageId) === undefined) throw new ApiError('not-found', `There is no recorded use with id ${usageId}.`);
        const done = takedownById.get(usageId) as TakedownRecord | undefined;
        if (done) return done;
        writer.insert('takedown', { usage_id: usageId, done_at: at, done_by: by });
        return { doneAt: at, doneBy: by };
      });
    },
    takedownOf: (usageId) => takedownById.get(usageId) as TakedownRecord | undefined,
  };
}

function monthRange(month: IsoMonth): { from: string; to: string } {
  const match = /^(\d{4})-(\d{2})$/u.exec(month);
  if (!match) throw new ApiError('bad-input', `"${month}" is not a month written YYYY-MM.`);
  const year = Number(match[1]);
  const next = Number(match[2]) + 1;
  const to = next > 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${match[1]}-${String(next).padStart(2, '0')}`;
  return { from: month, to };
}

function usageOf(row: UsageRow): Usage {
  const channel = Channel.safeParse(row.channel);
  return {
    id: row.id,
    storyId: row.story_id,
    versionId: row.version_id,
    headline: row.headline,
    // Only a newer replica's channel gets here; the use still counts (caps, reports), under the one channel that claims no audience.
    channel: channel.success ? channel.data : 'archive',
    territory: row.territory,
    usedAt: row.used_at,
    recordedAt: row.recorded_at,
    licenceId: row.licence_id,
    licenceReference: row.licence_reference,
    modified: row.modified === 1,
    translated: row.translated === 1,
    excerptWords: row.excerpt_words,
    user: row.user,
    overrideReason: row.override_reason,
    attribution: row.attribution,
  };
}
