import { $createRangeSelection, $getNodeByKey, $isElementNode, $isTextNode, type NodeKey, type RangeSelection } from 'lexical';

/**
 * A selection kept while a form is open: focusing the form's fields moves the
 * browser's selection out of the editor, so the range to wrap is remembered by
 * node keys and offsets, and checked again when the form is sent.
 */
export interface SavedPoint {
  key: NodeKey;
  offset: number;
  type: 'text' | 'element';
}

export interface SavedRange {
  anchor: SavedPoint;
  focus: SavedPoint;
}

export function $saveRange(selection: RangeSelection): SavedRange {
  const { anchor, focus } = selection;
  return {
    anchor: { key: anchor.key, offset: anchor.offset, type: anchor.type },
    focus: { key: focus.key, offset: focus.offset, type: focus.type },
  };
}

function isValidPoint(point: SavedPoint): boolean {
  const node = $getNodeByKey(point.key);
  if (node === null || !node.isAttached()) return false;
  if (point.type === 'text') return $isTextNode(node) && point.offset <= node.getTextContentSize();
  return $isElementNode(node) && point.offset <= node.getChildrenSize();
}

/** The saved range as a selection again; null when the text it stood on is gone. */
export function $restoreRange(saved: SavedRange): RangeSelection | null {
  if (!isValidPoint(saved.anchor) || !isValidPoint(saved.focus)) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(saved.anchor.key, saved.anchor.offset, saved.anchor.type);
  selection.focus.set(saved.focus.key, saved.focus.offset, saved.focus.type);
  return selection;
}
