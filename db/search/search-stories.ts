import type Database from 'better-sqlite3';
import { SNIPPET_MARK_CLOSE, SNIPPET_MARK_OPEN, type StorySummary } from '../../shared/model/story.ts';
import type { Archive } from '../archive.ts';
import { deriveStoryState } from '../repositories/story-state.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { toFtsMatch } from './fts-query.ts';

/** Counting stops here: an exact count of a common word over a million stories costs tens of ms. */
export const COUNT_CAP = 10_000;

export interface SearchRequest {
  /** What the editor typed; nothing searchable lists the archive newest first. */
  query: string;
  limit: number;
  /** From a previous page's `nextCursor`; throws BadCursorError when it is not one. */
  cursor?: string | undefined;
}

export interface SearchPage {
  items: StorySummary[];
  total: number;
  capped: boolean;
  nextCursor: string | null;
}

interface Row {
  rowid: number;
  id: string;
  headline: string;
  headline_derived: number;
  slugline: string | null;
  provider: string | null;
  place: string | null;
  language: string | null;
  pub_status: StorySummary['pubStatus'];
  received_at: string;
  /** JSON [version count, any killed, any corrected, latest embargo]: what all versions say together. */
  chain: string;
  snippet: string | null;
}

const SUMMARY_COLUMNS = `s.rowid AS rowid, s.id AS id, v.headline, v.headline_derived, v.slugline, v.provider,
  v.place, v.language, v.pub_status, v.received_at,
  (SELECT json_array(count(*), max(killed), max(corrected), max(embargoed_until))
   FROM story_versions WHERE story_id = s.id) AS chain`;
/** The newest version of story s, through the (story_id, version) index. */
const NEWEST_VERSION = `v.rowid = (SELECT rowid FROM story_versions WHERE story_id = s.id ORDER BY version DESC LIMIT 1)`;
const MAX_ROWID = Number.MAX_SAFE_INTEGER;

export type StorySearch = (request: SearchRequest) => SearchPage;

/**
 * Newest first, always: rowid is arrival order, so FTS5 walks its index
 * backwards and stops after one page instead of ranking every match.
 */
export function createStorySearch(archive: Archive, options: { countCap?: number; now?: () => number } = {}): StorySearch {
  const db: Database.Database = archive.db;
  const countCap = options.countCap ?? COUNT_CAP;
  const now = options.now ?? Date.now;
  const matchPage = db.prepare(
    `SELECT ${SUMMARY_COLUMNS}, snippet(story_search, -1, '${SNIPPET_MARK_OPEN}', '${SNIPPET_MARK_CLOSE}', '…', 24) AS snippet
     FROM story_search
     CROSS JOIN stories s ON s.rowid = story_search.rowid
     CROSS JOIN story_versions v ON ${NEWEST_VERSION}
     WHERE story_search MATCH @match AND story_search.rowid < @before
     ORDER BY story_search.rowid DESC
     LIMIT @limit`,
  );
  const matchCount = db
    .prepare(`SELECT count(*) FROM (SELECT rowid FROM story_search WHERE story_search MATCH @match LIMIT @cap)`)
    .pluck();
  const listPage = db.prepare(
    `SELECT ${SUMMARY_COLUMNS}, NULL AS snippet
     FROM stories s
     CROSS JOIN story_versions v ON ${NEWEST_VERSION}
     WHERE s.rowid < @before
     ORDER BY s.rowid DESC
     LIMIT @limit`,
  );
  const listCount = db.prepare(`SELECT count(*) FROM (SELECT rowid FROM stories LIMIT @cap)`).pluck();

  return ({ query, limit, cursor }) => {
    const before = cursor === undefined ? MAX_ROWID : decodeCursor(cursor);
    const match = toFtsMatch(query);
    const page = { before, limit: limit + 1 };
    const rows = (match === null ? listPage.all(page) : matchPage.all({ ...page, match })) as Row[];
    const cap = countCap + 1;
    const counted = (match === null ? listCount.get({ cap }) : matchCount.get({ match, cap })) as number;
    const more = rows.length > limit;
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    const at = now();
    return {
      items: items.map((row) => toSummary(row, at)),
      total: Math.min(counted, countCap),
      capped: counted > countCap,
      nextCursor: more && last ? encodeCursor(last.rowid) : null,
    };
  };
}

/** The row as the list shows it; the state is read against the clock now, so an embargo lifts without a write. */
function toSummary(row: Row, nowMs: number): StorySummary {
  const [versionCount, killed, corrected, embargoedUntil] = JSON.parse(row.chain) as [number, number, number, string | null];
  return {
    id: row.id,
    headline: row.headline,
    headlineDerived: row.headline_derived === 1,
    slugline: row.slugline,
    provider: row.provider,
    place: row.place,
    language: row.language,
    pubStatus: row.pub_status,
    state: deriveStoryState({ killed: killed === 1, corrected: corrected === 1, currentPubStatus: row.pub_status, embargoedUntil }, nowMs),
    versionCount,
    embargoedUntil,
    receivedAt: row.received_at,
    snippet: row.snippet,
  };
}
