import { $getSelection, $isRangeSelection, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical';
import { $saveRange, type SavedRange } from './mark-range.ts';
import { $removeMarksAndReselect } from './remove-mark.ts';

/**
 * Takes back marks whose records could not be stored, and gives the range of
 * their words to send the form with again. The browser's selection stays
 * where it is (in the form), so typing there goes on undisturbed.
 */
export function unmarkAndKeepRange(editor: LexicalEditor, markIds: readonly string[]): SavedRange | null {
  editor.update(() => $removeMarksAndReselect(markIds), { discrete: true, tag: SKIP_DOM_SELECTION_TAG });
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    return $isRangeSelection(selection) && !selection.isCollapsed() ? $saveRange(selection) : null;
  });
}
