import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.ts';
import { UserProfile } from '../../shared/model/editing.ts';
import type { Archive } from '../archive.ts';

/** Who is at this laptop; null until they said so (first start). */
export interface UserProfileRepository {
  get(): UserProfile | null;
  set(profile: UserProfile): UserProfile;
}

const KEY = 'user.profile';

/**
 * A setting record scoped to this site, like the watched folders: each laptop
 * has its own editor, and another laptop's profile arriving with sync is
 * never read here.
 */
export function createUserProfileRepository(archive: Pick<Archive, 'db' | 'write' | 'siteId'>): UserProfileRepository {
  const db: Database.Database = archive.db;
  const stored = db.prepare('SELECT id, value FROM settings WHERE scope = ? AND key = ?');

  function get(): UserProfile | null {
    const row = stored.get(archive.siteId, KEY) as { id: string; value: string } | undefined;
    if (!row) return null;
    const parsed = UserProfile.safeParse(parseJson(row.value));
    return parsed.success ? parsed.data : null;
  }

  return {
    get,
    set(profile) {
      const parsed = UserProfile.safeParse(profile);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'profile'}: ${i.message}`).join('; ');
        throw new ApiError('bad-input', `The user profile cannot be kept (${problems}).`);
      }
      const value = JSON.stringify(parsed.data);
      archive.write((writer) => {
        const row = stored.get(archive.siteId, KEY) as { id: string } | undefined;
        if (row) writer.update('setting', row.id, { value });
        else writer.insert('setting', { scope: archive.siteId, key: KEY, value });
      });
      return parsed.data;
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
