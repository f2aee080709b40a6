import type Database from 'better-sqlite3';
import type { EditingMark, SearchFacets, SearchFilters, SearchSort } from '../../shared/model/search.ts';
import { SNIPPET_MARK_CLOSE, SNIPPET_MARK_OPEN, type StoryState, type StorySummary } from '../../shared/model/story.ts';
import type { Archive } from '../archive.ts';
import { createListedHeadline } from '../repositories/listed-headline.ts';
import { deriveStoryState } from '../repositories/story-state.ts';
import { decodeCursor, decodeRankCursor, encodeCursor, encodeRankCursor } from './cursor.ts';
import { createAnyMarked, createEditingCandidates } from './editing-candidates.ts';
import { parseSearchQuery } from './fts-query.ts';
import { coveredCombination, rightsFacetSql, rightsReader, rightsSql, type RightsCoverage } from './rights-coverage.ts';
import { countFacets, EDITING_SQL, listFilterSql, narrowsRights, receivedRange, type FacetRow } from './search-filters.ts';

/**
 * Counting stops here ("1,000+ stories"), where the facets stop too: beyond
 * it an editor narrows the search rather than reads the number. Counting
 * to 10,000 cost a phrase 4 ms of its 10 at a million stories, to 1,000 0.6.
 */
export const COUNT_CAP = 1_000;
/**
 * Best match first ranks this many of the newest matches: bm25 over every
 * match of a common word takes a second at a million stories, and over
 * 10,000 still twice the time a page may take.
 */
export const RANK_CANDIDATES = 3_000;
/**
 * Facets count the newest this many matches: each costs about 4 µs (its
 * story row, and SQLite sorting it into its combination of values), so at
 * 3,000 a common word's search with counts took 16 ms at a million stories,
 * at 1,000 under 10. The list says the counts are of the newest ones.
 */
export const FACET_BASIS = 1_000;

export interface SearchRequest {
  /** What the editor typed (see fts-query.ts); nothing searchable lists the archive newest first. */
  query: string;
  filters?: SearchFilters;
  sort?: SearchSort;
  limit: number;
  /** From a previous page's `nextCursor` (same query, filters and sort); throws BadCursorError when it is not one. */
  cursor?: string | undefined;
  /** Count each filter's values over the newest matches too. */
  facets?: boolean;
}

export interface SearchPage {
  items: StorySummary[];
  total: number;
  capped: boolean;
  nextCursor: string | null;
  facets?: SearchFacets;
  /** What was made of a query or filter that could not be taken as given. */
  notice: string | null;
}

interface Row {
  rowid: number;
  id: string;
  headline: string;
  headline_derived: number;
  slugline: string | null;
  provider: string | null;
  distributor: string | null;
  place: string | null;
  language: string | null;
  pub_status: StorySummary['pubStatus'];
  received_at: string;
  version_count: number;
  killed: number;
  corrected: number;
  embargoed_until: string | null;
  spiked: number;
  edited: number;
  open_threads: number;
  flags_flagged: number;
  flags_in_progress: number;
  flags_translated: number;
  flags_approved: number;
  snippet: string | null;
}

const SUMMARY_COLUMNS = `s.rowid AS rowid, s.id AS id, v.headline, v.headline_derived, v.slugline, s.provider, s.distributor,
  v.place, s.language, s.pub_status, v.received_at, s.version_count, s.killed, s.corrected, s.embargoed_until, s.spiked,
  s.edited, s.open_threads, s.flags_flagged, s.flags_in_progress, s.flags_translated, s.flags_approved`;
const SNIPPET = `snippet(story_search, -1, '${SNIPPET_MARK_OPEN}', '${SNIPPET_MARK_CLOSE}', '…', 24)`;
/** Headline matches weigh most, then slugline, byline, body. */
const BM25 = 'bm25(story_search, 8.0, 4.0, 2.0, 1.0)';
const MAX_ROWID = Number.MAX_SAFE_INTEGER;

