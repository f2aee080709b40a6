import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { WireStory } from '../../shared/model/story.ts';
import type { Archive } from '../archive.ts';
import { storySearchText, wireSearchText, type SearchText } from '../repositories/search-text.ts';

/**
 * Upkeep of an archive file: is it sound, is its search index what the
 * stories say, and keeping that index compact. Everything here takes an open
 * Archive; writes go through `archive.write` (the full-text index is no
 * logged record, so its statements run on `archive.db` inside that callback).
 */

/** One thing wrong with an archive, in words an editor can act on. */
export interface ArchiveProblem {
  /**
   * 'file-damaged' (SQLite's own check failed), 'search-index-damaged' (FTS5's
   * index disagrees with its stored text), 'missing-entry', 'orphan-entry',
   * 'stale-entry', 'no-version', 'unreadable-version', 'check-failed'.
   */
  code: string;
  message: string;
  /** How many stories or entries it concerns, when it can be counted. */
  count?: number;
  /** A few of the stories concerned (ids, as `copydesk show` takes them). */
  storyIds?: string[];
}

export interface ArchiveHealth {
  ok: boolean;
  problems: ArchiveProblem[];
  stories: number;
  searchEntries: number;
}

export interface CheckOptions {
  /** PRAGMA integrity_check (reads every page and index) instead of quick_check. */
  full?: boolean;
}

/** The problems `rebuildSearchIndex` repairs. */
export const SEARCH_INDEX_PROBLEMS: readonly string[] = ['search-index-damaged', 'missing-entry', 'orphan-entry', 'stale-entry'];

const SEARCH_TABLE = 'story_search';
/** SQLite's own check stops after this many complaints. */
const MAX_SQLITE_COMPLAINTS = 20;
/** Stories named in a problem's message (all of them are counted). */
const EXAMPLES = 3;
/** Stories kept in a problem's `storyIds`. */
const MAX_STORY_IDS = 20;

/** The current version of story s: its highest version number, through the (story_id, version) index. */
const CURRENT_VERSION = `v.rowid = (SELECT rowid FROM story_versions WHERE story_id = s.id ORDER BY version DESC LIMIT 1)`;

const EDITED_TEXT = 'LEFT JOIN story_texts t ON t.story_id = s.id AND t.edited = 1';

interface StoryRow {
  rowid: number;
  id: string;
  story_json: string | null;
  /** story_texts.text_json when an editor changed the story: its entry holds that text. */
  edited_json: string | null;
}

interface EntryRow {
  rowid: number;
  headline: unknown;
  slugline: unknown;
  byline: unknown;
  body: unknown;
}

/** Counts one kind of problem and remembers the first stories it concerns. */
class Tally {
  count = 0;
  readonly examples: Array<{ id: string; headline: string | null }> = [];
  add(example?: { id: string; headline: string | null }): void {
    this.count += 1;
    if (example && this.examples.length < MAX_STORY_IDS) this.examples.push(example);
  }
}

/**
 * Checks the archive file (SQLite's quick_check, or integrity_check with
 * `full`), FTS5's own index against its stored text, and that the search
 * index holds exactly one entry per story, showing its current version. Reads
 * stories and entries side by side in rowid order, one row at a time, in one
 * read transaction. Never throws for what it finds; a check that cannot run
 * is reported as a problem.
 */
export function checkArchive(archive: Archive, options: CheckOptions = {}): ArchiveHealth {
  const db = archive.db;
  const problems: ArchiveProblem[] = [];

  const sqlite = sqliteCheck(db, options.full === true);
  if (sqlite.problem) problems.push(sqlite.problem);

  // SQLite 3.44+ runs FTS5's own check within quick_check and integrity_check: not twice (it reads the whole index).
  const ftsProblem = sqlite.checkedSearchIndex ? searchIndexProblem(sqlite.searchIndexLines[0]) : ftsIntegrity(db);
  if (ftsProblem) problems.push(ftsProblem);

  let stories = 0;
  let searchEntries = 0;
  try {
    const result = db.transaction(() => compareEntries(db))();
    stories = result.stories;
    searchEntries = result.searchEntries;
    problems.push(...result.problems);
  } catch (err) {
    problems.push({ code: 'check-failed', message: `The search index could not be compared with the stories: ${errorText(err)}.` });
  }

  return { ok: problems.length === 0, problems, stories, searchEntries };
}

