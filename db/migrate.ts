import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { ArchiveOpenError, ArchiveTooNewError } from './errors.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** 'CPDK' in the file header: tells a Copydesk archive from any other SQLite file. */
export const APPLICATION_ID = 0x4350444b;

const MIGRATION_FILE = /^(\d{3})_[\w-]+\.sql$/;

export const defaultMigrationsDir = new URL('./migrations/', import.meta.url);

/** Reads `NNN_name.sql` files, checking they are numbered 1, 2, 3… without gaps. */
export function loadMigrations(dir: string | URL): Migration[] {
  const folder = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const names = fs
    .readdirSync(folder)
    .filter((n) => MIGRATION_FILE.test(n))
    .sort();
  return names.map((name, i) => {
    const version = Number(MIGRATION_FILE.exec(name)?.[1]);
    if (version !== i + 1) {
      throw new Error(`${path.join(folder, name)}: migration number ${version} where ${i + 1} was expected`);
    }
    return { version, name, sql: fs.readFileSync(path.join(folder, name), 'utf8') };
  });
}

/**
 * Brings the file's schema up to the newest migration, all pending migrations in
 * one IMMEDIATE transaction so that two processes opening a fresh archive at the
 * same time cannot both migrate it. Returns the schema version now in the file.
 */
export function migrate(db: Database.Database, file: string, migrations: readonly Migration[]): number {
  const known = migrations.length;
  const current = schemaVersion(db);
  if (current > known) throw new ArchiveTooNewError(file, current, known);
  if (current === known) return current;

  const apply = db.transaction(() => {
    // Re-read under the write lock: another process may have migrated meanwhile.
    const now = schemaVersion(db);
    if (now > known) throw new ArchiveTooNewError(file, now, known);
    if (now === 0) assertBlankOrOurs(db, file);
    for (const m of migrations) {
      if (m.version <= now) continue;
      try {
        db.exec(m.sql);
      } catch (err) {
        throw new ArchiveOpenError(file, `migration ${m.name} failed: ${(err as Error).message}`, { cause: err });
      }
    }
    db.pragma(`user_version = ${known}`);
    db.pragma(`application_id = ${APPLICATION_ID}`);
  });
  apply.immediate();
  return known;
}

/** A schema-less file is only ours to set up when it is empty: never migrate another program's database. */
function assertBlankOrOurs(db: Database.Database, file: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const objects = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
  if ((appId !== 0 && appId !== APPLICATION_ID) || objects > 0) {
    throw new ArchiveOpenError(file, 'is an SQLite database of another program, not a Copydesk archive');
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
