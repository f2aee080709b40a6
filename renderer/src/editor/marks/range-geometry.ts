import { createDOMRange, createRectsFromDOMRange } from '@lexical/selection';
import type { LexicalEditor } from 'lexical';
import { $restoreRange, type SavedRange } from './mark-range.ts';

export interface RangeGeometry {
  /** The lines of the range on screen (viewport coordinates), to paint it while focus is elsewhere. */
  rects: DOMRect[];
  /** What a popover stands by: the range's bounding box, or the editor's top edge for no range. */
  box: DOMRect | null;
}

/** Where a saved range is on screen now. */
export function rangeGeometry(editor: LexicalEditor, saved: SavedRange | null): RangeGeometry {
  const root = editor.getRootElement();
  if (root === null) return { rects: [], box: null };
  if (saved === null) {
    const edge = root.getBoundingClientRect();
    return { rects: [], box: new DOMRect(edge.left, edge.top, edge.width, 0) };
  }
  const range = editor.getEditorState().read(() => {
    const selection = $restoreRange(saved);
    if (selection === null) return null;
    return createDOMRange(editor, selection.anchor.getNode(), selection.anchor.offset, selection.focus.getNode(), selection.focus.offset);
  });
  if (range === null) return { rects: [], box: null };
  return { rects: createRectsFromDOMRange(editor, range), box: range.getBoundingClientRect() };
}