interface SqliteCheck {
  problem?: ArchiveProblem;
  /** True when SQLite's check ran FTS5's integrity check of the search index (SQLite 3.44 and later). */
  checkedSearchIndex: boolean;
  /** What it said of the search index, if anything. */
  searchIndexLines: string[];
}

function sqliteCheck(db: Database.Database, full: boolean): SqliteCheck {
  const pragma = full ? 'integrity_check' : 'quick_check';
  let rows: string[];
  try {
    rows = db.prepare(`PRAGMA ${pragma}(${MAX_SQLITE_COMPLAINTS})`).pluck().all() as string[];
  } catch (err) {
    return {
      problem: { code: 'file-damaged', message: `The archive file is damaged: SQLite's ${pragma} could not run (${errorText(err)}). Restore it from a backup.` },
      checkedSearchIndex: false,
      searchIndexLines: [],
    };
  }
  const lines = rows
    .flatMap((row) => row.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line !== 'ok' && line !== '' && !/^\*\*\* in database \w+ \*\*\*$/.test(line));
  // The search index's own damage is reported (and repaired) as such, not as the file's.
  const aboutSearch = (line: string): boolean => line.includes(`FTS5 table main.${SEARCH_TABLE}`);
  const searchIndexLines = lines.filter(aboutSearch);
  const fileLines = lines.filter((line) => !aboutSearch(line));
  // Virtual tables are checked last; SQLite stops at the limit before reaching them.
  const checkedSearchIndex = sqliteChecksVirtualTables(db) && rows.length < MAX_SQLITE_COMPLAINTS;
  if (fileLines.length === 0) return { checkedSearchIndex, searchIndexLines };
  const shown = fileLines.slice(0, 3).join('; ');
  const more = fileLines.length > 3 ? ` (and ${fileLines.length - 3} more)` : '';
  return {
    problem: {
      code: 'file-damaged',
      message: `The archive file is damaged: SQLite's ${pragma} reports ${shown}${more}. Restore it from a backup.`,
      count: fileLines.length,
    },
    checkedSearchIndex,
    searchIndexLines,
  };
}

/** SQLite 3.44 added virtual tables' xIntegrity to quick_check and integrity_check. */
function sqliteChecksVirtualTables(db: Database.Database): boolean {
  const version = db.prepare('SELECT sqlite_version()').pluck().get() as string;
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 3 || (major === 3 && minor >= 44);
}

/** FTS5's own check: it throws SQLITE_CORRUPT_VTAB when the index and the text it stores disagree. */
function ftsIntegrity(db: Database.Database): ArchiveProblem | undefined {
  try {
    db.prepare(`INSERT INTO ${SEARCH_TABLE}(${SEARCH_TABLE}) VALUES('integrity-check')`).run();
    return undefined;
  } catch (err) {
    return searchIndexProblem((err as { code?: unknown }).code === 'SQLITE_CORRUPT_VTAB' ? 'malformed inverted index' : errorText(err));
  }
}

function searchIndexProblem(complaint: string | undefined): ArchiveProblem | undefined {
  if (complaint === undefined) return undefined;
  const why = complaint.startsWith('malformed inverted index') ? 'its words do not match the text it stores' : complaint;
  return { code: 'search-index-damaged', message: `The search index is damaged: ${why}. Searches may miss stories or find the wrong ones.` };
}

