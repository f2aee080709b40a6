import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../db/archive.ts';
import { prepareStory } from '../../../db/repositories/prepared-story.ts';
import { ArchiveOpenError, ArchiveTooNewError } from '../../../db/errors.ts';
import { APPLICATION_ID, defaultMigrationsDir, loadMigrations } from '../../../db/migrate.ts';
import { createStoryRepository } from '../../../db/repositories/stories.ts';
import { makeTempDir, wireStory } from './support.ts';

const LATEST = loadMigrations(defaultMigrationsDir).length;

function tables(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table') ORDER BY name").pluck().all() as string[];
  } finally {
    db.close();
  }
}

function userVersion(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

function copyMigrations(to: string, extra: Record<string, string>): string {
  fs.mkdirSync(to, { recursive: true });
  for (const m of loadMigrations(defaultMigrationsDir)) fs.writeFileSync(path.join(to, m.name), m.sql);
  for (const [name, sql] of Object.entries(extra)) fs.writeFileSync(path.join(to, name), sql);
  return to;
}

describe('opening an archive', () => {
  it('creates a fresh file with every table, the schema number and the connection settings', () => {
    const file = path.join(makeTempDir(), 'nested', 'archive.sqlite');
    const archive = openArchive(file);
    try {
      expect(archive.schemaVersion).toBe(LATEST);
      expect(archive.siteId).toMatch(/^[0-9a-f]{16}$/);
      expect(archive.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(archive.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(archive.db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
      expect(archive.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
      expect(archive.db.pragma('page_size', { simple: true })).toBe(16384);
    } finally {
      archive.close();
    }
    expect(userVersion(file)).toBe(LATEST);
    expect(tables(file)).toEqual(expect.arrayContaining(['meta', 'stories', 'story_versions', 'blobs', 'ops', 'story_search']));
  });

  it('keeps the page size of an archive made before, and brings it up to date all the same', () => {
    const file = path.join(makeTempDir(), 'archive.sqlite');
    // As the first Copydesk left it: SQLite's default pages, schema 1.
    const [first] = loadMigrations(defaultMigrationsDir);
    const older = new Database(file);
    older.pragma('page_size = 4096');
    older.exec(first!.sql);
    older.pragma('user_version = 1');
    older.pragma(`application_id = ${APPLICATION_ID}`);
    older.close();
    const archive = openArchive(file);
    try {
      expect(archive.db.pragma('page_size', { simple: true })).toBe(4096);
      expect(archive.schemaVersion).toBe(LATEST);
    } finally {
      archive.close();
    }
  });

  it('reopens idempotently: same site id, same schema, nothing lost', () => {
    const file = path.join(makeTempDir(), 'archive.sqlite');
    const first = openArchive(file);
    const [stored] = createStoryRepository(first).storeFile({
      fileName: 'a.txt',
      bytes: new TextEncoder().encode('hello'),
      format: 'text',
      stories: [prepareStory(wireStory({ headline: 'Kept across reopen', body: ['Body.'] }))],
      receivedAt: '2024-05-01T09:30:00.000Z',
    });
    const siteId = first.siteId;
    first.close();

    for (let i = 0; i < 2; i++) {
      const again = openArchive(file);
      try {
        expect(again.siteId).toBe(siteId);
        expect(again.schemaVersion).toBe(LATEST);
        expect(createStoryRepository(again).get(stored!.id)?.story.headline).toBe('Kept across reopen');
      } finally {
        again.close();
      }
    }
    expect(userVersion(file)).toBe(LATEST);
  });

  it('refuses a file written by a newer Copydesk, naming the file and both schema numbers, and leaves it untouched', () => {
    const file = path.join(makeTempDir(), 'from-the-future.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future_things (x)');
    raw.pragma(`user_version = ${LATEST + 41}`);
    raw.close();
    const before = fs.readFileSync(file);

    let error: unknown;
    try {
      openArchive(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ArchiveTooNewError);
    const message = (error as Error).message;
    expect(message).toContain(file);
    expect(message).toContain(`schema ${LATEST + 41}`);
    expect(message).toContain(`schema ${LATEST}`);
    expect(message).toMatch(/written by a newer Copydesk.*Update Copydesk to open it/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database, naming it', () => {
    const file = path.join(makeTempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'These are my notes, not a database. '.repeat(200));
    expect(() => openArchive(file)).toThrow(ArchiveOpenError);
    expect(() => openArchive(file)).toThrow(file);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^These are my notes/);
  });

  it("refuses another program's SQLite database instead of adding tables to it", () => {
    const file = path.join(makeTempDir(), 'other.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE contacts (name TEXT)');
    raw.close();
    expect(() => openArchive(file)).toThrow(/another program/);
    expect(tables(file)).toEqual(['contacts']);
  });

  it('applies a later migration to an existing archive', () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'archive.sqlite');
    openArchive(file).close();
    const migrationsDir = copyMigrations(path.join(dir, 'migrations'), {
      [`${String(LATEST + 1).padStart(3, '0')}_bookmarks.sql`]: 'CREATE TABLE bookmarks (key TEXT PRIMARY KEY, value TEXT);',
    });
    const archive = openArchive(file, { migrationsDir });
    archive.close();
    expect(userVersion(file)).toBe(LATEST + 1);
    expect(tables(file)).toContain('bookmarks');
  });

  it('rolls back every pending migration when one fails, and says which', () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'archive.sqlite');
    const migrationsDir = copyMigrations(path.join(dir, 'migrations'), {
      [`${String(LATEST + 1).padStart(3, '0')}_good.sql`]: 'CREATE TABLE good_one (x);',
      [`${String(LATEST + 2).padStart(3, '0')}_broken.sql`]: 'CREATE TABLE half_done (x); CREATE TABLE oops (;',
    });
    expect(() => openArchive(file, { migrationsDir })).toThrow(/_broken\.sql failed/);
    // Not even the first migrations of a fresh file stay behind.
    expect(userVersion(file)).toBe(0);
    expect(tables(file)).toEqual([]);
  });

  it('refuses a migrations folder with a gap in its numbering', () => {
    const dir = makeTempDir();
    const migrationsDir = copyMigrations(path.join(dir, 'migrations'), {
      [`${String(LATEST + 2).padStart(3, '0')}_skipped_one.sql`]: 'SELECT 1;',
    });
    expect(() => openArchive(path.join(dir, 'archive.sqlite'), { migrationsDir })).toThrow(/migration number/);
  });
});
