/**
 * The stories an editor has marked in the list (`x`, Shift+click, Shift+j/k),
 * apart from the row the keyboard is on. Pure: tested under Node.
 *
 * A range runs from the anchor (the last row toggled, or where the range
 * began) to the row it is extended to, added to what was marked before the
 * range began (`base`): extending again, even back towards the anchor,
 * redraws the range rather than piling up rows, as in a file manager.
 */
export interface ListSelection {
  ids: ReadonlySet<string>;
  anchor: string | null;
  /** What was marked before the current range began. */
  base: ReadonlySet<string>;
}

export type SelectionAction =
  | { type: 'toggle'; id: string }
  /** Mark every row from the anchor (or `from` when there is none) to `to`, in the list's `order`. */
  | { type: 'extend'; order: readonly string[]; from: string | null; to: string }
  | { type: 'clear' }
  /** Forget rows that left the list (spiked, filtered out). */
  | { type: 'retain'; order: readonly string[] };

export const emptySelection: ListSelection = { ids: new Set(), anchor: null, base: new Set() };

export function selectionReducer(state: ListSelection, action: SelectionAction): ListSelection {
  switch (action.type) {
    case 'toggle': {
      const ids = new Set(state.ids);
      if (ids.has(action.id)) ids.delete(action.id);
      else ids.add(action.id);
      return { ids, anchor: action.id, base: ids };
    }
    case 'extend': {
      const anchor = state.anchor !== null && action.order.includes(state.anchor) ? state.anchor : (action.from ?? action.to);
      const a = action.order.indexOf(anchor);
      const b = action.order.indexOf(action.to);
      if (a < 0 || b < 0) return state;
      const ids = new Set(state.base);
      for (const id of action.order.slice(Math.min(a, b), Math.max(a, b) + 1)) ids.add(id);
      return { ids, anchor, base: state.anchor === anchor ? state.base : state.ids };
    }
    case 'clear':
      return state.ids.size === 0 && state.anchor === null ? state : emptySelection;
    case 'retain': {
      const keep = new Set(action.order);
      const gone = [...state.ids].some((id) => !keep.has(id));
      const anchorGone = state.anchor !== null && !keep.has(state.anchor);
      if (!gone && !anchorGone) return state;
      const ids = new Set([...state.ids].filter((id) => keep.has(id)));
      return { ids, anchor: anchorGone ? null : state.anchor, base: new Set([...state.base].filter((id) => keep.has(id))) };
    }
  }
}

/** The marked stories in list order (what a Spike applies to). */
export function selectedInOrder(selection: ListSelection, order: readonly string[]): string[] {
  if (selection.ids.size === 0) return [];
  return order.filter((id) => selection.ids.has(id));
}
