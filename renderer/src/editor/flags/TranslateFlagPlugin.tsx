import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { $bodyBlocksTouched, $wholeBlocksRange } from '../marks/body-blocks.ts';
import { $restoreRange, $saveRange, type SavedRange } from '../marks/mark-range.ts';
import { newMarkId } from '../marks/mark-tags.ts';
import { $removeMark } from '../marks/remove-mark.ts';
import { SelectionHint } from '../marks/SelectionHint.tsx';
import { unmarkAndKeepRange } from '../marks/unmark.ts';
import { useMarks, useMarkStates } from '../marks/use-marks.ts';
import { $wrapBlockInMark, $wrapRangeInMark } from '../marks/wrap-in-mark.ts';
import { FLAG_PARAGRAPHS_COMMAND, FLAG_SELECTION_COMMAND } from './flag-commands.ts';
import { defaultTargetLanguage } from './flag-languages.ts';
import { flagStates } from './flag-status.ts';
import { FlagForm, type FlagRequest } from './FlagForm.tsx';
import { readLastTargetLanguage, rememberTargetLanguage } from './last-target-language.ts';
import { useFlagActions, useStoryFlags } from './use-story-flags.ts';
import '../../common/flag-status.css';
import './flags.css';

interface Flagging {
  /** A passage as selected, or each body paragraph the selection touches, whole. */
  mode: 'selection' | 'paragraphs';
  range: SavedRange;
  passage: string;
  paragraphs: number;
}

interface Passage {
  markId: string;
  text: string;
}

/** Marks what to flag: the range, or each touched paragraph in its own mark. Nothing is marked when the text has moved on. */
function markPassages(editor: LexicalEditor, flagging: Flagging): Passage[] {
  const passages: Passage[] = [];
  editor.update(
    () => {
      const range = $restoreRange(flagging.range);
      if (range === null) return;
      const targets = flagging.mode === 'selection' ? [null] : $bodyBlocksTouched(range);
      for (const block of targets) {
        const markId = newMarkId('flag');
        const text = block === null ? $wrapRangeInMark(range, markId) : $wrapBlockInMark(block, markId);
        if (text.trim() !== '') passages.push({ markId, text });
      }
    },
    { discrete: true },
  );
  return passages;
}

/**
 * Translation flags in the text: FLAG_SELECTION_COMMAND flags the selected
 * passage, FLAG_PARAGRAPHS_COMMAND each body paragraph the selection touches.
 * Marks are tagged with their flag's status for the style sheet.
 */
export function TranslateFlagPlugin({ storyId, storyLanguage }: { storyId: string; storyLanguage: string | null }) {
  const { editor, registry } = useMarks();
  const flags = useStoryFlags(storyId);
  const { create } = useFlagActions(storyId);
  const states = useMemo(() => flagStates(flags.data ?? []), [flags.data]);
  useMarkStates(registry, 'flag', states);

  const [flagging, setFlagging] = useState<Flagging | null>(null);
  const [hint, setHint] = useState<{ message: string; at: number; error?: boolean } | null>(null);
  const clearHint = useCallback(() => setHint(null), []);

  useEffect(() => {
    const refuse = (message: string) => {
      setFlagging(null);
      setHint({ message, at: Date.now() });
      return true;
    };
    return mergeRegister(
      editor.registerCommand(
        FLAG_SELECTION_COMMAND,
        () => {
          const selection = $getSelection();
          const passage = $isRangeSelection(selection) ? selection.getTextContent() : '';
          if (!$isRangeSelection(selection) || passage.trim() === '') return refuse('Select the text to flag for translation');
          setHint(null);
          setFlagging({ mode: 'selection', range: $saveRange(selection), passage, paragraphs: 1 });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        FLAG_PARAGRAPHS_COMMAND,
        () => {
          const selection = $getSelection();
          const blocks = $isRangeSelection(selection) ? $bodyBlocksTouched(selection) : [];
          if (!$isRangeSelection(selection) || blocks.length === 0) return refuse('Put the cursor in a body paragraph to flag it for translation');
          setHint(null);
          const passage = blocks.map((block) => block.getTextContent()).join('\n');
          // The form stands by, and paints, the paragraphs whole: that is what gets flagged.
          const range = $wholeBlocksRange(blocks) ?? selection;
          setFlagging({ mode: 'paragraphs', range: $saveRange(range), passage, paragraphs: blocks.length });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor]);

  const close = useCallback(() => {
    setFlagging(null);
    editor.focus();
  }, [editor]);

  async function submit(current: Flagging, { targetLanguage, note }: FlagRequest) {
    const passages = markPassages(editor, current);
    if (passages.length === 0) throw new Error('The selected text has changed since. Cancel, select it again and flag it.');
    rememberTargetLanguage(targetLanguage);
    const failed: Array<{ markId: string; reason: string }> = [];
    // One at a time, so the flags are made in the order of the text.
    for (const { markId, text } of passages) {
      try {
        await create.mutateAsync({ markId, sourceText: text, targetLanguage, note });
      } catch (failure) {
        failed.push({ markId, reason: failure instanceof Error ? failure.message : String(failure) });
      }
    }
    const reason = failed[0]?.reason;
    if (failed.length === passages.length) {
      // Nothing was flagged: no marks either, and the form stays to send again.
      const again = unmarkAndKeepRange(editor, failed.map((f) => f.markId));
      if (again) setFlagging((open) => (open ? { ...open, range: again } : open));
      throw new Error(`${passages.length === 1 ? 'The flag was' : 'The flags were'} not saved: ${reason}`);
    }
    if (failed.length > 0) editor.update(() => failed.forEach((f) => $removeMark(f.markId)), { discrete: true });
    close();
    if (failed.length > 0) {
      // Sending the form again would flag the others twice, so it closes and says what failed.
      setHint({ message: `${failed.length} of ${passages.length} paragraphs were not flagged: ${reason}`, at: Date.now(), error: true });
    }
  }

  const title =
    flagging?.mode === 'paragraphs'
      ? `Flag ${flagging.paragraphs === 1 ? 'this paragraph' : `${flagging.paragraphs} paragraphs`} for translation`
      : 'Flag for translation';

  return (
    <>
      {flagging && (
        <FlagForm
          editor={editor}
          range={flagging.range}
          title={title}
          passage={flagging.passage}
          defaultLanguage={defaultTargetLanguage(readLastTargetLanguage(), storyLanguage)}
          onSubmit={(request) => submit(flagging, request)}
          onCancel={close}
        />
      )}
      {hint && <SelectionHint key={hint.at} editor={editor} message={hint.message} error={hint.error} onDone={clearHint} />}
    </>
  );
}
