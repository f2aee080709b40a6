import type { EditingMark, FacetCount, RightsState, SearchFacets } from '../../../../shared/model/search.ts';

/** How the rights filter's values read, in the sidebar and in a saved search's summary. */
export const rightsLabel: Record<RightsState, string> = {
  licensed: 'Licensed',
  // The rights panel's words for the same state.
  'no-licence': 'No licence on file',
};

/** How the editing filter's values read: what the list's chips mark. */
export const editingLabel: Record<EditingMark, string> = {
  edited: 'Edited',
  commented: 'Open comments',
  flagged: 'Translation flags',
};

/** A value the sidebar lists under a filter, with the number of stories it would give. */
export interface FacetEntry {
  value: string;
  count: number;
  selected: boolean;
}

export interface FacetList {
  entries: FacetEntry[];
  /** Stories that do not say (no agency, no language): counted, but not a value one can choose. */
  unstated: number;
}

/**
 * The values to list under one filter: those the search counted (in the
 * host's order, most stories first, or in `order` when the filter has a fixed
 * one), then any chosen value the search no longer finds, at 0, so the editor
 * can still untick it.
 */
export function facetList(counts: readonly FacetCount[] | undefined, selected: readonly string[], order?: readonly string[]): FacetList {
  const byValue = new Map<string, number>();
  let unstated = 0;
  for (const { value, count } of counts ?? []) {
    if (value === null) unstated += count;
    else byValue.set(value, (byValue.get(value) ?? 0) + count);
  }
  const values = order
    ? order.filter((value) => (byValue.get(value) ?? 0) > 0 || selected.includes(value))
    : [...byValue.keys(), ...selected.filter((value) => !byValue.has(value))];
  const entries = values
    .filter((value) => (byValue.get(value) ?? 0) > 0 || selected.includes(value))
    .map((value) => ({ value, count: byValue.get(value) ?? 0, selected: selected.includes(value) }));
  return { entries, unstated };
}

/**
 * A long list shows its first `limit` values until the editor asks for all;
 * a chosen value is always shown, wherever it stands.
 */
export function visibleEntries(entries: readonly FacetEntry[], limit: number, expanded: boolean): { shown: FacetEntry[]; hidden: number } {
  if (expanded || entries.length <= limit) return { shown: [...entries], hidden: 0 };
  const shown = entries.filter((entry, i) => i < limit || entry.selected);
  return { shown, hidden: entries.length - shown.length };
}

/** "Counts of the newest 1,000" when the host stopped counting; null when the counts are over every match. */
export function facetBasisNote(facets: Pick<SearchFacets, 'basis' | 'capped'> | undefined): string | null {
  if (!facets?.capped) return null;
  return `Counts of the newest ${facets.basis.toLocaleString('en')}`;
}