export type StorySearch = (request: SearchRequest) => SearchPage;

/** Where the search runs: the FTS5 index walked newest first (a query), or the stories themselves (none). */
interface Plan {
  from: string;
  rowid: string;
  conditions: string[];
  /** Some condition reads the story row (a filter, the view), not only the index. */
  readsStories: boolean;
  /** The walk is bounded by rowid (@lo to @hi): a date range, or where the stories a filter wants lie. */
  bounded: boolean;
  params: Record<string, string | number>;
}

/**
 * Newest first by default: rowid is arrival order, so FTS5 walks its index
 * backwards and stops after one page instead of ranking every match. Filters
 * are checked row by row on that walk, a date range bounds it, and counts and
 * facets stop at the newest COUNT_CAP matches.
 */
export function createStorySearch(
  archive: Pick<Archive, 'db'>,
  options: {
    countCap?: number;
    facetBasis?: number;
    now?: () => number;
    /** Beyond this many stories with the editing marks asked for, the walk checks each story instead of visiting them (see editing-candidates.ts). */
    markedLimit?: number;
  } = {},
): StorySearch {
  const db: Database.Database = archive.db;
  const countCap = options.countCap ?? COUNT_CAP;
  const facetBasis = options.facetBasis ?? Math.min(FACET_BASIS, countCap);
  const now = options.now ?? Date.now;
  db.function('story_state', { deterministic: true }, (killed, pubStatus, embargoedUntil, corrected, nowMs) =>
    deriveStoryState(
      {
        killed: killed === 1,
        corrected: corrected === 1,
        currentPubStatus: pubStatus as StorySummary['pubStatus'],
        embargoedUntil: embargoedUntil as string | null,
      },
      Number(nowMs),
    ),
  );
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const anySpiked = db.prepare('SELECT 1 FROM stories WHERE spiked = 1 LIMIT 1').pluck();
  const listedHeadline = createListedHeadline(db);
  const listed = (row: Row, at: number): StorySummary => {
    const summary = toSummary(row, at);
    const headline = listedHeadline(row);
    return headline === row.headline ? summary : { ...summary, headline, headlineDerived: false };
  };
  const rights = rightsReader(archive);
  const editingCandidates = createEditingCandidates(db, options.markedLimit);
  const anyMarked = createAnyMarked(db);
  const firstReceived = db.prepare('SELECT rowid FROM stories WHERE received_at >= ? ORDER BY received_at, rowid LIMIT 1').pluck();
  const lastReceived = db.prepare('SELECT rowid FROM stories WHERE received_at <= ? ORDER BY received_at DESC, rowid DESC LIMIT 1').pluck();

  return (request) => {
    const filters = request.filters ?? {};
    const sort = request.sort ?? 'newest';
    const parsed = parseSearchQuery(request.query);
    const notices = parsed.notice === null ? [] : [parsed.notice];
    const range = receivedRange(filters);
    for (const text of range.unreadable) notices.push(`The date "${text}" could not be read; it was left out.`);
    const notice = notices.length > 0 ? notices.join(' ') : null;
    const at = now();

    const base = basePlan(parsed.match);
    // Spiked stories are rare: when there are none, "not spiked" needs no look at each story.
    if (filters.spiked === true) onStories(base, 's.spiked = 1');
    else if (anySpiked.get() !== undefined) onStories(base, 's.spiked = 0');
    if (range.from !== null || range.to !== null) {
      const lo = range.from === null ? 1 : (firstReceived.get(range.from) as number | undefined);
      const hi = range.to === null ? MAX_ROWID : (lastReceived.get(range.to) as number | undefined);
      if (lo === undefined || hi === undefined || lo > hi) return empty(notice, request.facets === true);
      bound(base, lo, hi);
      if (range.from !== null) onStories(base, 's.received_at >= @receivedFrom');
      if (range.to !== null) onStories(base, 's.received_at <= @receivedTo');
      Object.assign(base.params, { receivedFrom: range.from ?? '', receivedTo: range.to ?? '' });
    }
    // Licences and assignments are looked at only when a search needs them: a stamp check, then nothing more while they stay the same.
    const coverage = narrowsRights(filters) || request.facets === true ? rights.current() : undefined;
    const listFilter = listFilterSql(filters, coverage ? { rights: rightsSql(coverage) } : {});
    const plan: Plan = {
      ...base,
      conditions: [...base.conditions, ...listFilter.conditions],
      readsStories: base.readsStories || listFilter.conditions.length > 0,
      params: { ...base.params, ...listFilter.params, now: at },
    };
    if (filters.editing && filters.editing.length > 0) towardsMarked(plan, filters.editing);

    const page =
      sort === 'relevance' && parsed.match !== null ? rankedPage(plan, request.limit, request.cursor) : newestPage(plan, request.limit, request.cursor);
    // Counting a word alone needs only the index, not a look at each story.
    const countFrom = plan.readsStories ? plan.from : 'story_search';
    const counted = (prepared(`SELECT count(*) FROM (SELECT 1 FROM ${countFrom} ${where(plan)} LIMIT @cap)`).pluck().get({
      ...plan.params,
      cap: countCap + 1,
    }) as number);
    return {
      items: page.rows.map((row) => listed(row, at)),
      total: Math.min(counted, countCap),
      capped: counted > countCap,
      nextCursor: page.nextCursor,
      ...(request.facets && coverage ? { facets: facets(base, filters, at, coverage) } : {}),
      notice,
    };
  };

  function basePlan(match: string | null): Plan {
    if (match === null) return { from: 'stories s', rowid: 's.rowid', conditions: [], readsStories: true, bounded: false, params: {} };
    // CROSS JOIN keeps FTS5 as the outer loop: it walks its matches newest first and stops after a page.
    return {
      from: 'story_search CROSS JOIN stories s ON s.rowid = story_search.rowid',
      rowid: 'story_search.rowid',
      conditions: ['story_search MATCH @match'],
      readsStories: false,
      bounded: false,
      params: { match },
    };
  }

  /** Walks only rowids lo to hi (within any bound the plan has already). */
  function bound(plan: Plan, lo: number, hi: number): void {
    if (!plan.bounded) {
      plan.conditions.push(`${plan.rowid} BETWEEN ${rowidParam('lo')} AND ${rowidParam('hi')}`);
      plan.bounded = true;
      Object.assign(plan.params, { lo, hi });
      return;
    }
    Object.assign(plan.params, { lo: Math.max(Number(plan.params.lo), lo), hi: Math.min(Number(plan.params.hi), hi) });
  }

  /**
   * The editing filter's condition is on the walk already; when the marked
   * stories are few, the walk goes to them: the list of stories visits just
   * them, newest first, and the full-text walk only the rowids between the
   * first and the last of them (editors work on recent copy).
   */
  function towardsMarked(plan: Plan, marks: readonly EditingMark[]): void {
    const rowids = editingCandidates(marks);
    if (rowids === null) return;
    const [first, last] = [rowids[0], rowids.at(-1)];
    // None marked: SQLite stops before reading a row.
    if (first === undefined || last === undefined) plan.conditions.push('0');
    else if (plan.from === 'stories s') {
      plan.conditions.push('s.rowid IN (SELECT value FROM json_each(@marked))');
      plan.params.marked = JSON.stringify(rowids);
    } else {
      bound(plan, first, last);
    }
  }

  function onStories(plan: Plan, condition: string): void {
    plan.conditions.push(condition);
    plan.readsStories = true;
  }

  function where(plan: Plan, extra: string[] = []): string {
    const all = [...plan.conditions, ...extra];
    return all.length > 0 ? `WHERE ${all.join(' AND ')}` : '';
  }

  function newestPage(plan: Plan, limit: number, cursor: string | undefined): { rows: Row[]; nextCursor: string | null } {
    const after = cursor === undefined ? MAX_ROWID : decodeCursor(cursor);
    // FTS5 seeks to one upper bound only, the first it is offered: the page's, so the page's must be the tighter.
    const before = plan.bounded ? Math.min(after, Number(plan.params.hi) + 1) : after;
    const snippet = plan.from.startsWith('story_search') ? SNIPPET : 'NULL';
    const sql = `SELECT ${SUMMARY_COLUMNS}, ${snippet} AS snippet FROM ${plan.from}
      CROSS JOIN story_versions v ON v.rowid = s.current_version
      ${where(plan, [`${plan.rowid} < ${rowidParam('before')}`])} ORDER BY ${plan.rowid} DESC LIMIT @limit`;
    const rows = prepared(sql).all({ ...plan.params, before, limit: limit + 1 }) as Row[];
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { rows: items, nextCursor: rows.length > limit && last ? encodeCursor(last.rowid) : null };
  }

  /** Best match first among the newest RANK_CANDIDATES matches; the cursor carries the last score and rowid. */
  function rankedPage(plan: Plan, limit: number, cursor: string | undefined): { rows: Row[]; nextCursor: string | null } {
    const after = cursor === undefined ? undefined : decodeRankCursor(cursor);
    const from = plan.readsStories ? plan.from : 'story_search';
    const candidates = prepared(
      `SELECT story_search.rowid AS rowid, ${BM25} AS score FROM ${from} ${where(plan)} ORDER BY story_search.rowid DESC LIMIT @candidates`,
    ).all({ ...plan.params, candidates: RANK_CANDIDATES }) as Array<{ rowid: number; score: number }>;
    // bm25 is lower for a better match; ties go newest first.
    candidates.sort((a, b) => a.score - b.score || b.rowid - a.rowid);
    const start = after === undefined ? 0 : candidates.findIndex((c) => c.score > after.score || (c.score === after.score && c.rowid < after.rowid));
    const chosen = start < 0 ? [] : candidates.slice(start, start + limit + 1);
    const shown = chosen.slice(0, limit);
    if (shown.length === 0) return { rows: [], nextCursor: null };
    const rows = prepared(
      `SELECT ${SUMMARY_COLUMNS}, ${SNIPPET} AS snippet FROM ${plan.from}
       CROSS JOIN story_versions v ON v.rowid = s.current_version
       WHERE story_search MATCH @match AND story_search.rowid IN (SELECT value FROM json_each(@ids))`,
    ).all({ match: plan.params.match, ids: JSON.stringify(shown.map((c) => c.rowid)) }) as Row[];
    const byRowid = new Map(rows.map((r) => [r.rowid, r]));
    const ordered = shown.flatMap((c) => byRowid.get(c.rowid) ?? []);
    const last = shown.at(-1);
    return { rows: ordered, nextCursor: chosen.length > limit && last ? encodeRankCursor(last.score, last.rowid) : null };
  }

  /**
   * Each facet over the newest matches of the query, date range and view,
   * counted with the other facets' filters applied. SQLite groups the
   * matches by their facet values (a few hundred combinations at most), so
   * JS counts combinations, not stories.
   */
  function facets(base: Plan, filters: SearchFilters, at: number, coverage: RightsCoverage): SearchFacets {
    // A grouping column costs every one of the newest matches a little: the marks and the rights only when they can differ.
    const extra: string[] = [];
    if (anyMarked()) extra.push(`${MARKS_SQL} AS marks`);
    const licensed = rightsFacetSql(coverage);
    if (licensed !== 'NULL') extra.push(`${licensed} AS licensed`);
    const columns = ['s.provider', 's.distributor', 's.language', 's.killed', 's.pub_status', 's.embargoed_until', 's.corrected', ...extra];
    const combos = prepared(
      `SELECT ${columns.join(', ')}, count(*) AS count
       FROM (SELECT ${base.rowid} AS rowid FROM ${base.from} ${where(base)} ORDER BY ${base.rowid} DESC LIMIT @cap) AS newest
       CROSS JOIN stories s ON s.rowid = newest.rowid
       GROUP BY ${columns.map((_, i) => i + 1).join(', ')}`,
    ).all({ ...base.params, cap: facetBasis }) as FacetCombination[];
    const counted = combos.reduce((n, c) => n + c.count, 0);
    const rows: FacetRow[] = combos.map((c) => ({
      provider: c.provider,
      distributor: c.distributor,
      language: c.language,
      state: stateOf(c, at),
      rights: (c.licensed ?? (coveredCombination(coverage, c.provider, c.distributor) ? 1 : 0)) === 1 ? 'licensed' : 'no-licence',
      editing: { edited: ((c.marks ?? 0) & 1) !== 0, commented: ((c.marks ?? 0) & 2) !== 0, flagged: ((c.marks ?? 0) & 4) !== 0 },
      count: c.count,
    }));
    // A full read says there may be more: exactly countCap matches read as capped too, which only adds the word "newest".
    return { ...countFacets(rows, filters), basis: counted, capped: counted >= facetBasis };
  }
}

