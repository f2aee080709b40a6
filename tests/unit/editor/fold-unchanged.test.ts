import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiffPart } from '../../../shared/model/editing.ts';
import { wordDiff } from '../../../shared/editor/word-diff.ts';
import { CONTEXT_WORDS, foldUnchanged } from '../../../renderer/src/editor/revisions/fold-unchanged.ts';

const words = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `w${from + i}`).join(' ');

describe('folding a diff’s unchanged stretches', () => {
  it('shows a short diff whole', () => {
    const { parts } = wordDiff('The minister resigned on Monday.', 'The minister resigned on Tuesday.');
    expect(foldUnchanged(parts)).toEqual(parts);
  });

  it('shows a text with no change whole', () => {
    const parts: DiffPart[] = [{ kind: 'same', text: words(500) }];
    expect(foldUnchanged(parts)).toEqual(parts);
  });

  it('keeps the words around a change in a long story and folds the rest, saying how many', () => {
    const before = `${words(100)} Monday ${words(100, 101)}`;
    const after = `${words(100)} Tuesday ${words(100, 101)}`;
    const runs = foldUnchanged(wordDiff(before, after).parts);
    expect(runs.map((run) => run.kind)).toEqual(['folded', 'same', 'removed', 'added', 'same', 'folded']);
    expect(runs[0]).toMatchObject({ kind: 'folded', words: 100 - CONTEXT_WORDS });
    expect(runs[1]!.text.trim().split(/\s+/)).toHaveLength(CONTEXT_WORDS);
    expect(runs[1]!.text.trim().split(/\s+/)[0]).toBe(`w${100 - CONTEXT_WORDS + 1}`);
    expect(runs[4]!.text.trim().split(/\s+/)).toEqual(Array.from({ length: CONTEXT_WORDS }, (_, i) => `w${101 + i}`));
    expect(runs[5]).toMatchObject({ kind: 'folded', words: 100 - CONTEXT_WORDS });
  });

  it('folds a long stretch between two changes down to the words on either side', () => {
    const before = `Alpha ${words(80)} Omega`;
    const after = `Beta ${words(80)} Psi`;
    const runs = foldUnchanged(wordDiff(before, after).parts);
    const middle = runs.filter((run) => run.kind === 'folded');
    expect(middle).toHaveLength(1);
    expect(middle[0]).toMatchObject({ words: 80 - 2 * CONTEXT_WORDS });
  });

  it('never loses text: the runs joined are the diff joined', () => {
    const text = fc.array(fc.oneof(fc.constantFrom('a', 'b', 'c', 'said', 'the', '\n\n', ' ', '.'), fc.string({ maxLength: 3 })), { maxLength: 120 }).map((t) => t.join(' '));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const { parts } = wordDiff(before, after);
        expect(foldUnchanged(parts, 3).map((run) => run.text).join('')).toBe(parts.map((part) => part.text).join(''));
      }),
    );
  });
});
