import { useCallback, useSyncExternalStore } from 'react';

export const views = ['archive', 'ingest-log', 'translation', 'licences', 'settings'] as const;
export type View = (typeof views)[number];

function viewFromHash(): View {
  const name = window.location.hash.slice(1);
  return (views as readonly string[]).includes(name) ? (name as View) : 'archive';
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/**
 * Which section fills the window, kept in the URL's hash: a reload stays where
 * the editor was and Back returns to the previous section. A hash change never
 * leaves the page, so Electron's navigation guard has nothing to refuse.
 */
export function useView(): [View, (view: View) => void] {
  const view = useSyncExternalStore(subscribe, viewFromHash);
  const go = useCallback((next: View) => {
    if (viewFromHash() !== next) window.location.hash = next;
  }, []);
  return [view, go];
}