/**
 * The editing marks of a story as bits, one grouping column instead of three:
 * 1 edited, 2 open comments, 4 flags. (SQLite ranks | and << alike: hence the brackets.)
 */
const MARKS_SQL = `(${EDITING_SQL.edited}) | ((${EDITING_SQL.commented}) << 1) | ((${EDITING_SQL.flagged}) << 2)`;

/** One row of the facets query: a combination of facet values and how many of the newest matches have it. */
interface FacetCombination extends Pick<Row, 'provider' | 'distributor' | 'language' | 'killed' | 'pub_status' | 'embargoed_until' | 'corrected'> {
  /** MARKS_SQL; absent when no story in the archive has a mark. */
  marks?: number;
  /** NULL (or absent) where the agency and distributor decide (see rightsFacetSql). */
  licensed?: number | null;
  count: number;
}

/**
 * A rowid bound as SQL. A JS number binds as a REAL, and FTS5 cannot seek its
 * index to a REAL bound: it reads every match and compares (a word in a month
 * of a million stories: 37 ms instead of 4).
 */
function rowidParam(name: string): string {
  return `CAST(@${name} AS INTEGER)`;
}

function empty(notice: string | null, withFacets: boolean): SearchPage {
  const facets: SearchFacets = { providers: [], distributors: [], languages: [], states: [], rights: [], editing: [], basis: 0, capped: false };
  return { items: [], total: 0, capped: false, nextCursor: null, ...(withFacets ? { facets } : {}), notice };
}

function stateOf(row: Pick<Row, 'killed' | 'pub_status' | 'embargoed_until' | 'corrected'>, nowMs: number): StoryState {
  return deriveStoryState(
    { killed: row.killed === 1, corrected: row.corrected === 1, currentPubStatus: row.pub_status, embargoedUntil: row.embargoed_until },
    nowMs,
  );
}

/** The row as the list shows it; the state is read against the clock now, so an embargo lifts without a write. */
function toSummary(row: Row, nowMs: number): StorySummary {
  return {
    id: row.id,
    headline: row.headline,
    headlineDerived: row.headline_derived === 1,
    slugline: row.slugline,
    provider: row.provider,
    distributor: row.distributor,
    place: row.place,
    language: row.language,
    pubStatus: row.pub_status,
    state: stateOf(row, nowMs),
    versionCount: row.version_count,
    embargoedUntil: row.embargoed_until,
    receivedAt: row.received_at,
    snippet: row.snippet,
    spiked: row.spiked === 1,
    edit: {
      edited: row.edited === 1,
      openThreads: row.open_threads,
      flags: {
        flagged: row.flags_flagged,
        in_progress: row.flags_in_progress,
        translated: row.flags_translated,
        approved: row.flags_approved,
      },
    },
  };
}
