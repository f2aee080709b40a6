import type { DiffPart } from '../../../../shared/model/editing.ts';

/** A stretch of a diff as shown: a part of it, or unchanged words folded away (shown on request). */
export type DiffRun = DiffPart | { kind: 'folded'; text: string; words: number };

/** Unchanged words kept on each side of a change, so it reads in context. */
export const CONTEXT_WORDS = 12;
/** Fewer unchanged words than this are shown rather than folded: unfolding them would cost more than reading them. */
const FOLD_AT_LEAST = 20;

/**
 * Folds long unchanged stretches of a word diff to the words around the
 * changes, so a two-word edit in a long story is found at a glance. Nothing is
 * lost: the runs' texts, joined, are the parts' texts, joined.
 */
export function foldUnchanged(parts: readonly DiffPart[], context = CONTEXT_WORDS): DiffRun[] {
  if (!parts.some((part) => part.kind !== 'same')) return [...parts];
  const runs: DiffRun[] = [];
  parts.forEach((part, i) => {
    if (part.kind !== 'same') {
      runs.push(part);
      return;
    }
    // Before the first change only the words leading into it matter; after the last, only those leading out.
    const keepHead = i === 0 ? 0 : context;
    const keepTail = i === parts.length - 1 ? 0 : context;
    const words = [...part.text.matchAll(/\S+/g)];
    const folded = words.length - keepHead - keepTail;
    if (folded < FOLD_AT_LEAST) {
      runs.push(part);
      return;
    }
    const headEnd = keepHead === 0 ? 0 : words[keepHead - 1]!.index + words[keepHead - 1]![0].length;
    const tailStart = keepTail === 0 ? part.text.length : words[words.length - keepTail]!.index;
    if (headEnd > 0) runs.push({ kind: 'same', text: part.text.slice(0, headEnd) });
    runs.push({ kind: 'folded', text: part.text.slice(headEnd, tailStart), words: folded });
    if (tailStart < part.text.length) runs.push({ kind: 'same', text: part.text.slice(tailStart) });
  });
  return runs;
}