/** The merge of stories (with their current version) and search entries, both in rowid order. */
function compareEntries(db: Database.Database): { stories: number; searchEntries: number; problems: ArchiveProblem[] } {
  const storyRows = db
    .prepare(
      `SELECT s.rowid AS rowid, s.id AS id, v.story_json AS story_json, t.text_json AS edited_json
       FROM stories s LEFT JOIN story_versions v ON ${CURRENT_VERSION} ${EDITED_TEXT}
       ORDER BY s.rowid`,
    )
    .iterate() as IterableIterator<StoryRow>;
  const entryRows = db
    .prepare(`SELECT rowid, headline, slugline, byline, body FROM ${SEARCH_TABLE} ORDER BY rowid`)
    .iterate() as IterableIterator<EntryRow>;

  const missing = new Tally();
  const orphan = new Tally();
  const stale = new Tally();
  const noVersion = new Tally();
  const unreadable = new Tally();
  let stories = 0;
  let searchEntries = 0;

  try {
    let story = next(storyRows);
    let entry = next(entryRows);
    while (story || entry) {
      if (entry && (!story || entry.rowid < story.rowid)) {
        searchEntries += 1;
        orphan.add();
        entry = next(entryRows);
        continue;
      }
      // A story, with or without its entry.
      const s = story as StoryRow;
      stories += 1;
      const e = entry && entry.rowid === s.rowid ? entry : undefined;
      if (e) searchEntries += 1;
      if (s.story_json === null) {
        noVersion.add({ id: s.id, headline: null });
      } else {
        const expected = expectedEntry(s.story_json, s.edited_json);
        if (!expected) unreadable.add({ id: s.id, headline: null });
        else if (!e) missing.add({ id: s.id, headline: expected.headline });
        else if (!sameText(e, expected)) stale.add({ id: s.id, headline: expected.headline });
      }
      story = next(storyRows);
      if (e) entry = next(entryRows);
    }
  } finally {
    storyRows.return?.();
    entryRows.return?.();
  }

  const problems: ArchiveProblem[] = [];
  const report = (code: string, tally: Tally, one: string, many: string, advice: string): void => {
    if (tally.count === 0) return;
    const what = tally.count === 1 ? one : `${tally.count} ${many}`;
    const named = describeExamples(tally);
    problems.push({
      code,
      message: `${what}${named ? ` (${named})` : ''}. ${advice}.`,
      count: tally.count,
      ...(tally.examples.length > 0 ? { storyIds: tally.examples.map((x) => x.id) } : {}),
    });
  };
  const rebuild = 'Rebuilding the search index repairs it';
  report('missing-entry', missing, '1 story is missing from the search index', 'stories are missing from the search index', `Searches cannot find ${missing.count === 1 ? 'it' : 'them'}. ${rebuild}`);
  report('orphan-entry', orphan, '1 search entry belongs to no story', 'search entries belong to no story', rebuild);
  report(
    'stale-entry',
    stale,
    "1 story's search entry does not show its current version",
    "stories' search entries do not show their current version",
    `Searches find old text. ${rebuild}`,
  );
  report('no-version', noVersion, '1 story has no version', 'stories have no version', 'There is no copy to show or search for them');
  report(
    'unreadable-version',
    unreadable,
    "1 story's current version cannot be read",
    "stories' current versions cannot be read",
    'They cannot be searched',
  );
  return { stories, searchEntries, problems };
}

function next<T>(rows: IterableIterator<T>): T | undefined {
  const r = rows.next();
  return r.done ? undefined : r.value;
}

/** What the search entry of a story whose current version is `json` (and its edited text, if any) must hold; undefined when it cannot be read. */
function expectedEntry(json: string, editedJson: string | null): SearchText | undefined {
  let wire: SearchText;
  try {
    wire = wireSearchText(JSON.parse(json) as WireStory);
  } catch {
    return undefined;
  }
  return storySearchText(wire, editedJson);
}

function sameText(entry: EntryRow, expected: SearchText): boolean {
  return (
    entry.headline === expected.headline &&
    entry.slugline === expected.slugline &&
    entry.byline === expected.byline &&
    entry.body === expected.body
  );
}

