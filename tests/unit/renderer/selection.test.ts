import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptySelection, selectedInOrder, selectionReducer, type ListSelection, type SelectionAction } from '../../../renderer/src/archive/selection.ts';

const order = ['a', 'b', 'c', 'd', 'e', 'f'];

function run(...actions: SelectionAction[]): ListSelection {
  return actions.reduce(selectionReducer, emptySelection);
}

function marked(state: ListSelection): string[] {
  return selectedInOrder(state, order);
}

describe('the archive list selection', () => {
  it('x marks the row, x again unmarks it', () => {
    const once = run({ type: 'toggle', id: 'c' });
    expect(marked(once)).toEqual(['c']);
    expect(once.anchor).toBe('c');
    expect(marked(selectionReducer(once, { type: 'toggle', id: 'c' }))).toEqual([]);
  });

  it('marks several rows one by one, and lists them in list order', () => {
    expect(marked(run({ type: 'toggle', id: 'e' }, { type: 'toggle', id: 'b' }))).toEqual(['b', 'e']);
  });

  it('Shift+j from a row with nothing marked marks that row and the next', () => {
    expect(marked(run({ type: 'extend', order, from: 'b', to: 'c' }))).toEqual(['b', 'c']);
  });

  it('a range grows and shrinks from its anchor rather than piling up', () => {
    const down = run({ type: 'extend', order, from: 'b', to: 'c' }, { type: 'extend', order, from: 'c', to: 'd' });
    expect(marked(down)).toEqual(['b', 'c', 'd']);
    const back = selectionReducer(down, { type: 'extend', order, from: 'd', to: 'c' });
    expect(marked(back)).toEqual(['b', 'c']);
    // Past the anchor the range turns round.
    const past = selectionReducer(back, { type: 'extend', order, from: 'c', to: 'a' });
    expect(marked(past)).toEqual(['a', 'b']);
  });

  it('Shift+click extends from the last row marked with x, keeping what was marked before', () => {
    const state = run({ type: 'toggle', id: 'a' }, { type: 'toggle', id: 'd' }, { type: 'extend', order, from: 'x', to: 'f' });
    expect(marked(state)).toEqual(['a', 'd', 'e', 'f']);
    // A second Shift+click redraws the range from the same anchor.
    expect(marked(selectionReducer(state, { type: 'extend', order, from: 'f', to: 'c' }))).toEqual(['a', 'c', 'd']);
  });

  it('a range starting upwards marks from the row the keyboard was on', () => {
    expect(marked(run({ type: 'extend', order, from: 'e', to: 'd' }, { type: 'extend', order, from: 'd', to: 'c' }))).toEqual(['c', 'd', 'e']);
  });

  it('extending to a row not in the list changes nothing', () => {
    const state = run({ type: 'toggle', id: 'b' });
    expect(selectionReducer(state, { type: 'extend', order, from: 'b', to: 'zzz' })).toBe(state);
  });

  it('Escape clears everything, anchor included', () => {
    const state = run({ type: 'toggle', id: 'b' }, { type: 'extend', order, from: 'b', to: 'd' }, { type: 'clear' });
    expect(marked(state)).toEqual([]);
    expect(state.anchor).toBeNull();
    // After a clear, a range starts afresh from the keyboard's row.
    expect(marked(selectionReducer(state, { type: 'extend', order, from: 'e', to: 'f' }))).toEqual(['e', 'f']);
  });

  it('clearing an empty selection returns the same state (no re-render)', () => {
    expect(selectionReducer(emptySelection, { type: 'clear' })).toBe(emptySelection);
  });

  it('rows that left the list are no longer marked; the anchor goes with its row', () => {
    const state = run({ type: 'toggle', id: 'b' }, { type: 'toggle', id: 'd' });
    const after = selectionReducer(state, { type: 'retain', order: ['a', 'b', 'c', 'e'] });
    expect([...after.ids]).toEqual(['b']);
    expect(after.anchor).toBeNull();
    expect(selectionReducer(after, { type: 'retain', order })).toBe(after);
  });

  it('whatever the actions, only rows of the list are marked and the marked rows come out in list order', () => {
    const id = fc.constantFrom(...order);
    const action: fc.Arbitrary<SelectionAction> = fc.oneof(
      id.map((value) => ({ type: 'toggle' as const, id: value })),
      fc.tuple(fc.option(id, { nil: null }), id).map(([from, to]) => ({ type: 'extend' as const, order, from, to })),
      fc.constant({ type: 'clear' as const }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const state = run(...actions);
        for (const value of state.ids) expect(order).toContain(value);
        const inOrder = marked(state);
        expect(inOrder).toEqual(order.filter((value) => state.ids.has(value)));
        // The last range is contiguous around its anchor.
        const last = actions.at(-1);
        if (last?.type === 'extend') {
          const anchor = state.anchor ?? '';
          const [lo, hi] = [order.indexOf(anchor), order.indexOf(last.to)].sort((x, y) => x - y);
          for (const value of order.slice(lo, (hi ?? -1) + 1)) expect(state.ids.has(value)).toBe(true);
        }
      }),
    );
  });
});
