import type Database from 'better-sqlite3';
import { EditingMark } from '../../shared/model/search.ts';
import { EDITING_SQL } from './search-filters.ts';

/**
 * Editors work on few of a million stories, and no index on the stories
 * says which: checked story by story, "flagged" reads every story before it
 * can say none is (half a second at a million, for a page and its count). The stories with each
 * mark are found instead from the small tables of texts, threads and flags,
 * through their story keys, and checked against the story's own columns.
 */
export type EditingCandidates = (marks: readonly EditingMark[]) => number[] | null;

/** Beyond this many the marked stories are no longer few: a search walks and checks each story instead. */
export const EDITING_CANDIDATE_LIMIT = 10_000;

/** Each mark's stories: a superset from the side table (a row for every story it could be true of), then the story's own column. */
const SOURCE: Record<EditingMark, string> = {
  edited: `SELECT s.rowid FROM story_texts t CROSS JOIN stories s ON s.id = t.story_id WHERE ${EDITING_SQL.edited}`,
  commented: `SELECT s.rowid FROM comment_threads t CROSS JOIN stories s ON s.id = t.story_id WHERE t.resolved = 0 AND ${EDITING_SQL.commented}`,
  flagged: `SELECT s.rowid FROM translation_flags f CROSS JOIN stories s ON s.id = f.story_id WHERE f.deleted = 0 AND ${EDITING_SQL.flagged}`,
};

/**
 * The rowids of the stories with any of `marks`, ascending; null when there
 * are more than `limit` (then they are not few, and a walk finds a page of
 * them soon).
 */
export function createEditingCandidates(db: Database.Database, limit = EDITING_CANDIDATE_LIMIT): EditingCandidates {
  const statements = new Map<string, Database.Statement>();
  return (marks) => {
    const chosen = EditingMark.options.filter((mark) => marks.includes(mark));
    if (chosen.length === 0) return null;
    const key = chosen.join(',');
    let statement = statements.get(key);
    if (!statement) {
      // UNION ALL stops at the limit without reading the rest (UNION would read every part first).
      statement = db.prepare(`${chosen.map((mark) => SOURCE[mark]).join(' UNION ALL ')} LIMIT @limit`).pluck();
      statements.set(key, statement);
    }
    // A story comes once per open thread or live flag: read a few times the limit before giving up.
    const rows = statement.all({ limit: limit * 3 + 1 }) as number[];
    const rowids = [...new Set(rows)].sort((a, b) => a - b);
    return rows.length > limit * 3 || rowids.length > limit ? null : rowids;
  };
}

/**
 * Whether any story has any editing mark. Most searches of a big archive find
 * none among their matches; when there are none at all, their counts need no
 * look at each story (as spiked stories, see search-stories.ts).
 */
export function createAnyMarked(db: Database.Database): () => boolean {
  const any = db.prepare(`SELECT EXISTS (${EditingMark.options.map((mark) => SOURCE[mark]).join(' UNION ALL ')})`).pluck();
  return () => any.get() === 1;
}
