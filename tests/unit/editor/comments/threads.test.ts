import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../../../../shared/model/editing.ts';
import { isCommentShortcut } from '../../../../renderer/src/editor/comments/comment-shortcut.ts';
import { sortThreads, threadCounts, threadStates, withThread } from '../../../../renderer/src/editor/comments/thread-list.ts';

function thread(id: string, createdAt: string, resolved = false): CommentThread {
  return {
    id,
    storyId: 's1',
    markId: `comment:${id}`,
    quote: `passage ${id}`,
    resolved,
    createdAt,
    comments: [{ id: `${id}-1`, threadId: id, author: 'Ana Ruiz', initials: 'AR', text: 'Check this', createdAt, own: true, deleted: false }],
  };
}

const older = thread('a', '2025-03-01T09:00:00.000Z');
const newer = thread('b', '2025-03-01T10:00:00.000Z');
const resolvedOld = thread('c', '2025-02-01T08:00:00.000Z', true);

describe('the comments panel list', () => {
  it('shows open threads first, then resolved ones, each oldest first', () => {
    expect(sortThreads([newer, resolvedOld, older]).map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });

  it('moves a thread down among the resolved when it is resolved, and back when reopened', () => {
    const list = sortThreads([older, newer, resolvedOld]);
    const resolved = withThread(list, { ...older, resolved: true });
    expect(resolved.map((t) => [t.id, t.resolved])).toEqual([
      ['b', false],
      ['c', true],
      ['a', true],
    ]);
    expect(withThread(resolved, older).map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });

  it('adds a new thread and replaces a replied one without duplicating it', () => {
    const added = withThread([older], newer);
    expect(added.map((t) => t.id)).toEqual(['a', 'b']);
    const reply = { ...older, comments: [...older.comments, { ...older.comments[0]!, id: 'a-2', text: 'Done' }] };
    const replied = withThread(added, reply);
    expect(replied).toHaveLength(2);
    expect(replied[0]?.comments.map((c) => c.text)).toEqual(['Check this', 'Done']);
  });

  it('starts a list when there was none yet', () => {
    expect(withThread(undefined, older)).toEqual([older]);
  });

  it('counts open and resolved threads, and tells each mark its state', () => {
    expect(threadCounts([older, newer, resolvedOld])).toEqual({ open: 2, resolved: 1 });
    expect(threadStates([older, resolvedOld])).toEqual(
      new Map([
        ['comment:a', 'open'],
        ['comment:c', 'resolved'],
      ]),
    );
  });
});

describe('the comment shortcut', () => {
  const keys = { code: 'KeyM', altKey: true, ctrlKey: false, metaKey: false, shiftKey: false };

  it('is Ctrl+Alt+M, or Cmd+Alt+M', () => {
    expect(isCommentShortcut({ ...keys, ctrlKey: true })).toBe(true);
    expect(isCommentShortcut({ ...keys, metaKey: true })).toBe(true);
  });

  it('goes by the physical key, whatever letter the Alt layer types', () => {
    expect(isCommentShortcut({ ...keys, ctrlKey: true, code: 'KeyM' })).toBe(true);
    expect(isCommentShortcut({ ...keys, ctrlKey: true, code: 'KeyN' })).toBe(false);
  });

  it('is not Alt+M alone, Ctrl+M alone, or with Shift', () => {
    expect(isCommentShortcut(keys)).toBe(false);
    expect(isCommentShortcut({ ...keys, altKey: false, ctrlKey: true })).toBe(false);
    expect(isCommentShortcut({ ...keys, ctrlKey: true, shiftKey: true })).toBe(false);
  });
});
