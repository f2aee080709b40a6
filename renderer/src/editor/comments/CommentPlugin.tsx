import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { $restoreRange, $saveRange, type SavedRange } from '../marks/mark-range.ts';
import { newMarkId } from '../marks/mark-tags.ts';
import { SelectionHint } from '../marks/SelectionHint.tsx';
import { unmarkAndKeepRange } from '../marks/unmark.ts';
import { useMarks, useMarkStates } from '../marks/use-marks.ts';
import { $wrapRangeInMark } from '../marks/wrap-in-mark.ts';
import { CommentComposer } from './CommentComposer.tsx';
import { OPEN_COMMENT_COMPOSER_COMMAND } from './comment-commands.ts';
import { isCommentShortcut } from './comment-shortcut.ts';
import { threadStates } from './thread-list.ts';
import { useCommentActions, useCommentThreads } from './use-comment-threads.ts';
import './comments.css';

/** The contract's limit on a thread's quote: a longer passage is quoted by its start. */
const QUOTE_LIMIT = 10_000;

interface Composing {
  range: SavedRange;
  quote: string;
}

/**
 * Comments in the text: Ctrl/Cmd+Alt+M or OPEN_COMMENT_COMPOSER_COMMAND opens
 * the composer on the selection; sending marks the passage and stores the
 * thread. Marks are tagged open or resolved for the style sheet.
 */
export function CommentPlugin({ storyId }: { storyId: string }) {
  const { editor, registry } = useMarks();
  const threads = useCommentThreads(storyId);
  const { create } = useCommentActions(storyId);
  const states = useMemo(() => threadStates(threads.data ?? []), [threads.data]);
  useMarkStates(registry, 'comment', states);

  const [composing, setComposing] = useState<Composing | null>(null);
  const [hint, setHint] = useState<{ message: string; at: number } | null>(null);
  const clearHint = useCallback(() => setHint(null), []);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!isCommentShortcut(event)) return false;
            event.preventDefault();
            editor.dispatchCommand(OPEN_COMMENT_COMPOSER_COMMAND, undefined);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          OPEN_COMMENT_COMPOSER_COMMAND,
          () => {
            const selection = $getSelection();
            const quote = $isRangeSelection(selection) ? selection.getTextContent() : '';
            if (!$isRangeSelection(selection) || quote.trim() === '') {
              setComposing(null);
              setHint({ message: 'Select the text to comment on', at: Date.now() });
              return true;
            }
            setHint(null);
            setComposing({ range: $saveRange(selection), quote });
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );

  const close = useCallback(() => {
    setComposing(null);
    editor.focus();
  }, [editor]);

  async function submit(range: SavedRange, text: string) {
    const markId = newMarkId('comment');
    let quote = '';
    editor.update(
      () => {
        const selection = $restoreRange(range);
        quote = selection ? $wrapRangeInMark(selection, markId) : '';
      },
      { discrete: true },
    );
    if (quote === '') throw new Error('The selected text has changed since. Cancel, select it again and comment.');
    try {
      await create.mutateAsync({ markId, quote: quote.slice(0, QUOTE_LIMIT), text });
    } catch (failure) {
      // No thread, no mark: a mark nobody can open would only confuse. The form stays, ready to send again.
      const again = unmarkAndKeepRange(editor, [markId]);
      if (again) setComposing((open) => (open ? { ...open, range: again } : open));
      throw failure;
    }
    close();
  }

  return (
    <>
      {composing && (
        <CommentComposer
          editor={editor}
          range={composing.range}
          quote={composing.quote}
          onSubmit={(text) => submit(composing.range, text)}
          onCancel={close}
        />
      )}
      {hint && <SelectionHint key={hint.at} editor={editor} message={hint.message} onDone={clearHint} />}
    </>
  );
}
