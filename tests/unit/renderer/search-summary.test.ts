import { describe, expect, it } from 'vitest';
import { localDayEnd, localDayStart } from '../../../renderer/src/archive/filters/filter-state.ts';
import { suggestSearchName, summariseSearch } from '../../../renderer/src/archive/filters/search-summary.ts';

describe('saved searches in words', () => {
  it('sums a search up in a line', () => {
    expect(
      summariseSearch({
        query: 'flood',
        filters: { providers: ['Reuters', 'AFP'], languages: ['en'], receivedFrom: localDayStart('2024-03-01')!, receivedTo: localDayEnd('2024-03-01')! },
        sort: 'relevance',
      }),
    ).toBe('“flood” · Reuters, AFP · en · on 2024-03-01 · best match');
    expect(summariseSearch({ query: '', filters: { spiked: true }, sort: 'relevance' })).toBe('spiked');
    expect(summariseSearch({ query: '', filters: {}, sort: 'newest' })).toBe('everything');
    expect(summariseSearch({ query: '', filters: { receivedFrom: '2024-03-01' }, sort: 'newest' })).toBe('from 2024-03-01');
    expect(summariseSearch({ query: 'drought', filters: { providers: ['EFE'], rights: ['no-licence'], editing: ['commented', 'flagged'] }, sort: 'newest' })).toBe(
      '“drought” · EFE · no licence on file · open comments, translation flags',
    );
  });

  it('offers the words typed as the name, else the filters', () => {
    expect(suggestSearchName({ query: ' flood ', filters: { providers: ['AFP'] }, sort: 'newest' })).toBe('flood');
    expect(suggestSearchName({ query: '', filters: { providers: ['AFP'], states: ['killed'] }, sort: 'newest' })).toBe('AFP · killed');
    expect(suggestSearchName({ query: '', filters: {}, sort: 'newest' })).toBe('My search');
    expect(suggestSearchName({ query: '', filters: { rights: ['licensed'], editing: ['edited'] }, sort: 'newest' })).toBe('licensed · edited');
  });
});
