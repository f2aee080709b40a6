import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.ts';
import type { Comment, CommentThread, UserProfile } from '../../shared/model/editing.ts';
import type { Archive } from '../archive.ts';
import { createEditStateUpkeep } from './edit-state.ts';

/** Comment threads and their comments; `own` = the comment was written on this laptop (comment.site === archive.siteId). */
export interface CommentRepository {
  /**
   * Open threads first, then resolved; each group oldest first; comments oldest first.
   * A thread whose every comment was deleted is left out: nothing in it is left to read.
   */
  list(storyId: string): CommentThread[];
  thread(threadId: string): CommentThread | undefined;
  /** Thread + first comment in one transaction. Throws ApiError('not-found') for an unknown story. */
  create(input: { storyId: string; markId: string; quote: string; text: string; author: UserProfile; at: string }): CommentThread;
  reply(threadId: string, input: { text: string; author: UserProfile; at: string }): CommentThread;
  resolve(threadId: string, resolved: boolean): CommentThread;
  /** Tombstone. ApiError('forbidden') when the comment was written on another laptop, 'not-found' when unknown. */
  deleteComment(commentId: string): CommentThread;
}

interface ThreadRow {
  id: string;
  story_id: string;
  mark_id: string;
  quote: string;
  resolved: number;
  created_at: string;
}

interface CommentRow {
  id: string;
  site: string;
  thread_id: string;
  author: string;
  initials: string;
  text: string;
  created_at: string;
  deleted: number;
}

const THREAD_COLUMNS = 'id, story_id, mark_id, quote, resolved, created_at';
const COMMENT_COLUMNS = 'c.id, c.site, c.thread_id, c.author, c.initials, c.text, c.created_at, c.deleted';

export function createCommentRepository(archive: Pick<Archive, 'db' | 'write' | 'siteId'>): CommentRepository {
  const db: Database.Database = archive.db;
  const upkeep = createEditStateUpkeep(db);
  const storyExists = db.prepare('SELECT 1 FROM stories WHERE id = ?').pluck();
  const threadsOf = db.prepare(`SELECT ${THREAD_COLUMNS} FROM comment_threads WHERE story_id = ? ORDER BY resolved, created_at, rowid`);
  const commentsOfStory = db.prepare(
    `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN comment_threads t ON t.id = c.thread_id
     WHERE t.story_id = ? ORDER BY c.created_at, c.rowid`,
  );
  const threadById = db.prepare(`SELECT ${THREAD_COLUMNS} FROM comment_threads WHERE id = ?`);
  const commentsOfThread = db.prepare(`SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.thread_id = ? ORDER BY c.created_at, c.rowid`);
  const commentById = db.prepare(`SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = ?`);
  const markTaken = db.prepare('SELECT 1 FROM comment_threads WHERE story_id = ? AND mark_id = ?').pluck();

  const commentOf = (row: CommentRow): Comment => ({
    id: row.id,
    threadId: row.thread_id,
    author: row.author,
    initials: row.initials,
    // A deleted comment keeps its place (and its author) among the replies, not its words.
    text: row.deleted === 1 ? '' : row.text,
    createdAt: row.created_at,
    own: row.site === archive.siteId,
    deleted: row.deleted === 1,
  });

  const threadOf = (row: ThreadRow, comments: CommentRow[]): CommentThread => ({
    id: row.id,
    storyId: row.story_id,
    markId: row.mark_id,
    quote: row.quote,
    resolved: row.resolved === 1,
    createdAt: row.created_at,
    comments: comments.map(commentOf),
  });

  function thread(threadId: string): CommentThread | undefined {
    const row = threadById.get(threadId) as ThreadRow | undefined;
    return row && threadOf(row, commentsOfThread.all(threadId) as CommentRow[]);
  }

  function existingThread(threadId: string): ThreadRow {
    const row = threadById.get(threadId) as ThreadRow | undefined;
    if (!row) throw new ApiError('not-found', `There is no comment thread with id ${threadId}.`);
    return row;
  }

  function commentText(text: string): string {
    const trimmed = text.trim();
    if (trimmed === '') throw new ApiError('bad-input', 'A comment needs some text.');
    return trimmed;
  }

  return {
    list(storyId) {
      const byThread = new Map<string, CommentRow[]>();
      for (const row of commentsOfStory.all(storyId) as CommentRow[]) {
        const list = byThread.get(row.thread_id);
        if (list) list.push(row);
        else byThread.set(row.thread_id, [row]);
      }
      return (threadsOf.all(storyId) as ThreadRow[])
        .map((row) => threadOf(row, byThread.get(row.id) ?? []))
        .filter((t) => t.comments.some((c) => !c.deleted));
    },
    thread,
    create({ storyId, markId, quote, text, author, at }) {
      const body = commentText(text);
      if (markId.trim() === '') throw new ApiError('bad-input', 'A comment thread needs the id of the mark that anchors it in the text.');
      return archive.write((writer) => {
        if (storyExists.get(storyId) === undefined) throw new ApiError('not-found', `There is no story with id ${storyId}.`);
        if (markTaken.get(storyId, markId) !== undefined) {
          throw new ApiError('bad-input', `Story ${storyId} already has a comment thread on mark ${markId}.`);
        }
        const { id } = writer.insert('comment_thread', { story_id: storyId, mark_id: markId, quote, resolved: 0, created_at: at });
        writer.insert('comment', { thread_id: id, author: author.name, initials: author.initials, text: body, created_at: at, deleted: 0 });
        upkeep.recount(storyId);
        return thread(id) as CommentThread;
      });
    },
    reply(threadId, { text, author, at }) {
      const body = commentText(text);
      return archive.write((writer) => {
        const row = existingThread(threadId);
        writer.insert('comment', { thread_id: row.id, author: author.name, initials: author.initials, text: body, created_at: at, deleted: 0 });
        upkeep.recount(row.story_id);
        return thread(threadId) as CommentThread;
      });
    },
    resolve(threadId, resolved) {
      return archive.write((writer) => {
        const row = existingThread(threadId);
        writer.update('comment_thread', threadId, { resolved: resolved ? 1 : 0 });
        upkeep.recount(row.story_id);
        return thread(threadId) as CommentThread;
      });
    },
    deleteComment(commentId) {
      return archive.write((writer) => {
        const comment = commentById.get(commentId) as CommentRow | undefined;
        if (!comment) throw new ApiError('not-found', `There is no comment with id ${commentId}.`);
        if (comment.site !== archive.siteId) {
          throw new ApiError('forbidden', `Comment ${commentId} was written on another laptop; only its author there can delete it.`);
        }
        const row = existingThread(comment.thread_id);
        // The words go with the tombstone, so a deleted comment does not travel on in sync bundles.
        writer.update('comment', commentId, { deleted: 1, text: '' });
        upkeep.recount(row.story_id);
        return thread(row.id) as CommentThread;
      });
    },
  };
}
