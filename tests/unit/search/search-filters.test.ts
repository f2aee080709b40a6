import { describe, expect, it } from 'vitest';
import { countFacets, listFilterSql, narrowsRights, type FacetRow } from '../../../db/search/search-filters.ts';

const row = (fields: Partial<FacetRow>): FacetRow => ({
  provider: 'EFE',
  distributor: null,
  language: 'es',
  state: 'usable',
  rights: 'no-licence',
  editing: { edited: false, commented: false, flagged: false },
  count: 1,
  ...fields,
});

describe('rights and editing as list filters', () => {
  it('choosing both rights states, or none, narrows nothing', () => {
    expect(narrowsRights({})).toBe(false);
    expect(narrowsRights({ rights: ['licensed', 'no-licence'] })).toBe(false);
    expect(narrowsRights({ rights: ['licensed', 'licensed'] })).toBe(true);
    expect(listFilterSql({ rights: ['licensed', 'no-licence'] }).conditions).toEqual([]);
  });

  it('when every story is in one rights state, the filter passes all or none without reading a story', () => {
    const none = { kind: 'same', licensed: false } as const;
    expect(listFilterSql({ rights: ['no-licence'] }, { rights: none }).conditions).toEqual([]);
    expect(listFilterSql({ rights: ['licensed'] }, { rights: none }).conditions).toEqual(['0']);
    expect(listFilterSql({ rights: ['licensed'] }, { rights: { kind: 'each', sql: 'f(s.provider)' } }).conditions).toEqual(['f(s.provider) = 1']);
    expect(() => listFilterSql({ rights: ['licensed'] })).toThrow(/rights/);
    expect(listFilterSql({ rights: ['licensed'] }, { except: 'rights' }).conditions).toEqual([]);
  });

  it('editing marks combine with OR, and with the other filters with AND', () => {
    const { conditions } = listFilterSql({ providers: ['EFE'], editing: ['flagged', 'edited', 'flagged'] });
    expect(conditions).toHaveLength(2);
    expect(conditions[1]).toMatch(/^\(s\.flags_flagged .* > 0 OR s\.edited = 1\)$/);
  });
});

describe('facet counts with rights and editing marks', () => {
  const rows = [
    row({ provider: 'EFE', rights: 'licensed', editing: { edited: true, commented: true, flagged: false }, count: 2 }),
    row({ provider: 'EFE', rights: 'no-licence', editing: { edited: false, commented: false, flagged: true }, count: 3 }),
    row({ provider: 'AP', rights: 'licensed', editing: { edited: false, commented: false, flagged: false }, count: 4 }),
  ];

  it('counts a story under each mark it has, and each rights state once', () => {
    const facets = countFacets(rows, {});
    expect(facets.editing).toEqual([
      { value: 'flagged', count: 3 },
      { value: 'commented', count: 2 },
      { value: 'edited', count: 2 },
    ]);
    expect(facets.rights).toEqual([
      { value: 'licensed', count: 6 },
      { value: 'no-licence', count: 3 },
    ]);
  });

  it('counts each facet with the other filters but not its own', () => {
    const facets = countFacets(rows, { rights: ['licensed'], editing: ['commented'] });
    // Editing among the licensed; rights among the commented; agencies among both.
    expect(facets.editing).toEqual([
      { value: 'commented', count: 2 },
      { value: 'edited', count: 2 },
    ]);
    expect(facets.rights).toEqual([{ value: 'licensed', count: 2 }]);
    expect(facets.providers).toEqual([{ value: 'EFE', count: 2 }]);
  });
});
