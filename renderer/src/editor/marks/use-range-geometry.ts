import { useEffect, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import type { SavedRange } from './mark-range.ts';
import { rangeGeometry, type RangeGeometry } from './range-geometry.ts';

/** The range's place on screen, kept up to date as the page scrolls, resizes or the text moves. */
export function useRangeGeometry(editor: LexicalEditor, saved: SavedRange | null): RangeGeometry {
  const [geometry, setGeometry] = useState<RangeGeometry>(() => rangeGeometry(editor, saved));
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setGeometry(rangeGeometry(editor, saved)));
    };
    measure();
    // Capture: the editor scrolls inside its own pane, not the window.
    window.addEventListener('scroll', measure, true);
    window.addEventListener('resize', measure);
    const stopListening = editor.registerUpdateListener(measure);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', measure, true);
      window.removeEventListener('resize', measure);
      stopListening();
    };
  }, [editor, saved]);
  return geometry;
}
