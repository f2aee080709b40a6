import { describe, expect, it } from 'vitest';
import { COMMENT_MARK_PREFIX, FLAG_MARK_PREFIX } from '../../../../shared/editor/editor-nodes.ts';
import { excerpt } from '../../../../renderer/src/editor/marks/excerpt.ts';
import { markKindOf, markTags, newMarkId } from '../../../../renderer/src/editor/marks/mark-tags.ts';

describe('mark ids', () => {
  it('say what they anchor, and new ones are unique', () => {
    const comment = newMarkId('comment');
    const flag = newMarkId('flag');
    expect(comment.startsWith(COMMENT_MARK_PREFIX)).toBe(true);
    expect(flag.startsWith(FLAG_MARK_PREFIX)).toBe(true);
    expect(markKindOf(comment)).toBe('comment');
    expect(markKindOf(flag)).toBe('flag');
    expect(markKindOf('someone-else:1')).toBeNull();
    expect(newMarkId('comment')).not.toBe(comment);
  });
});

describe('the tags of a <mark> element', () => {
  const states = new Map([
    ['comment:open', 'open'],
    ['comment:done', 'resolved'],
    ['flag:a', 'in_progress'],
  ]);
  const stateOf = (id: string) => states.get(id);

  it('name the kind and the state of a lone comment or flag', () => {
    expect(markTags(['comment:done'], stateOf, new Set())).toEqual({ kind: 'comment', state: 'resolved', active: false });
    expect(markTags(['flag:a'], stateOf, new Set())).toEqual({ kind: 'flag', state: 'in_progress', active: false });
  });

  it('list both where a comment and a flag overlap, so either style applies', () => {
    expect(markTags(['flag:a', 'comment:open'], stateOf, new Set())).toEqual({ kind: 'comment flag', state: 'in_progress open', active: false });
  });

  it('have no state for a mark whose record has not arrived yet', () => {
    expect(markTags(['comment:new'], stateOf, new Set())).toEqual({ kind: 'comment', state: null, active: false });
  });

  it('say active when the caret is in any of its marks', () => {
    expect(markTags(['comment:open', 'flag:a'], stateOf, new Set(['flag:a']))?.active).toBe(true);
  });

  it('leave alone marks that are neither comments nor flags', () => {
    expect(markTags(['other'], stateOf, new Set())).toBeNull();
  });
});

describe('an excerpt of a passage', () => {
  it('keeps a short passage whole, with its whitespace folded', () => {
    expect(excerpt('  A quake\n hit the   coast ', 40)).toBe('A quake hit the coast');
  });

  it('cuts a long one at a word and says so', () => {
    const cut = excerpt('The minister resigned on Monday after a week of protests', 30);
    expect(cut).toBe('The minister resigned on…');
    expect(cut.length).toBeLessThanOrEqual(30);
  });
});
