import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useSyncExternalStore } from 'react';
import type { LexicalEditor } from 'lexical';
import { markRegistryOf, type MarkRegistry, type MarkSnapshot } from './mark-registry.ts';
import type { MarkKind } from './mark-tags.ts';

/** The editor around this component, and what is known of the marks in its text. */
export function useMarks(): { editor: LexicalEditor; registry: MarkRegistry; marks: MarkSnapshot } {
  const [editor] = useLexicalComposerContext();
  const registry = markRegistryOf(editor);
  useEffect(() => registry.retain(), [registry]);
  const marks = useSyncExternalStore(registry.subscribe, registry.getSnapshot);
  return { editor, registry, marks };
}

const NONE: ReadonlyMap<string, string> = new Map();

/** Keeps the data-state of one kind of mark in step with its records. */
export function useMarkStates(registry: MarkRegistry, kind: MarkKind, states: ReadonlyMap<string, string>): void {
  useEffect(() => {
    registry.setStates(kind, states);
    return () => registry.setStates(kind, NONE);
  }, [registry, kind, states]);
}
