import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { LexicalEditor } from 'lexical';
import { useRangeGeometry } from './use-range-geometry.ts';
import './marks.css';

const SHOWN_FOR_MS = 4000;

/** A short note at the top of the editor ("Select the text to comment on"), gone after a few seconds. */
export function SelectionHint({
  editor,
  message,
  error = false,
  onDone,
}: {
  editor: LexicalEditor;
  message: string;
  /** Something went wrong (rather than a how-to): said at once, and left up longer. */
  error?: boolean | undefined;
  onDone: () => void;
}) {
  const { box } = useRangeGeometry(editor, null);
  useEffect(() => {
    const timer = setTimeout(onDone, error ? SHOWN_FOR_MS * 3 : SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [message, error, onDone]);
  return createPortal(
    <p role={error ? 'alert' : 'status'} className={`mark-hint${error ? ' is-error' : ''}`} style={box ? { top: box.top + 8, left: box.left + 8 } : undefined}>
      {message}
    </p>,
    document.body,
  );
}
