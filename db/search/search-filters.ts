import { FACET_NAMES, type EditingMark, type FacetName, type RightsState, type SearchFilters } from '../../shared/model/search.ts';
import type { StoryState } from '../../shared/model/story.ts';
import type { RightsSql } from './rights-coverage.ts';

/**
 * The filters of a search as SQL conditions on `stories s`, with their
 * parameters. Pure: the caller turns a date range into a rowid range first
 * (see `receivedBounds`) and passes it in.
 */
export interface FilterSql {
  /** Conditions to AND together (empty: no restriction). */
  conditions: string[];
  params: Record<string, string | number>;
}


const COLUMN: Record<'providers' | 'distributors' | 'languages', string> = {
  providers: 'provider',
  distributors: 'distributor',
  languages: 'language',
};

/** Each editing mark as a condition on the story's derived columns (what the list's chips show). */
export const EDITING_SQL: Record<EditingMark, string> = {
  edited: 's.edited = 1',
  commented: 's.open_threads > 0',
  // Every flag not deleted, whatever its status.
  flagged: 's.flags_flagged + s.flags_in_progress + s.flags_translated + s.flags_approved > 0',
};

/**
 * The list filters (agency, distributor, language, state, rights, editing)
 * as conditions; `except` leaves one out (a facet is counted without its own
 * filter). The unary + keeps SQLite walking stories newest first instead of
 * through an index and a sort: an agency is a large share of the archive, so
 * a page fills after a few hundred rows. `rights` says how to read a story's
 * rights state (needed only when the rights filter narrows).
 */
export function listFilterSql(filters: SearchFilters, options: { except?: FacetName; rights?: RightsSql } = {}): FilterSql {
  const { except } = options;
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  for (const facet of ['providers', 'distributors', 'languages'] as const) {
    const values = filters[facet];
    if (facet === except || !values || values.length === 0) continue;
    const names = values.map((value, i) => {
      params[`${facet}${i}`] = value;
      return `@${facet}${i}`;
    });
    conditions.push(`+s.${COLUMN[facet]} IN (${names.join(', ')})`);
  }
  const states = filters.states;
  if (except !== 'states' && states && states.length > 0) {
    const names = states.map((state, i) => {
      params[`state${i}`] = state;
      return `@state${i}`;
    });
    conditions.push(`story_state(s.killed, s.pub_status, s.embargoed_until, s.corrected, @now) IN (${names.join(', ')})`);
  }
  const rights = narrowsRights(filters) ? filters.rights?.[0] : undefined;
  if (except !== 'rights' && rights !== undefined) {
    if (!options.rights) throw new Error('listFilterSql: the rights filter needs to know how to read rights');
    const read = options.rights;
    if (read.kind === 'each') conditions.push(`${read.sql} = ${rights === 'licensed' ? 1 : 0}`);
    // Every story is in the same state: all pass, or none does (SQLite stops before reading a row).
    else if ((rights === 'licensed') !== read.licensed) conditions.push('0');
  }
  const editing = filters.editing;
  if (except !== 'editing' && editing && editing.length > 0) {
    conditions.push(`(${[...new Set(editing)].map((mark) => EDITING_SQL[mark]).join(' OR ')})`);
  }
  return { conditions, params };
}

/** Does the rights filter narrow at all? Both states chosen is every story. */
export function narrowsRights(filters: SearchFilters): boolean {
  return new Set(filters.rights ?? []).size === 1;
}

/** A combination of facet values and how many of the stories counted have it. */
export interface FacetRow {
  provider: string | null;
  distributor: string | null;
  language: string | null;
  state: StoryState;
  rights: RightsState;
  editing: Record<EditingMark, boolean>;
  count: number;
}

/** Does the row pass every list filter but `except`? (The same rules as listFilterSql, for rows in hand.) */
function rowPasses(row: Omit<FacetRow, 'count'>, filters: SearchFilters, except?: FacetName): boolean {
  const has = (facet: FacetName, value: string | null) => {
    const wanted = filters[facet] as readonly string[] | undefined;
    return facet === except || !wanted || wanted.length === 0 || (value !== null && wanted.includes(value));
  };
  const editing = filters.editing ?? [];
  return (
    has('providers', row.provider) &&
    has('distributors', row.distributor) &&
    has('languages', row.language) &&
    has('states', row.state) &&
    has('rights', row.rights) &&
    (except === 'editing' || editing.length === 0 || editing.some((mark) => row.editing[mark]))
  );
}

/** The values of each facet over the rows (weighted by their counts), each counted with the other filters applied, most frequent first. */
export function countFacets(rows: readonly FacetRow[], filters: SearchFilters): Record<FacetName, Array<{ value: string | null; count: number }>> {
  // A story has one value of each facet, but any number of editing marks: it counts under each.
  const facetValues: Record<FacetName, (row: FacetRow) => Array<string | null>> = {
    providers: (r) => [r.provider],
    distributors: (r) => [r.distributor],
    languages: (r) => [r.language],
    states: (r) => [r.state],
    rights: (r) => [r.rights],
    editing: (r) => (Object.keys(r.editing) as EditingMark[]).filter((mark) => r.editing[mark]),
  };
  const out = {} as Record<FacetName, Array<{ value: string | null; count: number }>>;
  for (const facet of FACET_NAMES) {
    const counts = new Map<string | null, number>();
    for (const row of rows) {
      if (!rowPasses(row, filters, facet)) continue;
      for (const value of facetValues[facet](row)) counts.set(value, (counts.get(value) ?? 0) + row.count);
    }
    out[facet] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || String(a.value ?? '\uffff').localeCompare(String(b.value ?? '\uffff')));
  }
  return out;
}

/**
 * The received range as ISO 8601 UTC bounds: a date alone means the whole
 * day (UTC). Returns what could not be read, so the search can say so.
 */
export function receivedRange(filters: SearchFilters): { from: string | null; to: string | null; unreadable: string[] } {
  const unreadable: string[] = [];
  const bound = (text: string | undefined, end: boolean): string | null => {
    const t = text?.trim();
    if (!t) return null;
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(t);
    const ms = Date.parse(dateOnly ? `${t}T00:00:00.000Z` : t);
    if (!Number.isFinite(ms)) {
      unreadable.push(t);
      return null;
    }
    return new Date(dateOnly && end ? ms + 86_399_999 : ms).toISOString();
  };
  return { from: bound(filters.receivedFrom, false), to: bound(filters.receivedTo, true), unreadable };
}
