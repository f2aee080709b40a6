import { $isListNode } from '@lexical/list';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getNearestBlockElementAncestorOrThrow } from '@lexical/utils';
import { $createRangeSelection, $isRootOrShadowRoot, $isTextNode, type ElementNode, type RangeSelection } from 'lexical';

/** The headline (h1) and standfirst (h2) are the story's furniture, not its body. */
function isBodyBlock(block: ElementNode): boolean {
  if ($isRootOrShadowRoot(block) || $isListNode(block)) return false;
  if ($isHeadingNode(block) && (block.getTag() === 'h1' || block.getTag() === 'h2')) return false;
  return block.getTextContent().trim() !== '';
}

/**
 * The body blocks a selection touches, in document order: paragraphs, h3
 * subheadings, list items, quotes. A caret touches the block it stands in.
 */
export function $bodyBlocksTouched(selection: RangeSelection): ElementNode[] {
  const blocks = new Map<string, ElementNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes(), selection.focus.getNode()]) {
    if ($isRootOrShadowRoot(node)) continue;
    const block = $getNearestBlockElementAncestorOrThrow(node);
    if (isBodyBlock(block)) blocks.set(block.getKey(), block);
  }
  return [...blocks.values()].sort((a, b) => (a.is(b) ? 0 : a.isBefore(b) ? -1 : 1));
}

/** A range over the whole of the blocks, first to last: what flagging paragraphs shows as the passage. */
export function $wholeBlocksRange(blocks: readonly ElementNode[]): RangeSelection | null {
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  if (first === undefined || last === undefined) return null;
  const range = $createRangeSelection();
  const start = first.getFirstDescendant();
  const end = last.getLastDescendant();
  if ($isTextNode(start)) range.anchor.set(start.getKey(), 0, 'text');
  else range.anchor.set(first.getKey(), 0, 'element');
  if ($isTextNode(end)) range.focus.set(end.getKey(), end.getTextContentSize(), 'text');
  else range.focus.set(last.getKey(), last.getChildrenSize(), 'element');
  return range;
}
