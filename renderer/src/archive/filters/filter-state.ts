import { EditingMark, RightsState, type FacetName, type SearchFilters, type SearchSort } from '../../../../shared/model/search.ts';
import { StoryState } from '../../../../shared/model/story.ts';

/**
 * What the editor has chosen in the filter sidebar, as the sidebar holds it,
 * and how it becomes the `filters` of an `archive.search` request (and back,
 * for a saved search). Pure: no DOM, no React, so it is tested under Node.
 */

/** The list above the reading pane: the archive, or what editors spiked. */
export type ArchiveView = 'archive' | 'spiked';

/** Every state, in the order the sidebar lists them (the order an editor weighs them: usable first, killed last). */
export const stateOrder: readonly StoryState[] = StoryState.options;
/** Licensed first, then the stories no licence covers. */
export const rightsOrder: readonly RightsState[] = RightsState.options;
/** Edited, open comments, translation flags: the order of the list's chips. */
export const editingOrder: readonly EditingMark[] = EditingMark.options;

export interface FilterState {
  providers: readonly string[];
  distributors: readonly string[];
  languages: readonly string[];
  states: readonly StoryState[];
  rights: readonly RightsState[];
  editing: readonly EditingMark[];
  /** A calendar day in the editor's time zone, "YYYY-MM-DD", or '' for no bound. */
  receivedFrom: string;
  receivedTo: string;
}

export const noFilters: FilterState = {
  providers: [],
  distributors: [],
  languages: [],
  states: [],
  rights: [],
  editing: [],
  receivedFrom: '',
  receivedTo: '',
};

/** How many filters narrow the list (each chosen value and each date bound counts one). */
export function activeFilterCount(state: FilterState): number {
  return (
    state.providers.length +
    state.distributors.length +
    state.languages.length +
    state.states.length +
    state.rights.length +
    state.editing.length +
    (state.receivedFrom ? 1 : 0) +
    (state.receivedTo ? 1 : 0)
  );
}

export function hasFilters(state: FilterState): boolean {
  return activeFilterCount(state) > 0;
}

/** Ticks a value of a facet, or unticks it when it was ticked. */
export function toggleFacetValue(state: FilterState, facet: FacetName, value: string): FilterState {
  const current = state[facet] as readonly string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  if (facet === 'states') return { ...state, states: known(next, stateOrder) };
  if (facet === 'rights') return { ...state, rights: known(next, rightsOrder) };
  if (facet === 'editing') return { ...state, editing: known(next, editingOrder) };
  return { ...state, [facet]: next };
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first millisecond of a local calendar day, as an ISO instant; null when `day` is not "YYYY-MM-DD". */
export function localDayStart(day: string): string | null {
  const date = localDate(day);
  return date ? date.toISOString() : null;
}

/** The last millisecond of a local calendar day (inclusive bound), as an ISO instant. */
export function localDayEnd(day: string): string | null {
  const date = localDate(day);
  if (!date) return null;
  date.setHours(23, 59, 59, 999);
  return date.toISOString();
}

function localDate(day: string): Date | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const [year, month, dayOfMonth] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(year, month - 1, dayOfMonth, 0, 0, 0, 0);
  // 2024-02-31 is not a day: Date would roll it into March.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== dayOfMonth) return null;
  return date;
}

/** The local calendar day ("YYYY-MM-DD") of a bound: a bare date stays itself, an instant is read in local time. */
export function localDay(bound: string): string {
  const trimmed = bound.trim();
  if (DAY.test(trimmed)) return trimmed;
  const date = new Date(trimmed);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today in the editor's time zone, "YYYY-MM-DD". */
export function today(now: Date = new Date()): string {
  return localDay(now.toISOString());
}

/**
 * The request's filters: empty lists and bounds left out, values in a stable
 * order (the same choice is the same request, whatever order it was ticked
 * in), days widened to the whole local day, the view as `spiked`.
 */
export function toSearchFilters(state: FilterState, view: ArchiveView): SearchFilters {
  const filters: SearchFilters = {};
  if (state.providers.length > 0) filters.providers = sorted(state.providers);
  if (state.distributors.length > 0) filters.distributors = sorted(state.distributors);
  if (state.languages.length > 0) filters.languages = sorted(state.languages);
  if (state.states.length > 0) filters.states = stateOrder.filter((s) => state.states.includes(s));
  if (state.rights.length > 0) filters.rights = rightsOrder.filter((r) => state.rights.includes(r));
  if (state.editing.length > 0) filters.editing = editingOrder.filter((e) => state.editing.includes(e));
  const from = localDayStart(state.receivedFrom);
  const to = localDayEnd(state.receivedTo);
  if (from) filters.receivedFrom = from;
  if (to) filters.receivedTo = to;
  if (view === 'spiked') filters.spiked = true;
  return filters;
}

/** The sidebar's state and view for a saved search's filters. */
export function fromSearchFilters(filters: SearchFilters): { state: FilterState; view: ArchiveView } {
  return {
    state: {
      providers: [...(filters.providers ?? [])],
      distributors: [...(filters.distributors ?? [])],
      languages: [...(filters.languages ?? [])],
      states: [...(filters.states ?? [])],
      rights: [...(filters.rights ?? [])],
      editing: [...(filters.editing ?? [])],
      receivedFrom: filters.receivedFrom ? localDay(filters.receivedFrom) : '',
      receivedTo: filters.receivedTo ? localDay(filters.receivedTo) : '',
    },
    view: filters.spiked ? 'spiked' : 'archive',
  };
}

/** Best match needs words to match: with none, the list is newest first whatever was chosen. */
export function effectiveSort(chosen: SearchSort, query: string): SearchSort {
  return query.trim() === '' ? 'newest' : chosen;
}

export interface SearchSpec {
  query: string;
  filters: SearchFilters;
  sort: SearchSort;
}

/** Do two searches ask for the same list? (Order of values and blank bounds do not matter.) */
export function sameSearch(a: SearchSpec, b: SearchSpec): boolean {
  return (
    a.query.trim() === b.query.trim() &&
    effectiveSort(a.sort, a.query) === effectiveSort(b.sort, b.query) &&
    canonical(a.filters) === canonical(b.filters)
  );
}

function canonical(filters: SearchFilters): string {
  return JSON.stringify([
    sorted(filters.providers ?? []),
    sorted(filters.distributors ?? []),
    sorted(filters.languages ?? []),
    stateOrder.filter((s) => filters.states?.includes(s)),
    rightsOrder.filter((r) => filters.rights?.includes(r)),
    editingOrder.filter((e) => filters.editing?.includes(e)),
    filters.receivedFrom?.trim() || null,
    filters.receivedTo?.trim() || null,
    filters.spiked === true,
  ]);
}

function sorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The values a fixed list knows, in the order they were ticked: nothing else can get in. */
function known<T extends string>(values: readonly string[], options: readonly T[]): T[] {
  return values.filter((value): value is T => (options as readonly string[]).includes(value));
}
