import { SKIP_SCROLL_INTO_VIEW_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import { $selectMark } from './find-mark.ts';

/**
 * Selects a marked passage in the editor and brings it to the middle of the
 * view. Returns false when the mark is no longer in the text.
 */
export function revealMark(editor: LexicalEditor, markId: string): boolean {
  let first: NodeKey | null = null;
  editor.update(
    () => {
      first = $selectMark(markId);
    },
    { discrete: true, tag: SKIP_SCROLL_INTO_VIEW_TAG },
  );
  if (first === null) return false;
  editor.getRootElement()?.focus({ preventScroll: true });
  editor.getElementByKey(first)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
