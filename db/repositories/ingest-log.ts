import type Database from 'better-sqlite3';
import type { IngestLogEntry } from '../../shared/model/ingest.ts';
import type { Archive } from '../archive.ts';
import { decodeCursor, encodeCursor } from '../search/cursor.ts';
import type { RecordWriter } from './write-path.ts';

/** A line of the log before it is stored: everything but its id. */
export type IngestLogRecord = Omit<IngestLogEntry, 'id'>;

export interface IngestLogPage {
  entries: IngestLogEntry[];
  nextCursor: string | null;
}

export interface IngestLog {
  /** Logs one file inside the caller's transaction, so the entry is stored with what the file produced or not at all. */
  append(writer: RecordWriter, record: IngestLogRecord): string;
  /** Newest first, a page at a time; `cursor` from the previous page (throws BadCursorError when it is not one). */
  list(request: { limit: number; cursor?: string | undefined; rejectedOnly?: boolean }): IngestLogPage;
}

interface Row {
  rowid: number;
  id: string;
  at: string;
  source: IngestLogEntry['source'];
  file: string;
  status: IngestLogEntry['status'];
  story_ids: string;
  version_ids: string;
  error: string | null;
  code: string | null;
  notes: string;
}

const COLUMNS = 'rowid, id, at, source, file, status, story_ids, version_ids, error, code, notes';
const MAX_ROWID = Number.MAX_SAFE_INTEGER;

export function createIngestLog(archive: Pick<Archive, 'db'>): IngestLog {
  const db: Database.Database = archive.db;
  const page = db.prepare(`SELECT ${COLUMNS} FROM ingest_log WHERE rowid < @before ORDER BY rowid DESC LIMIT @limit`);
  const rejectedPage = db.prepare(
    `SELECT ${COLUMNS} FROM ingest_log WHERE status = 'rejected' AND rowid < @before ORDER BY rowid DESC LIMIT @limit`,
  );

  return {
    append(writer, record) {
      return writer.insert('ingest_entry', {
        at: record.at,
        source: record.source,
        file: record.file,
        status: record.status,
        story_ids: JSON.stringify(record.storyIds),
        version_ids: JSON.stringify(record.versionIds),
        error: record.error,
        code: record.code,
        notes: JSON.stringify(record.notes),
      }).id;
    },
    list({ limit, cursor, rejectedOnly = false }) {
      const before = cursor === undefined ? MAX_ROWID : decodeCursor(cursor);
      const rows = (rejectedOnly ? rejectedPage : page).all({ before, limit: limit + 1 }) as Row[];
      const shown = rows.slice(0, limit);
      const last = shown.at(-1);
      return {
        entries: shown.map(toEntry),
        nextCursor: rows.length > limit && last ? encodeCursor(last.rowid) : null,
      };
    },
  };
}

function toEntry(row: Row): IngestLogEntry {
  return {
    id: row.id,
    at: row.at,
    source: row.source,
    file: row.file,
    status: row.status,
    storyIds: JSON.parse(row.story_ids) as string[],
    versionIds: JSON.parse(row.version_ids) as string[],
    error: row.error,
    code: row.code,
    notes: JSON.parse(row.notes) as string[],
  };
}
