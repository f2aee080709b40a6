import { useId, useState, type FormEvent } from 'react';
import type { LexicalEditor } from 'lexical';
import { AnchoredPopover } from '../marks/AnchoredPopover.tsx';
import type { SavedRange } from '../marks/mark-range.ts';
import { excerpt } from '../marks/excerpt.ts';
import { languageChoices, languageName } from './flag-languages.ts';
import '../../common/flag-status.css';
import './flags.css';

export interface FlagRequest {
  targetLanguage: string;
  note: string;
}

/**
 * The flag-for-translation form, standing under the passage: the language to
 * translate into (the source language is detected by the services) and a note
 * for the translator. On an error the form stays, with the reason.
 */
export function FlagForm({
  editor,
  range,
  title,
  passage,
  defaultLanguage,
  onSubmit,
  onCancel,
}: {
  editor: LexicalEditor;
  range: SavedRange;
  title: string;
  passage: string;
  defaultLanguage: string;
  onSubmit: (request: FlagRequest) => Promise<void>;
  onCancel: () => void;
}) {
  const [targetLanguage, setTargetLanguage] = useState(defaultLanguage);
  const [note, setNote] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const languageId = useId();
  const noteId = useId();
  const errorId = useId();

  async function send(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      await onSubmit({ targetLanguage, note: note.trim() });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setPending(false);
    }
  }

  return (
    <AnchoredPopover editor={editor} range={range} label={title} className="flag-form" onDismiss={onCancel}>
      <form onSubmit={(event) => void send(event)}>
        <h2>{title}</h2>
        <p className="mark-popover-quote">“{excerpt(passage, 140)}”</p>
        <label htmlFor={languageId}>Target language</label>
        <select id={languageId} autoFocus value={targetLanguage} onChange={(event) => setTargetLanguage(event.target.value)}>
          {languageChoices(defaultLanguage).map((tag) => (
            <option key={tag} value={tag}>
              {languageName(tag)} ({tag})
            </option>
          ))}
        </select>
        <label htmlFor={noteId}>Note</label>
        <textarea
          id={noteId}
          value={note}
          placeholder="For the translator (optional)"
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setNote(event.target.value)}
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
          <button type="submit" className="button button-primary" disabled={pending}>
            Flag
          </button>
        </div>
      </form>
    </AnchoredPopover>
  );
}
