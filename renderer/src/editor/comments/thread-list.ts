import type { CommentThread } from '../../../../shared/model/editing.ts';

/** The panel's order, as annotations.list gives it: open threads first, then resolved; each oldest first. */
export function sortThreads(threads: readonly CommentThread[]): CommentThread[] {
  return [...threads].sort(
    (a, b) => Number(a.resolved) - Number(b.resolved) || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
  );
}

/** The list with one thread as the services just returned it (new, replied to, resolved…), in panel order. */
export function withThread(threads: readonly CommentThread[] | undefined, thread: CommentThread): CommentThread[] {
  const others = (threads ?? []).filter((t) => t.id !== thread.id);
  return sortThreads([...others, thread]);
}

/** Each thread's mark and whether it is open or resolved: the marks' data-state. */
export function threadStates(threads: readonly CommentThread[]): Map<string, 'open' | 'resolved'> {
  return new Map(threads.map((t) => [t.markId, t.resolved ? 'resolved' : 'open']));
}

/** "3 open · 1 resolved", for the panel's heading. */
export function threadCounts(threads: readonly CommentThread[]): { open: number; resolved: number } {
  const resolved = threads.filter((t) => t.resolved).length;
  return { open: threads.length - resolved, resolved };
}
