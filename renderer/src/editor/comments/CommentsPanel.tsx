import { IS_APPLE } from 'lexical';
import { useId } from 'react';
import { revealMark } from '../marks/reveal-mark.ts';
import { useMarks } from '../marks/use-marks.ts';
import { CommentThreadCard } from './CommentThreadCard.tsx';
import { threadCounts } from './thread-list.ts';
import { useCommentThreads } from './use-comment-threads.ts';
import './comments.css';

/**
 * The story's comment threads beside the text, open ones first. A thread and
 * its passage find each other both ways: clicking the thread selects the
 * passage, putting the caret in the passage highlights the thread.
 */
export function CommentsPanel({ storyId }: { storyId: string }) {
  const { editor, marks } = useMarks();
  const threads = useCommentThreads(storyId);
  const titleId = useId();
  const list = threads.data ?? [];
  const counts = threadCounts(list);

  return (
    <section className="comments-panel" aria-labelledby={titleId}>
      <header className="comments-panel-head">
        <h2 id={titleId}>Comments</h2>
        {list.length > 0 && (
          <span className="comments-panel-count">
            {counts.open} open{counts.resolved > 0 ? ` · ${counts.resolved} resolved` : ''}
          </span>
        )}
      </header>
      {threads.isPending ? (
        <p className="comments-panel-note">Loading comments…</p>
      ) : threads.isError ? (
        <p className="field-error" role="alert">
          Comments could not be loaded: {threads.error.message}
        </p>
      ) : list.length === 0 ? (
        <p className="comments-panel-note">
          No comments yet. Select text and press <kbd>{IS_APPLE ? '⌘' : 'Ctrl'}</kbd>+<kbd>Alt</kbd>+<kbd>M</kbd> to comment on it.
        </p>
      ) : (
        <ol className="comment-threads" aria-label="Comment threads">
          {list.map((thread) => (
            <li key={thread.id}>
              <CommentThreadCard
                storyId={storyId}
                thread={thread}
                // Until the text has loaded, every mark would look deleted.
                inText={!marks.hasText || marks.present.has(thread.markId)}
                active={marks.active.has(thread.markId)}
                onReveal={() => revealMark(editor, thread.markId)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
