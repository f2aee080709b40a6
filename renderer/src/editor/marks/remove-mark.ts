import { $unwrapMarkNode } from '@lexical/mark';
import { $createRangeSelection, $isTextNode, $setSelection } from 'lexical';
import { $markNodesOf } from './find-mark.ts';

/**
 * Takes a mark out of the text, leaving the words: a mark node that also
 * carries another id (a comment over a flagged passage) keeps it.
 * Returns how many mark nodes it touched.
 */
export function $removeMark(markId: string): number {
  const nodes = $markNodesOf(markId);
  for (const node of nodes) {
    if (node.getIDs().length > 1) node.deleteID(markId);
    else $unwrapMarkNode(node);
  }
  return nodes.length;
}

/**
 * Removes marks just made (their thread or flag could not be stored) and
 * selects the words they covered again, so the form can be sent once more:
 * wrapping split the text nodes the saved range pointed into.
 */
export function $removeMarksAndReselect(markIds: readonly string[]): void {
  const nodes = markIds.flatMap((id) => $markNodesOf(id));
  nodes.sort((a, b) => (a.is(b) ? 0 : a.isBefore(b) ? -1 : 1));
  const start = nodes[0]?.getFirstDescendant();
  const end = nodes[nodes.length - 1]?.getLastDescendant();
  for (const id of markIds) $removeMark(id);
  if (!$isTextNode(start) || !$isTextNode(end) || !start.isAttached() || !end.isAttached()) return;
  const selection = $createRangeSelection();
  selection.anchor.set(start.getKey(), 0, 'text');
  selection.focus.set(end.getKey(), end.getTextContentSize(), 'text');
  // Adjacent text nodes merge back after this update; Lexical moves the selection's points with them.
  $setSelection(selection);
}
