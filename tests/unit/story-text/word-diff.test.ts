import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../shared/editor/word-diff.ts';

describe('word diff', () => {
  it('shows a changed word as removed then added, the rest the same', () => {
    const diff = wordDiff('The minister resigned on Monday.', 'The minister resigned on Tuesday.');
    expect(diff.parts).toEqual([
      { kind: 'same', text: 'The minister resigned on ' },
      { kind: 'removed', text: 'Monday' },
      { kind: 'added', text: 'Tuesday' },
      { kind: 'same', text: '.' },
    ]);
    expect(diff).toMatchObject({ added: 1, removed: 1 });
  });

  it('is all same for equal texts', () => {
    expect(wordDiff('a b c', 'a b c')).toEqual({ parts: [{ kind: 'same', text: 'a b c' }], added: 0, removed: 0 });
  });

  it('rebuilds both texts from its parts, whatever they are', () => {
    const text = fc.array(fc.constantFrom('the', 'quake', 'hit', 'Madrid', '\n\n', 'año', ',', 'on', 'Monday'), { maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const { parts } = wordDiff(before, after);
        expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before);
        expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
      }),
      { numRuns: 500 },
    );
  });
});
