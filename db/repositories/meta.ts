import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';

/** Keys of the meta table: settings of this archive itself, not records (never synced). */
export const META_SITE_ID = 'site_id';
export const META_CLOCK = 'hlc';

export function readMeta(db: Database.Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function newSiteId(): string {
  return randomBytes(8).toString('hex');
}

/**
 * This archive's site id, created on first open. Under the write lock so two
 * processes opening a fresh archive agree on one id.
 */
export function ensureSiteId(db: Database.Database): string {
  const existing = readMeta(db, META_SITE_ID);
  if (existing) return existing;
  const create = db.transaction(() => {
    db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(META_SITE_ID, newSiteId());
    return readMeta(db, META_SITE_ID) as string;
  });
  return create.immediate();
}

/** Prepared statements for the clock's state, read and saved once per write transaction. */
export function clockStore(db: Database.Database): { load(): string | undefined; save(value: string): void } {
  const get = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
  const put = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  return {
    load: () => get.get(META_CLOCK) as string | undefined,
    save: (value) => void put.run(META_CLOCK, value),
  };
}
