import { describe, expect, it } from 'vitest';
import { SearchFilters } from '../../../shared/model/search.ts';
import {
  activeFilterCount,
  effectiveSort,
  fromSearchFilters,
  hasFilters,
  localDay,
  localDayEnd,
  localDayStart,
  noFilters,
  sameSearch,
  today,
  toggleFacetValue,
  toSearchFilters,
  type FilterState,
} from '../../../renderer/src/archive/filters/filter-state.ts';

describe('filter state and the archive.search request', () => {
  it('no filter chosen asks for nothing but the view', () => {
    expect(toSearchFilters(noFilters, 'archive')).toEqual({});
    expect(toSearchFilters(noFilters, 'spiked')).toEqual({ spiked: true });
    expect(hasFilters(noFilters)).toBe(false);
  });

  it('ticking and unticking values', () => {
    let state = toggleFacetValue(noFilters, 'providers', 'Reuters');
    state = toggleFacetValue(state, 'providers', 'AFP');
    state = toggleFacetValue(state, 'languages', 'en');
    state = toggleFacetValue(state, 'states', 'killed');
    expect(state.providers).toEqual(['Reuters', 'AFP']);
    expect(activeFilterCount(state)).toBe(4);
    state = toggleFacetValue(state, 'providers', 'Reuters');
    expect(state.providers).toEqual(['AFP']);
    // A value that is not a state cannot get into the states.
    expect(toggleFacetValue(noFilters, 'states', 'nonsense').states).toEqual([]);
  });

  it('ticking rights and editing marks: only the values they know, counted like the others, cleared with them', () => {
    let state = toggleFacetValue(noFilters, 'rights', 'no-licence');
    state = toggleFacetValue(state, 'editing', 'flagged');
    state = toggleFacetValue(state, 'editing', 'edited');
    state = toggleFacetValue(state, 'editing', 'typed by a cat');
    state = toggleFacetValue(state, 'rights', 'pirated');
    expect(state.rights).toEqual(['no-licence']);
    expect(state.editing).toEqual(['flagged', 'edited']);
    expect(activeFilterCount(state)).toBe(3);
    // In the order the sidebar lists them, whatever order they were ticked in.
    expect(toSearchFilters(state, 'archive')).toEqual({ rights: ['no-licence'], editing: ['edited', 'flagged'] });
    state = toggleFacetValue(state, 'editing', 'flagged');
    expect(toSearchFilters(state, 'archive')).toEqual({ rights: ['no-licence'], editing: ['edited'] });
    expect(toSearchFilters({ ...state, ...noFilters }, 'archive')).toEqual({});
  });

  it('the same choice is the same request, in whatever order it was ticked', () => {
    const a: FilterState = { ...noFilters, providers: ['Reuters', 'AFP'], states: ['killed', 'usable'], editing: ['flagged', 'commented'] };
    const b: FilterState = { ...noFilters, providers: ['AFP', 'Reuters'], states: ['usable', 'killed'], editing: ['commented', 'flagged'] };
    expect(toSearchFilters(a, 'archive')).toEqual(toSearchFilters(b, 'archive'));
    expect(toSearchFilters(a, 'archive')).toEqual({ providers: ['AFP', 'Reuters'], states: ['usable', 'killed'], editing: ['commented', 'flagged'] });
  });

  it('a day is the whole local day, both bounds inclusive', () => {
    const start = localDayStart('2024-03-12');
    const end = localDayEnd('2024-03-12');
    expect(start).not.toBeNull();
    expect(new Date(start!).getHours()).toBe(0);
    expect(new Date(start!).getDate()).toBe(12);
    expect(Date.parse(end!) - Date.parse(start!)).toBe(24 * 3600_000 - 1);
    expect(localDay(start!)).toBe('2024-03-12');
    expect(localDay(end!)).toBe('2024-03-12');
  });

  it('what is not a day is no bound', () => {
    expect(localDayStart('')).toBeNull();
    expect(localDayStart('2024-02-31')).toBeNull();
    expect(localDayStart('12/03/2024')).toBeNull();
    expect(toSearchFilters({ ...noFilters, receivedFrom: 'soon' }, 'archive')).toEqual({});
    expect(localDay('not a date')).toBe('');
  });

  it('every request it makes is one the contract accepts', () => {
    const state: FilterState = {
      providers: ['EFE'],
      distributors: ['Acquire Media (NewsEdge)'],
      languages: ['es', 'en'],
      states: ['embargoed'],
      rights: ['licensed', 'no-licence'],
      editing: ['edited', 'commented', 'flagged'],
      receivedFrom: '2024-01-01',
      receivedTo: '2024-01-31',
    };
    for (const view of ['archive', 'spiked'] as const) expect(SearchFilters.safeParse(toSearchFilters(state, view)).success).toBe(true);
  });

  it('a saved search comes back as it was chosen, view included', () => {
    const state: FilterState = {
      providers: ['AFP', 'Reuters'],
      distributors: [],
      languages: ['fr'],
      states: ['usable', 'corrected'],
      rights: ['no-licence'],
      editing: ['commented', 'flagged'],
      receivedFrom: '2024-05-01',
      receivedTo: '2024-05-31',
    };
    for (const view of ['archive', 'spiked'] as const) {
      const back = fromSearchFilters(toSearchFilters(state, view));
      expect(back.view).toBe(view);
      expect(back.state).toEqual(state);
    }
  });

  it('a saved search written with bare dates (another client, the command line) reads them as days', () => {
    expect(fromSearchFilters({ receivedFrom: '2024-05-01', receivedTo: '2024-05-02' }).state).toMatchObject({
      receivedFrom: '2024-05-01',
      receivedTo: '2024-05-02',
    });
  });

  it('today is a day', () => {
    expect(today(new Date(2024, 6, 4, 23, 30))).toBe('2024-07-04');
  });

  it('best match needs words', () => {
    expect(effectiveSort('relevance', 'flood')).toBe('relevance');
    expect(effectiveSort('relevance', '  ')).toBe('newest');
    expect(effectiveSort('newest', 'flood')).toBe('newest');
  });

  it('two searches are the same when they ask for the same list', () => {
    const base = { query: 'flood', filters: { providers: ['AFP', 'Reuters'] }, sort: 'newest' as const };
    expect(sameSearch(base, { ...base, query: ' flood ', filters: { providers: ['Reuters', 'AFP'], languages: [] } })).toBe(true);
    expect(sameSearch(base, { ...base, sort: 'relevance' })).toBe(false);
    expect(sameSearch({ ...base, query: '' }, { ...base, query: '', sort: 'relevance' })).toBe(true);
    expect(sameSearch(base, { ...base, filters: { ...base.filters, spiked: true } })).toBe(false);
    expect(sameSearch(base, { ...base, query: 'floods' })).toBe(false);
    expect(sameSearch(base, { ...base, filters: { ...base.filters, rights: ['no-licence'] } })).toBe(false);
    expect(sameSearch(base, { ...base, filters: { ...base.filters, editing: ['edited'] } })).toBe(false);
    expect(
      sameSearch(
        { ...base, filters: { editing: ['flagged', 'edited'], rights: ['licensed'] } },
        { ...base, filters: { rights: ['licensed'], editing: ['edited', 'flagged'], states: [] } },
      ),
    ).toBe(true);
  });
});
