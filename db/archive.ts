import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ArchiveOpenError, ArchiveTooNewError } from './errors.ts';
import { defaultMigrationsDir, loadMigrations, migrate } from './migrate.ts';
import { ensureSiteId } from './repositories/meta.ts';
import { createWritePath, type WritePath, type WritePathOptions } from './repositories/write-path.ts';

export interface OpenArchiveOptions extends WritePathOptions {
  /** Folder of the numbered SQL migrations; the Electron bundle copies it next to itself. */
  migrationsDir?: string | URL;
  /** How long a writer waits for another process's write lock, in ms. */
  busyTimeoutMs?: number;
  /**
   * A connection for a bulk job (a worker ingesting a folder): a larger page
   * cache, so the full-text index's merges find their pages in memory, and
   * the WAL copied back into the file in larger steps, then once at close.
   * Each step syncs the disk twice; every 4 MB, as an interactive connection
   * does it, that was a good part of a bulk ingest's time.
   */
  bulk?: boolean;
}

/**
 * Pages of 16 KiB for a new archive, not SQLite's 4 KiB: a wire version's
 * JSON and original bytes run to a few KiB each, which at 4 KiB spilled into
 * overflow pages, and the full-text index writes fewer, fuller pages. Storing
 * a story cost a third less (tests/bench/ingest). Archives made before keep
 * their 4 KiB pages; they read and write the same.
 */
const PAGE_BYTES = 16 * 1024;
const BULK_CACHE_KIB = 64 * 1024;
const BULK_CHECKPOINT_PAGES = 16 * 1024;

/** An open archive file: its connection, its identity and its one write path. */
export interface Archive extends WritePath {
  readonly file: string;
  readonly db: Database.Database;
  readonly siteId: string;
  readonly schemaVersion: number;
  /** Copies what the WAL holds back into the archive file, as far as readers allow (PASSIVE). */
  checkpoint(): void;
  close(): void;
}

/**
 * Opens (creating when missing) an archive file and brings its schema up to
 * date. Refuses a file from a newer Copydesk and anything that is not an
 * archive, with an error naming the file.
 */
export function openArchive(file: string, options: OpenArchiveOptions = {}): Archive {
  const migrations = loadMigrations(options.migrationsDir ?? defaultMigrationsDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });

  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (err) {
    throw new ArchiveOpenError(file, `cannot open the archive (${(err as Error).message})`, { cause: err });
  }
  try {
    // Before anything that writes: a newer schema must stay untouched, even its journal mode.
    readSchema(db, file, migrations.length);
    // Only a file with nothing in it yet takes a page size (and before WAL, which fixes it).
    if (db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() === 0) db.pragma(`page_size = ${PAGE_BYTES}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    db.pragma('synchronous = NORMAL');
    if (options.bulk) {
      db.pragma(`cache_size = -${BULK_CACHE_KIB}`);
      db.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
    }
    const schemaVersion = migrate(db, file, migrations);
    const siteId = ensureSiteId(db);
    const writePath = createWritePath(db, siteId, options);
    return {
      file,
      db,
      siteId,
      schemaVersion,
      write: writePath.write,
      checkpoint: () => void db.pragma('wal_checkpoint(PASSIVE)'),
      close: () => {
        if (!db.open) return;
        // Another connection (the app's) stays open, so SQLite would not checkpoint at close: a bulk job's WAL is copied back now, here, not later on the main thread.
        if (options.bulk) db.pragma('wal_checkpoint(PASSIVE)');
        db.close();
      },
    };
  } catch (err) {
    db.close();
    if (err instanceof ArchiveTooNewError || err instanceof ArchiveOpenError) throw err;
    throw new ArchiveOpenError(file, describeOpenFailure(err), { cause: err });
  }
}

/** SQLite's failure at open, in an editor's words. */
function describeOpenFailure(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  const detail = (err as Error).message;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return `is in use by another program that keeps it locked; close it and try again (${detail})`;
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return `cannot be written; check the folder's permissions (${detail})`;
  }
  return `is not a Copydesk archive or is damaged (${detail})`;
}

function readSchema(db: Database.Database, file: string, known: number): number {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > known) throw new ArchiveTooNewError(file, version, known);
  return version;
}
