import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.ts';
import { FLAG_STATUSES, FlagStatus, type FlagCounts, type QueuedFlag, type TranslationFlag, type UserProfile } from '../../shared/model/editing.ts';
import type { Archive } from '../archive.ts';
import { createListedHeadline } from './listed-headline.ts';
import { createEditStateUpkeep } from './edit-state.ts';
import type { FieldValues } from './records.ts';

export interface TranslationFlagRepository {
  /** Not deleted, oldest first. */
  list(storyId: string): TranslationFlag[];
  get(flagId: string): TranslationFlag | undefined;
  create(input: {
    storyId: string;
    markId: string;
    sourceText: string;
    sourceLanguage: string | null;
    targetLanguage: string;
    note: string;
    author: UserProfile;
    at: string;
  }): TranslationFlag;
  /**
   * Changes what is given. A non-empty translation entered while the flag is flagged or in_progress,
   * with no status given, moves it to translated. Throws ApiError('not-found') for an unknown or deleted flag.
   */
  update(flagId: string, changes: { status?: FlagStatus; translation?: string; note?: string; targetLanguage?: string; at: string }): TranslationFlag;
  /** Tombstone; false when unknown or already deleted. */
  delete(flagId: string): boolean;
  /** Across the archive, oldest first, not deleted, not on spiked stories; counts by status (with the target filter applied) and by target (with the status filter applied). */
  queue(filter: { status?: FlagStatus; targetLanguage?: string; limit: number }): {
    flags: QueuedFlag[];
    counts: { byStatus: FlagCounts; byTarget: Record<string, number> };
  };
}

interface FlagRow {
  id: string;
  story_id: string;
  mark_id: string;
  source_text: string;
  source_language: string | null;
  target_language: string;
  note: string;
  status: string;
  translation: string;
  author: string;
  created_at: string;
  updated_at: string;
}

const FLAG_COLUMNS =
  'f.id, f.story_id, f.mark_id, f.source_text, f.source_language, f.target_language, f.note, f.status, f.translation, f.author, f.created_at, f.updated_at';
/** What the queue lists: live flags on stories not spiked. */
const QUEUE_FROM = 'translation_flags f JOIN stories s ON s.id = f.story_id WHERE f.deleted = 0 AND s.spiked = 0';
/** A translation entered in these states moves the flag on to translated. */
const BEFORE_TRANSLATION: readonly FlagStatus[] = ['flagged', 'in_progress'];

