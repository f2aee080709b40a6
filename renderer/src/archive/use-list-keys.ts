import { useEffect, useRef } from 'react';

export interface ListKeyActions {
  /** False while another section fills the window: its keys are its own. */
  enabled: boolean;
  focusSearch: () => void;
  /** Down (1) or up (-1); `extend` (Shift held) marks the rows passed over, from where the range began. */
  move: (delta: 1 | -1, extend: boolean) => void;
  openSelected: () => void;
  /** Marks the row the keyboard is on, or unmarks it. */
  toggleMarked: () => void;
  /** Unmarks every row; false when nothing was marked (the key is then left alone). */
  clearMarked: () => boolean;
}

/**
 * The archive's keyboard: `/` search, `j`/`k` down/up, Enter open, `x` mark
 * the row, Shift+`j`/`k` mark a range, Escape unmark all. Keys typed into a
 * field stay text, and Enter on a button still presses the button.
 */
export function useListKeys(actions: ListKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (isTextEntry(target)) return;
      const act = latest.current;
      if (!act.enabled) return;
      switch (event.key) {
        case '/':
          event.preventDefault();
          act.focusSearch();
          break;
        case 'j':
        case 'J':
          event.preventDefault();
          act.move(1, event.shiftKey);
          break;
        case 'k':
        case 'K':
          event.preventDefault();
          act.move(-1, event.shiftKey);
          break;
        case 'x':
          event.preventDefault();
          act.toggleMarked();
          break;
        case 'Escape':
          if (act.clearMarked()) event.preventDefault();
          break;
        case 'Enter':
          if (isPressable(target)) return;
          event.preventDefault();
          act.openSelected();
          break;
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file'].includes(el.type);
  return false;
}

function isPressable(el: Element | null): boolean {
  return el !== null && el.closest('button, a[href], summary, [role="button"], [role="link"]') !== null;
}
