import type Database from 'better-sqlite3';
import { IngestSettings } from '../../shared/model/ingest.ts';
import type { Archive } from '../archive.ts';

type Key = keyof IngestSettings;
const KEYS = Object.keys(IngestSettings.shape) as Key[];

export interface SettingsRepository {
  /** This laptop's settings; what was never set, or cannot be read, is the default. */
  get(): IngestSettings;
  /** Changes the given settings in one transaction (only values that differ are logged) and returns them all. */
  update(changes: Partial<IngestSettings>): IngestSettings;
}

/**
 * Settings are records like any other (site, clock, ops), one per key, scoped
 * to this archive's site: another laptop's watched folders arrive with sync
 * but are never read here.
 */
export function createSettingsRepository(archive: Pick<Archive, 'db' | 'write' | 'siteId'>, defaults: IngestSettings): SettingsRepository {
  const db: Database.Database = archive.db;
  const rows = db.prepare('SELECT key, value FROM settings WHERE scope = ?');
  const idOf = db.prepare('SELECT id FROM settings WHERE scope = ? AND key = ?').pluck();

  function get(): IngestSettings {
    const settings = { ...defaults };
    for (const row of rows.all(archive.siteId) as Array<{ key: string; value: string }>) {
      if (!(KEYS as string[]).includes(row.key)) continue;
      const key = row.key as Key;
      const parsed = IngestSettings.shape[key].safeParse(parseJson(row.value));
      if (parsed.success) (settings as Record<Key, unknown>)[key] = parsed.data;
    }
    return settings;
  }

  return {
    get,
    update(changes) {
      return archive.write((writer) => {
        for (const key of KEYS) {
          const value = changes[key];
          if (value === undefined) continue;
          const json = JSON.stringify(IngestSettings.shape[key].parse(value));
          const id = idOf.get(archive.siteId, key) as string | undefined;
          if (id) writer.update('setting', id, { value: json });
          else writer.insert('setting', { scope: archive.siteId, key, value: json });
        }
        return get();
      });
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
