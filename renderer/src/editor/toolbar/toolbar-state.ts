import { $isLinkNode, type LinkNode } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $isTextNode, type LexicalNode, type RangeSelection, type TextFormatType } from 'lexical';
import { $selectedBlockTypes, type BlockType } from './block-type.ts';

/** What the toolbar shows of the selection: which buttons are pressed, which may be used. */
export interface ToolbarState {
  /** The one block type the selection is in; null when none or several. */
  block: BlockType | null;
  /** The selection reaches the headline or standfirst: block buttons do not apply. */
  inTitles: boolean;
  bold: boolean;
  italic: boolean;
  /** The address of the link the selection is in, if it is in one. */
  linkUrl: string | null;
  /** Some text is selected (a comment or flag needs a passage). */
  hasText: boolean;
  /** There is a selection in the story at all. */
  inStory: boolean;
}

export const NO_SELECTION: ToolbarState = { block: null, inTitles: false, bold: false, italic: false, linkUrl: null, hasText: false, inStory: false };

export function $toolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NO_SELECTION;
  const types = $selectedBlockTypes();
  const link = linkOf(selection.anchor.getNode()) ?? linkOf(selection.focus.getNode());
  return {
    block: types.size === 1 ? [...types][0]! : null,
    inTitles: types.has('headline') || types.has('standfirst'),
    bold: $formatted(selection, 'bold'),
    italic: $formatted(selection, 'italic'),
    linkUrl: link?.getURL() ?? null,
    hasText: !selection.isCollapsed() && selection.getTextContent().trim() !== '',
    inStory: true,
  };
}

/**
 * A caret reports the format typing will have (which Ctrl+B may have just
 * toggled); a selection is bold only when all of its text is.
 */
function $formatted(selection: RangeSelection, format: TextFormatType): boolean {
  if (selection.isCollapsed()) return selection.hasFormat(format);
  const texts = selection.getNodes().filter((node) => $isTextNode(node) && node.getTextContentSize() > 0);
  return texts.length > 0 && texts.every((node) => $isTextNode(node) && node.hasFormat(format));
}

function linkOf(node: LexicalNode): LinkNode | null {
  return $isLinkNode(node) ? node : $findMatchingParent(node, $isLinkNode);
}

export function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (Object.keys(a) as (keyof ToolbarState)[]).every((key) => a[key] === b[key]);
}