function describeExamples(tally: Tally): string {
  const shown = tally.examples.slice(0, EXAMPLES).map((x) => (x.headline ? `“${shorten(x.headline)}”, ${x.id}` : x.id));
  if (shown.length === 0) return '';
  const rest = tally.count - shown.length;
  return `${shown.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}`;
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

// ---------------------------------------------------------------------------

export interface RebuildResult {
  /** Search entries written: one per story with a readable current version. */
  entries: number;
  /** Stories left out: no version, or a current version that cannot be read. */
  skipped: number;
}

/** Stories read and indexed per step of a rebuild (and between progress reports). */
const REBUILD_BATCH = 1000;

/**
 * Builds the search index anew from each story's current version, in one
 * transaction, then merges it into one segment. The table is dropped and
 * created again from its own definition (its FTS5 settings kept): deleting
 * its rows cannot repair an index whose words disagree with its stored text,
 * since FTS5 removes the words of the text it stores, not those it indexed.
 */
export function rebuildSearchIndex(archive: Archive, onProgress?: (done: number, total: number) => void): RebuildResult {
  const db = archive.db;
  const result = archive.write(() => {
    const definition = db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?`).pluck().get(SEARCH_TABLE) as
      | string
      | undefined;
    if (!definition) throw new Error(`the archive has no ${SEARCH_TABLE} table`);
    const settings = ftsSettings(db);
    db.exec(`DROP TABLE ${SEARCH_TABLE}`);
    db.exec(definition);
    const configure = db.prepare(`INSERT INTO ${SEARCH_TABLE}(${SEARCH_TABLE}, rank) VALUES (?, ?)`);
    for (const { k, v } of settings) configure.run(k, v);

    const total = db.prepare('SELECT count(*) FROM stories').pluck().get() as number;
    const batch = db.prepare(
      `SELECT s.rowid AS rowid, s.id AS id, v.story_json AS story_json, t.text_json AS edited_json
       FROM stories s LEFT JOIN story_versions v ON ${CURRENT_VERSION} ${EDITED_TEXT}
       WHERE s.rowid > ? ORDER BY s.rowid LIMIT ${REBUILD_BATCH}`,
    );
    const insert = db.prepare(`INSERT INTO ${SEARCH_TABLE} (rowid, headline, slugline, byline, body) VALUES (?, ?, ?, ?, ?)`);
    let entries = 0;
    let skipped = 0;
    let done = 0;
    let after = Number.MIN_SAFE_INTEGER;
    onProgress?.(0, total);
    for (;;) {
      const rows = batch.all(after) as StoryRow[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const entry = row.story_json === null ? undefined : expectedEntry(row.story_json, row.edited_json);
        if (entry) {
          insert.run(row.rowid, entry.headline, entry.slugline, entry.byline, entry.body);
          entries += 1;
        } else {
          skipped += 1;
        }
      }
      done += rows.length;
      after = (rows.at(-1) as StoryRow).rowid;
      onProgress?.(done, Math.max(total, done));
    }
    return { entries, skipped };
  });
  archive.write(() => void db.prepare(`INSERT INTO ${SEARCH_TABLE}(${SEARCH_TABLE}) VALUES('optimize')`).run());
  return result;
}

/** FTS5 settings made with INSERT INTO t(t, rank) ('automerge', 'pgsz'…), to apply again to a new table. */
function ftsSettings(db: Database.Database): Array<{ k: string; v: unknown }> {
  try {
    // As stored: an integer setting read as a JS number would be bound back as a REAL, which FTS5 refuses.
    return db.prepare(`SELECT k, v FROM ${SEARCH_TABLE}_config WHERE k <> 'version'`).safeIntegers(true).all() as Array<{ k: string; v: unknown }>;
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------

export interface ArchiveSize {
  /** The database proper: page_count × page_size. */
  bytes: number;
  pages: number;
  pageSize: number;
  /** Pages free for reuse (the file does not shrink without VACUUM). */
  freePages: number;
  /** The write-ahead log beside the file, not yet copied back into it. */
  walBytes: number;
  /** Segments of the full-text index; a search reads every one. Undefined when unreadable. */
  searchSegments?: number;
}

export interface OptimiseResult {
  before: ArchiveSize;
  after: ArchiveSize;
  /** False when another connection was reading and the WAL could not be emptied entirely. */
  walTruncated: boolean;
}

/**
 * Merges the full-text index into one segment, lets SQLite refresh its
 * statistics (PRAGMA optimize) and copies the WAL back into the file,
 * truncating it. Sizes before and after, in bytes.
 */
export function optimiseArchive(archive: Archive): OptimiseResult {
  const db = archive.db;
  const before = archiveSize(archive);
  archive.write(() => void db.prepare(`INSERT INTO ${SEARCH_TABLE}(${SEARCH_TABLE}) VALUES('optimize')`).run());
  db.pragma('optimize');
  const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number; checkpointed: number }>;
  const after = archiveSize(archive);
  return { before, after, walTruncated: checkpoint?.busy === 0 };
}

export function archiveSize(archive: Archive): ArchiveSize {
  const db = archive.db;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const freePages = db.pragma('freelist_count', { simple: true }) as number;
  const segments = searchSegments(db);
  return {
    bytes: pages * pageSize,
    pages,
    pageSize,
    freePages,
    walBytes: walBytes(archive.file),
    ...(segments === undefined ? {} : { searchSegments: segments }),
  };
}

function walBytes(file: string): number {
  try {
    return fs.statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

/** FTS5's structure record (rowid 10 of %_data): a 4-byte cookie, an optional V2 marker, then varints nLevel, nSegment. */
const STRUCTURE_ROWID = 10;
const STRUCTURE_V2 = [0xff, 0x00, 0x00, 0x01];

export function searchSegments(db: Database.Database): number | undefined {
  let block: Buffer | undefined;
  try {
    block = db.prepare(`SELECT block FROM ${SEARCH_TABLE}_data WHERE id = ?`).pluck().get(STRUCTURE_ROWID) as Buffer | undefined;
  } catch {
    return undefined;
  }
  if (!Buffer.isBuffer(block) || block.length < 6) return undefined;
  let i = 4;
  if (STRUCTURE_V2.every((b, k) => block[4 + k] === b)) i += 4;
  const levels = readVarint(block, i);
  if (!levels) return undefined;
  const segments = readVarint(block, levels.next);
  return segments?.value;
}

/** SQLite's varint (big-endian, 7 bits a byte, high bit = more); small values only. */
function readVarint(buf: Buffer, at: number): { value: number; next: number } | undefined {
  let value = 0;
  for (let i = at; i < buf.length && i < at + 4; i += 1) {
    const byte = buf[i] as number;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return { value, next: i + 1 };
  }
  return undefined;
}

// ---------------------------------------------------------------------------

/** A bulk import this large leaves enough segments behind to be worth merging. */
export const COMPACT_MIN_FILES = 1000;
/** Pages written per merge step, and steps at most: a bounded cost at the end of an import. */
const MERGE_PAGES = 500;
const MERGE_ROUNDS = 8;

/**
 * The cheap upkeep at the end of a bulk import: with `storedFiles` at
 * COMPACT_MIN_FILES or more, a few incremental FTS5 merges (each its own
 * short transaction, until one finds nothing to do) and PRAGMA optimize.
 * Below that, nothing.
 */
export function compactAfterIngest(archive: Archive, storedFiles: number): void {
  if (storedFiles < COMPACT_MIN_FILES) return;
  const db = archive.db;
  const merge = db.prepare(`INSERT INTO ${SEARCH_TABLE}(${SEARCH_TABLE}, rank) VALUES('merge', ${MERGE_PAGES})`);
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  for (let round = 0; round < MERGE_ROUNDS; round += 1) {
    const worked = archive.write(() => {
      const before = totalChanges.get() as number;
      merge.run();
      // FTS5's documented test: a merge that did any work changes total_changes() by 2 or more.
      return (totalChanges.get() as number) - before >= 2;
    });
    if (!worked) break;
  }
  db.pragma('optimize');
}
