import { useEffect, useId, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import type { CommentThread } from '../../../../shared/model/editing.ts';
import { formatFullTime, formatListTime } from '../../common/format-time.ts';
import { excerpt } from '../marks/excerpt.ts';
import { isInteractive } from '../marks/is-interactive.ts';
import { useCommentActions } from './use-comment-threads.ts';

/**
 * One thread: the passage it is on, its comments oldest first, a reply box
 * while it is open, Resolve or Reopen, Delete on one's own comments.
 */
export function CommentThreadCard({
  storyId,
  thread,
  inText,
  active,
  onReveal,
}: {
  storyId: string;
  thread: CommentThread;
  /** Its mark is still in the text (an editor may have deleted the passage since). */
  inText: boolean;
  /** The caret stands in its mark. */
  active: boolean;
  onReveal: () => void;
}) {
  const { reply, resolve, deleteComment } = useCommentActions(storyId);
  const [draft, setDraft] = useState('');
  const replyId = useId();
  const card = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (active) card.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [active]);

  function sendReply(event: FormEvent) {
    event.preventDefault();
    if (draft.trim() === '') return;
    reply.mutate({ threadId: thread.id, text: draft.trim() }, { onSuccess: () => setDraft('') });
  }

  function clickCard(event: MouseEvent) {
    if (inText && !isInteractive(event.target, event.currentTarget)) onReveal();
  }

  const failure = reply.error ?? resolve.error ?? deleteComment.error;
  const label = `Comment thread on “${excerpt(thread.quote, 60)}”`;
  return (
    <article
      ref={card}
      className="comment-thread"
      aria-label={label}
      data-resolved={thread.resolved || undefined}
      data-active={active || undefined}
      onClick={clickCard}
    >
      <header className="comment-thread-head">
        {inText ? (
          <button type="button" className="comment-thread-quote" title="Select this passage in the text" onClick={onReveal}>
            “{excerpt(thread.quote, 200)}”
          </button>
        ) : (
          <p className="comment-thread-quote is-gone">“{excerpt(thread.quote, 200)}”</p>
        )}
        {!inText && <p className="comment-thread-gone">text removed</p>}
        {thread.resolved && <span className="chip chip-quiet">resolved</span>}
      </header>
      <ol className="comment-list">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment" data-deleted={comment.deleted || undefined}>
            <span className="comment-initials" aria-hidden="true">
              {comment.initials}
            </span>
            <div className="comment-body">
              <p className="comment-meta">
                <span className="comment-author">{comment.author}</span>
                <time dateTime={comment.createdAt} title={formatFullTime(comment.createdAt)}>
                  {formatListTime(comment.createdAt)}
                </time>
              </p>
              {comment.deleted ? <p className="comment-text is-deleted">comment deleted</p> : <p className="comment-text">{comment.text}</p>}
              {comment.own && !comment.deleted && (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  disabled={deleteComment.isPending}
                  onClick={() => deleteComment.mutate({ commentId: comment.id })}
                >
                  Delete
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {!thread.resolved && (
        <form className="comment-reply" onSubmit={sendReply}>
          <label htmlFor={replyId} className="visually-hidden">
            Reply
          </label>
          <textarea
            id={replyId}
            rows={1}
            placeholder="Reply…"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) sendReply(event);
            }}
          />
          <button type="submit" className="button button-small" disabled={reply.isPending || draft.trim() === ''}>
            Reply
          </button>
        </form>
      )}
      <div className="comment-thread-actions">
        <button
          type="button"
          className="button button-quiet button-small"
          disabled={resolve.isPending}
          onClick={() => resolve.mutate({ threadId: thread.id, resolved: !thread.resolved })}
        >
          {thread.resolved ? 'Reopen' : 'Resolve'}
        </button>
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {failure.message}
        </p>
      )}
    </article>
  );
}
