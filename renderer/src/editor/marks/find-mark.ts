import { $getMarkIDs, $isMarkNode, type MarkNode } from '@lexical/mark';
import { $dfsIterator } from '@lexical/utils';
import { $createRangeSelection, $getSelection, $isRangeSelection, $isTextNode, $setSelection, type NodeKey } from 'lexical';

/** Every mark node carrying the id, in document order (a mark over several blocks is one node per block). */
export function $markNodesOf(markId: string): MarkNode[] {
  const found: MarkNode[] = [];
  for (const { node } of $dfsIterator()) if ($isMarkNode(node) && node.hasID(markId)) found.push(node);
  return found;
}

/** The text a mark covers; its parts in different blocks joined by a newline (as the services read it). */
export function $markedText(markId: string): string {
  const parts: string[] = [];
  let lastBlock: NodeKey | null = null;
  for (const node of $markNodesOf(markId)) {
    const block = node.getTopLevelElement()?.getKey() ?? null;
    const text = node.getTextContent();
    if (parts.length > 0 && block === lastBlock) parts[parts.length - 1] += text;
    else parts.push(text);
    lastBlock = block;
  }
  return parts.join('\n');
}

/**
 * Selects the whole passage under a mark. Returns the key of its first mark
 * node (to scroll to), or null when the mark is no longer in the text.
 */
export function $selectMark(markId: string): NodeKey | null {
  const nodes = $markNodesOf(markId);
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (first === undefined || last === undefined) return null;
  const start = first.getFirstDescendant();
  const end = last.getLastDescendant();
  const selection = $createRangeSelection();
  if ($isTextNode(start)) selection.anchor.set(start.getKey(), 0, 'text');
  else selection.anchor.set(first.getKey(), 0, 'element');
  if ($isTextNode(end)) selection.focus.set(end.getKey(), end.getTextContentSize(), 'text');
  else selection.focus.set(last.getKey(), last.getChildrenSize(), 'element');
  $setSelection(selection);
  return first.getKey();
}

/** The ids of the mark under the caret (the start of a selection); none outside marks. */
export function $markIdsAtSelection(): string[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const node = selection.anchor.getNode();
  if (!$isTextNode(node)) return [];
  return $getMarkIDs(node, selection.anchor.offset) ?? [];
}
