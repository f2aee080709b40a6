import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { LexicalEditor } from 'lexical';
import type { SavedRange } from './mark-range.ts';
import { useRangeGeometry } from './use-range-geometry.ts';
import './marks.css';

const GAP = 6;
const MARGIN = 8;

/**
 * A small dialog standing just below the text it is about (above it when there
 * is no room below), with that text painted as selected: the browser's own
 * selection leaves the editor as soon as a field in the dialog takes focus.
 */
export function AnchoredPopover({
  editor,
  range,
  label,
  className,
  onDismiss,
  children,
}: {
  editor: LexicalEditor;
  range: SavedRange | null;
  label: string;
  className?: string;
  onDismiss: () => void;
  children: ReactNode;
}) {
  const { rects, box } = useRangeGeometry(editor, range);
  const popover = useRef<HTMLDivElement | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useLayoutEffect(() => {
    const element = popover.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setSize({ width: element.offsetWidth, height: element.offsetHeight }));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  let top = MARGIN;
  let left = MARGIN;
  if (box) {
    const below = box.bottom + GAP;
    top = below + size.height > window.innerHeight - MARGIN && box.top - GAP - size.height > MARGIN ? box.top - GAP - size.height : below;
    left = Math.max(MARGIN, Math.min(box.left, window.innerWidth - size.width - MARGIN));
  }

  return createPortal(
    <>
      {rects.map((rect, i) => (
        <div
          key={i}
          className="mark-pending"
          aria-hidden="true"
          style={{ top: rect.top, left: rect.left, width: rect.width, height: rect.height }}
        />
      ))}
      <div
        ref={popover}
        role="dialog"
        aria-label={label}
        className={`mark-popover${className ? ` ${className}` : ''}`}
        style={{ top, left }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onDismiss();
          }
        }}
      >
        {children}
      </div>
    </>,
    document.body,
  );
}
