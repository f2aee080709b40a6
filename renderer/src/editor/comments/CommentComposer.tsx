import { useId, useState, type FormEvent } from 'react';
import type { LexicalEditor } from 'lexical';
import { AnchoredPopover } from '../marks/AnchoredPopover.tsx';
import type { SavedRange } from '../marks/mark-range.ts';
import { excerpt } from '../marks/excerpt.ts';
import './comments.css';

/**
 * The new-comment form, standing under the selected text. Sending waits for
 * the services: on an error the form stays, with the text typed and the reason.
 */
export function CommentComposer({
  editor,
  range,
  quote,
  onSubmit,
  onCancel,
}: {
  editor: LexicalEditor;
  range: SavedRange;
  quote: string;
  onSubmit: (text: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();
  const errorId = useId();

  async function send(event?: FormEvent) {
    event?.preventDefault();
    if (text.trim() === '' || pending) return;
    setPending(true);
    setError(null);
    try {
      await onSubmit(text.trim());
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setPending(false);
    }
  }

  return (
    <AnchoredPopover editor={editor} range={range} label="New comment" className="comment-composer" onDismiss={onCancel}>
      <form onSubmit={(event) => void send(event)}>
        <h2>New comment</h2>
        <p className="mark-popover-quote">“{excerpt(quote, 140)}”</p>
        <label htmlFor={fieldId}>Comment</label>
        <textarea
          id={fieldId}
          autoFocus
          value={text}
          placeholder="Say what needs doing…"
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void send();
            }
          }}
        />
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="mark-popover-actions">
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={pending || text.trim() === ''}>
            Comment
          </button>
        </div>
      </form>
    </AnchoredPopover>
  );
}
