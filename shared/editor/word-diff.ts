import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from '../model/editing.ts';

/** Word by word, what `after` changed in `before`: stretches of same, removed and added text, and the words added and removed. */
export function wordDiff(before: string, after: string): { parts: DiffPart[]; added: number; removed: number } {
  const parts: DiffPart[] = [];
  let added = 0;
  let removed = 0;
  for (const change of diffWordsWithSpace(before, after)) {
    const kind: DiffPart['kind'] = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const words = change.value.split(/\s+/).filter((w) => w !== '').length;
    if (kind === 'added') added += words;
    if (kind === 'removed') removed += words;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return { parts, added, removed };
}
