import { $wrapSelectionInMarkNode } from '@lexical/mark';
import { $createRangeSelection, type ElementNode, type RangeSelection } from 'lexical';
import { $markedText } from './find-mark.ts';

/**
 * Wraps the range in a mark with this id and returns the passage it covers
 * ('' when the range held no text, and then nothing is marked).
 */
export function $wrapRangeInMark(selection: RangeSelection, markId: string): string {
  if (selection.isCollapsed() || selection.getTextContent().trim() === '') return '';
  $wrapSelectionInMarkNode(selection, selection.isBackward(), markId);
  return $markedText(markId);
}

/** Wraps everything written in a block (a paragraph, a list item, a quote) in one mark. */
export function $wrapBlockInMark(block: ElementNode, markId: string): string {
  const whole = $createRangeSelection();
  whole.anchor.set(block.getKey(), 0, 'element');
  whole.focus.set(block.getKey(), block.getChildrenSize(), 'element');
  return $wrapRangeInMark(whole, markId);
}
