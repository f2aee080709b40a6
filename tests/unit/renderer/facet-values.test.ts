import { describe, expect, it } from 'vitest';
import { editingLabel, facetBasisNote, facetList, rightsLabel, visibleEntries } from '../../../renderer/src/archive/filters/facet-values.ts';
import { editingOrder, rightsOrder, stateOrder } from '../../../renderer/src/archive/filters/filter-state.ts';

describe('the values a filter lists', () => {
  it('lists the counted values in the order the host gave, stories that do not say apart', () => {
    const list = facetList(
      [
        { value: 'Reuters', count: 5 },
        { value: null, count: 2 },
        { value: 'AFP', count: 3 },
      ],
      [],
    );
    expect(list.entries).toEqual([
      { value: 'Reuters', count: 5, selected: false },
      { value: 'AFP', count: 3, selected: false },
    ]);
    expect(list.unstated).toBe(2);
  });

  it('a chosen value the search no longer finds stays, at 0; an unchosen one at 0 goes', () => {
    const list = facetList(
      [
        { value: 'AFP', count: 3 },
        { value: 'dpa', count: 0 },
      ],
      ['EFE', 'AFP'],
    );
    expect(list.entries).toEqual([
      { value: 'AFP', count: 3, selected: true },
      { value: 'EFE', count: 0, selected: true },
    ]);
  });

  it('a fixed order (the states) wins over the counts', () => {
    const list = facetList(
      [
        { value: 'killed', count: 9 },
        { value: 'usable', count: 1 },
      ],
      ['withheld'],
      stateOrder,
    );
    expect(list.entries.map((e) => e.value)).toEqual(['usable', 'withheld', 'killed']);
  });

  it('rights and editing marks keep the order of the list, and a mark no story has is not offered unless chosen', () => {
    const editing = facetList(
      [
        { value: 'flagged', count: 5 },
        { value: 'edited', count: 2 },
      ],
      ['commented'],
      editingOrder,
    );
    expect(editing.entries).toEqual([
      { value: 'edited', count: 2, selected: false },
      { value: 'commented', count: 0, selected: true },
      { value: 'flagged', count: 5, selected: false },
    ]);
    const rights = facetList([{ value: 'no-licence', count: 7 }], [], rightsOrder);
    expect(rights.entries.map((e) => [rightsLabel[e.value as keyof typeof rightsLabel], e.count])).toEqual([['No licence on file', 7]]);
    expect(editingOrder.map((mark) => editingLabel[mark])).toEqual(['Edited', 'Open comments', 'Translation flags']);
  });

  it('no counts yet: nothing to list', () => {
    expect(facetList(undefined, [])).toEqual({ entries: [], unstated: 0 });
  });

  it('a long list shows its first values, and every chosen one', () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({ value: `v${i}`, count: 12 - i, selected: i === 10 }));
    const { shown, hidden } = visibleEntries(entries, 8, false);
    expect(shown.map((e) => e.value)).toEqual(['v0', 'v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v10']);
    expect(hidden).toBe(3);
    expect(visibleEntries(entries, 8, true)).toEqual({ shown: entries, hidden: 0 });
    expect(visibleEntries(entries.slice(0, 5), 8, false).hidden).toBe(0);
  });

  it('says when the counts are over the newest matches only', () => {
    expect(facetBasisNote({ basis: 10_000, capped: true })).toBe('Counts of the newest 10,000');
    expect(facetBasisNote({ basis: 42, capped: false })).toBeNull();
    expect(facetBasisNote(undefined)).toBeNull();
  });
});
