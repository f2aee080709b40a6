import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { readingMinutes, storyTextOf, type SerializedState } from '../../../shared/editor/story-text.ts';

interface Counts {
  words: number;
  characters: number;
}

/** Past this many characters (about 2,000 words) the counts refresh less often, so typing in a long story stays quick. */
const LONG_STORY_CHARS = 12_000;
const SHORT_INTERVAL_MS = 120;
const LONG_INTERVAL_MS = 600;

const number = new Intl.NumberFormat();

/**
 * Words, characters and reading time of the story as it stands, counted as
 * the archive counts them (storyTextOf: headline, standfirst and body), in the
 * editor's status bar.
 */
export function CountsPlugin() {
  const [editor] = useLexicalComposerContext();
  const [counts, setCounts] = useState<Counts>(() => countsOf(editor));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let interval = SHORT_INTERVAL_MS;
    const measure = () => {
      timer = null;
      const next = countsOf(editor);
      interval = next.characters > LONG_STORY_CHARS ? LONG_INTERVAL_MS : SHORT_INTERVAL_MS;
      setCounts((prev) => (prev.words === next.words && prev.characters === next.characters ? prev : next));
    };
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      // A selection moving changes no count.
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      timer ??= setTimeout(measure, interval);
    });
    return () => {
      stop();
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor]);

  const minutes = readingMinutes(counts.words);
  return (
    <p className="editor-counts" aria-label="Story length">
      <span>{plural(counts.words, 'word')}</span>
      <span>{plural(counts.characters, 'character')}</span>
      <span>{minutes === 0 ? 'nothing to read' : `${minutes} min read`}</span>
    </p>
  );
}

function countsOf(editor: LexicalEditor): Counts {
  const text = storyTextOf(editor.getEditorState().toJSON() as unknown as SerializedState);
  return { words: text.wordCount, characters: text.charCount };
}

function plural(n: number, noun: string): string {
  return `${number.format(n)} ${noun}${n === 1 ? '' : 's'}`;
}
