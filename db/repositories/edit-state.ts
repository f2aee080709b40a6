import type Database from 'better-sqlite3';

/**
 * What the archive list shows of a story's editing (open threads, flags by
 * status) is kept on its row, derived and never logged, so the list reads one
 * row per story at a million stories. Recounting one story's threads and
 * flags reads a handful of rows through their story indexes.
 *
 * A thread whose every comment was deleted is not open: nothing in it is left
 * to answer.
 */
export function createEditStateUpkeep(db: Database.Database): { recount(storyId: string): void } {
  const recount = db.prepare(
    `UPDATE stories SET
       open_threads = (SELECT count(*) FROM comment_threads t WHERE t.story_id = @id AND t.resolved = 0
                         AND EXISTS (SELECT 1 FROM comments c WHERE c.thread_id = t.id AND c.deleted = 0)),
       flags_flagged = (SELECT count(*) FROM translation_flags WHERE story_id = @id AND deleted = 0 AND status = 'flagged'),
       flags_in_progress = (SELECT count(*) FROM translation_flags WHERE story_id = @id AND deleted = 0 AND status = 'in_progress'),
       flags_translated = (SELECT count(*) FROM translation_flags WHERE story_id = @id AND deleted = 0 AND status = 'translated'),
       flags_approved = (SELECT count(*) FROM translation_flags WHERE story_id = @id AND deleted = 0 AND status = 'approved')
     WHERE id = @id`,
  );
  return { recount: (storyId) => void recount.run({ id: storyId }) };
}
