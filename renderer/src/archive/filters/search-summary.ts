import type { SearchFilters } from '../../../../shared/model/search.ts';
import { editingLabel, rightsLabel } from './facet-values.ts';
import { localDay, type SearchSpec } from './filter-state.ts';

/**
 * A saved search in a few words, for the line under its name:
 * “flood” · Reuters, AFP · en · no licence on file · from 2024-03-01 · best match.
 */
export function summariseSearch(spec: SearchSpec): string {
  const parts: string[] = [];
  if (spec.query.trim()) parts.push(`“${spec.query.trim()}”`);
  parts.push(...filterParts(spec.filters));
  if (spec.sort === 'relevance' && spec.query.trim()) parts.push('best match');
  return parts.length > 0 ? parts.join(' · ') : 'everything';
}

/** What "Save search…" offers as the name: the words typed, else the filters. */
export function suggestSearchName(spec: SearchSpec): string {
  const query = spec.query.trim();
  if (query) return query.slice(0, 200);
  const parts = filterParts(spec.filters);
  return (parts.length > 0 ? parts.join(' · ') : 'My search').slice(0, 200);
}

function filterParts(filters: SearchFilters): string[] {
  const parts: string[] = [];
  const rights = filters.rights?.map((value) => rightsLabel[value].toLowerCase());
  const editing = filters.editing?.map((value) => editingLabel[value].toLowerCase());
  for (const values of [filters.providers, filters.distributors, filters.languages, filters.states, rights, editing]) {
    if (values && values.length > 0) parts.push(values.join(', '));
  }
  const from = filters.receivedFrom ? localDay(filters.receivedFrom) : '';
  const to = filters.receivedTo ? localDay(filters.receivedTo) : '';
  if (from && to) parts.push(from === to ? `on ${from}` : `${from} to ${to}`);
  else if (from) parts.push(`from ${from}`);
  else if (to) parts.push(`until ${to}`);
  if (filters.spiked) parts.push('spiked');
  return parts;
}
