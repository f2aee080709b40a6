import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.ts';
import type { Archive } from '../archive.ts';

export interface LicenceAssignmentRepository {
  /** The story's newest assignment; undefined when no editor ever assigned one. licenceId null: back to automatic. */
  current(storyId: string): { licenceId: string | null } | undefined;
  /** Records an editor's choice (null: back to the licences matched automatically). */
  assign(storyId: string, licenceId: string | null, by: string, at: string): void;
  /** Every story's newest assignment, as `current` reads it, for a search that reads them all. */
  listCurrent(): Array<{ storyId: string; licenceId: string | null }>;
  /** Changes whenever an assignment is recorded (here or arriving with sync): a copy of listCurrent is good while this stays the same. */
  stamp(): string;
}

/**
 * Every choice is a record of its own and the newest wins (by when it was
 * made, then by clock), so two laptops assigning different licences end with
 * the same one once they exchanged their records.
 */
export function createLicenceAssignmentRepository(archive: Pick<Archive, 'db' | 'write'>): LicenceAssignmentRepository {
  const db: Database.Database = archive.db;
  const newest = db.prepare(
    'SELECT licence_id AS licenceId FROM licence_assignments WHERE story_id = ? ORDER BY assigned_at DESC, hlc DESC LIMIT 1',
  );
  const storyExists = db.prepare('SELECT 1 FROM stories WHERE id = ?').pluck();
  const licenceRetired = db.prepare('SELECT retired FROM licences WHERE id = ?').pluck();
  const newestOfEach = db.prepare(
    `SELECT storyId, licenceId FROM (
       SELECT story_id AS storyId, licence_id AS licenceId,
         row_number() OVER (PARTITION BY story_id ORDER BY assigned_at DESC, hlc DESC) AS n
       FROM licence_assignments)
     WHERE n = 1`,
  );
  // Assignments are never changed, only added: the count and the latest clock move with each.
  const stampOf = db.prepare("SELECT count(*) || '/' || coalesce(max(hlc), '') FROM licence_assignments").pluck();

  return {
    current: (storyId) => newest.get(storyId) as { licenceId: string | null } | undefined,
    assign(storyId, licenceId, by, at) {
      archive.write((writer) => {
        if (storyExists.get(storyId) === undefined) throw new ApiError('not-found', `There is no story with id ${storyId}.`);
        if (licenceId !== null) {
          const retired = licenceRetired.get(licenceId) as number | undefined;
          if (retired === undefined) throw new ApiError('not-found', `There is no licence with id ${licenceId}.`);
          if (retired === 1) throw new ApiError('bad-input', `Licence ${licenceId} is retired: it covers no story. Reinstate it first.`);
        }
        writer.insert('licence_assignment', { story_id: storyId, licence_id: licenceId, assigned_by: by, assigned_at: at });
      });
    },
    listCurrent: () => newestOfEach.all() as Array<{ storyId: string; licenceId: string | null }>,
    stamp: () => stampOf.get() as string,
  };
}
