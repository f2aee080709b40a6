import { $insertList, $isListNode, $removeList, ListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isParagraphNode, $isRangeSelection, $isRootOrShadowRoot, type LexicalNode } from 'lexical';

/**
 * The blocks a story is made of, as the toolbar names them. The h1 is the
 * headline and the h2 the standfirst: they keep their kind, so the toolbar
 * changes body blocks only.
 */
export type BlockType = 'headline' | 'standfirst' | 'paragraph' | 'subheading' | 'quote' | 'bullet' | 'number' | 'other';

/** The block types an editor can choose in the body. */
export type BodyBlockType = 'paragraph' | 'subheading' | 'quote' | 'bullet' | 'number';

export function $blockTypeOf(node: LexicalNode): BlockType {
  const top = $isRootOrShadowRoot(node) ? null : node.getTopLevelElement();
  if (top === null) return 'other';
  if ($isListNode(top)) {
    // A nested list says what the caret's own line is.
    const list = $getNearestNodeOfType(node, ListNode) ?? top;
    return list.getListType() === 'number' ? 'number' : 'bullet';
  }
  if ($isHeadingNode(top)) {
    const tag = top.getTag();
    return tag === 'h1' ? 'headline' : tag === 'h2' ? 'standfirst' : tag === 'h3' ? 'subheading' : 'other';
  }
  if ($isQuoteNode(top)) return 'quote';
  if ($isParagraphNode(top)) return 'paragraph';
  return 'other';
}

/** Every block type the selection touches (empty with no range selection). */
export function $selectedBlockTypes(): Set<BlockType> {
  const selection = $getSelection();
  const types = new Set<BlockType>();
  if (!$isRangeSelection(selection)) return types;
  types.add($blockTypeOf(selection.anchor.getNode()));
  types.add($blockTypeOf(selection.focus.getNode()));
  for (const node of selection.getNodes()) types.add($blockTypeOf(node));
  return types;
}

/** True when the selection reaches into the headline or the standfirst, whose kind never changes. */
export function $selectionTouchesTitles(): boolean {
  const types = $selectedBlockTypes();
  return types.has('headline') || types.has('standfirst');
}

/**
 * Makes the selected body blocks `type`. Choosing the list the blocks already
 * are takes them out of it (as word processors do).
 */
export function $setBodyBlockType(type: BodyBlockType): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || $selectionTouchesTitles()) return;
  const current = $selectedBlockTypes();
  switch (type) {
    case 'bullet':
    case 'number':
      if (current.size === 1 && current.has(type)) $removeList();
      else $insertList(type);
      return;
    case 'paragraph':
      $setBlocksType(selection, () => $createParagraphNode());
      return;
    case 'subheading':
      $setBlocksType(selection, () => $createHeadingNode('h3'));
      return;
    case 'quote':
      $setBlocksType(selection, () => $createQuoteNode());
      return;
  }
}