export function createTranslationFlagRepository(archive: Pick<Archive, 'db' | 'write' | 'siteId'>): TranslationFlagRepository {
  const db: Database.Database = archive.db;
  const upkeep = createEditStateUpkeep(db);
  const listedHeadline = createListedHeadline(db);
  const storyExists = db.prepare('SELECT 1 FROM stories WHERE id = ?').pluck();
  const listOf = db.prepare(`SELECT ${FLAG_COLUMNS} FROM translation_flags f WHERE f.story_id = ? AND f.deleted = 0 ORDER BY f.created_at, f.rowid`);
  const liveById = db.prepare(`SELECT ${FLAG_COLUMNS} FROM translation_flags f WHERE f.id = ? AND f.deleted = 0`);
  const markTaken = db.prepare('SELECT 1 FROM translation_flags WHERE story_id = ? AND mark_id = ? AND deleted = 0').pluck();
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  const get = (flagId: string): TranslationFlag | undefined => {
    const row = liveById.get(flagId) as FlagRow | undefined;
    return row && flagOf(row);
  };

  return {
    list: (storyId) => (listOf.all(storyId) as FlagRow[]).map(flagOf),
    get,
    create(input) {
      if (input.markId.trim() === '') throw new ApiError('bad-input', 'A translation flag needs the id of the mark over its passage.');
      if (input.sourceText.trim() === '') throw new ApiError('bad-input', 'A translation flag needs the passage to translate; it is empty.');
      const targetLanguage = languageTag(input.targetLanguage, 'target language');
      const sourceLanguage = input.sourceLanguage === null ? null : languageTag(input.sourceLanguage, 'source language');
      return archive.write((writer) => {
        if (storyExists.get(input.storyId) === undefined) throw new ApiError('not-found', `There is no story with id ${input.storyId}.`);
        if (markTaken.get(input.storyId, input.markId) !== undefined) {
          throw new ApiError('bad-input', `Story ${input.storyId} already has a translation flag on mark ${input.markId}.`);
        }
        const { id } = writer.insert('translation_flag', {
          story_id: input.storyId,
          mark_id: input.markId,
          source_text: input.sourceText,
          source_language: sourceLanguage,
          target_language: targetLanguage,
          note: input.note,
          status: 'flagged',
          translation: '',
          author: input.author.name,
          created_at: input.at,
          updated_at: input.at,
          deleted: 0,
        });
        upkeep.recount(input.storyId);
        return get(id) as TranslationFlag;
      });
    },
    update(flagId, changes) {
      const status = changes.status === undefined ? undefined : flagStatus(changes.status);
      const targetLanguage = changes.targetLanguage === undefined ? undefined : languageTag(changes.targetLanguage, 'target language');
      return archive.write((writer) => {
        const current = liveById.get(flagId) as FlagRow | undefined;
        if (!current) throw new ApiError('not-found', `There is no translation flag with id ${flagId}.`);
        const next: Partial<FieldValues<'translation_flag'>> = {};
        if (status !== undefined) next.status = status;
        else if (changes.translation?.trim() && BEFORE_TRANSLATION.includes(current.status as FlagStatus)) next.status = 'translated';
        if (changes.translation !== undefined) next.translation = changes.translation;
        if (changes.note !== undefined) next.note = changes.note;
        if (targetLanguage !== undefined) next.target_language = targetLanguage;
        const differs = Object.entries(next).some(([field, value]) => current[field as keyof FlagRow] !== value);
        // Only a real change moves updated_at: saving the same translation twice logs nothing.
        if (differs) {
          writer.update('translation_flag', flagId, { ...next, updated_at: changes.at });
          upkeep.recount(current.story_id);
        }
        return get(flagId) as TranslationFlag;
      });
    },
    delete(flagId) {
      return archive.write((writer) => {
        const current = liveById.get(flagId) as FlagRow | undefined;
        if (!current) return false;
        writer.update('translation_flag', flagId, { deleted: 1 });
        upkeep.recount(current.story_id);
        return true;
      });
    },
    queue({ status, targetLanguage, limit }) {
      const wantedStatus = status === undefined ? undefined : flagStatus(status);
      const wantedTarget = targetLanguage === undefined ? undefined : languageTag(targetLanguage, 'target language');
      const statusCondition = wantedStatus === undefined ? '' : ' AND f.status = @status';
      const targetCondition = wantedTarget === undefined ? '' : ' AND f.target_language = @target';
      const params = { status: wantedStatus ?? null, target: wantedTarget ?? null };
      // The headline the archive list shows.
      const rows = prepared(
        `SELECT ${FLAG_COLUMNS}, v.headline AS headline, s.edited AS edited
         FROM translation_flags f JOIN stories s ON s.id = f.story_id CROSS JOIN story_versions v ON v.rowid = s.current_version
         WHERE f.deleted = 0 AND s.spiked = 0${statusCondition}${targetCondition}
         ORDER BY f.created_at, f.rowid LIMIT @limit`,
      ).all({ ...params, limit: Math.max(0, Math.floor(limit)) }) as Array<FlagRow & { headline: string; edited: number }>;
      const flags = rows.map((row): QueuedFlag => ({ ...flagOf(row), headline: listedHeadline({ id: row.story_id, edited: row.edited, headline: row.headline }) }));

      const byStatus = Object.fromEntries(FLAG_STATUSES.map((s) => [s, 0])) as FlagCounts;
      const statusRows = prepared(`SELECT f.status AS key, count(*) AS n FROM ${QUEUE_FROM}${targetCondition} GROUP BY f.status`).all(params) as CountRow[];
      for (const row of statusRows) {
        const known = FlagStatus.safeParse(row.key);
        if (known.success) byStatus[known.data] += row.n;
      }
      const byTarget: Record<string, number> = {};
      const targetRows = prepared(
        `SELECT f.target_language AS key, count(*) AS n FROM ${QUEUE_FROM}${statusCondition} GROUP BY f.target_language ORDER BY f.target_language`,
      ).all(params) as CountRow[];
      for (const row of targetRows) byTarget[row.key] = row.n;
      return { flags, counts: { byStatus, byTarget } };
    },
  };
}

interface CountRow {
  key: string;
  n: number;
}

function flagOf(row: FlagRow): TranslationFlag {
  // A status this version does not know (from a newer replica) reads as still to do rather than failing the list.
  const status = FlagStatus.safeParse(row.status);
  return {
    id: row.id,
    storyId: row.story_id,
    markId: row.mark_id,
    sourceText: row.source_text,
    sourceLanguage: row.source_language,
    targetLanguage: row.target_language,
    note: row.note,
    status: status.success ? status.data : 'flagged',
    translation: row.translation,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function flagStatus(value: string): FlagStatus {
  const parsed = FlagStatus.safeParse(value);
  if (!parsed.success) throw new ApiError('bad-input', `"${value}" is not a flag status (one of ${FLAG_STATUSES.join(', ')}).`);
  return parsed.data;
}

/**
 * One spelling per language (es, pt-BR, zh-Hant), so the queue's filter and
 * its counts by target do not split "ES" from "es".
 */
function languageTag(value: string, what: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(value.trim());
    if (canonical) return canonical;
  } catch {
    // Not a tag: answered below.
  }
  throw new ApiError('bad-input', `"${value}" is not a ${what} tag such as en or es.`);
}
