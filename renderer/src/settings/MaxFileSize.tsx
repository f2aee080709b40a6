import { useId, useState, type FormEvent } from 'react';
import { formatBytes } from '../common/format-bytes.ts';
import { useUpdateSettings } from './use-settings.ts';

const MB = 1024 * 1024;

/** The largest file Copydesk reads; anything bigger is refused before it is parsed. */
export function MaxFileSize({ maxFileBytes }: { maxFileBytes: number }) {
  const update = useUpdateSettings();
  // null: the editor has not touched the field, so it shows what is saved.
  const [draft, setDraft] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const saved = String(Math.round((maxFileBytes / MB) * 100) / 100);

  function save(event: FormEvent) {
    event.preventDefault();
    const megabytes = Number(draft ?? saved);
    if (!Number.isFinite(megabytes) || megabytes <= 0) {
      setLocalError('Give the size in megabytes, a number above 0.');
      return;
    }
    setLocalError(null);
    update.mutate({ maxFileBytes: Math.round(megabytes * MB) }, { onSuccess: () => setDraft(null) });
  }

  const error = localError ?? (update.error ? update.error.message : null);
  return (
    <section className="settings-group" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>File size limit</h2>
      <p className="settings-help">Files larger than this are refused, whichever way they come in. Now {formatBytes(maxFileBytes)}.</p>
      <form className="settings-form" onSubmit={save}>
        <label htmlFor={inputId}>Largest file (MB)</label>
        <div className="settings-row">
          <input
            id={inputId}
            type="number"
            className="text-input number-input"
            min={0}
            step="any"
            inputMode="decimal"
            value={draft ?? saved}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setDraft(event.target.value);
              setLocalError(null);
              if (update.isError || update.isSuccess) update.reset();
            }}
          />
          <button type="submit" className="button button-primary" disabled={update.isPending || draft === null || draft === saved}>
            Save
          </button>
          {update.isSuccess && (
            <span className="chip chip-result-added" role="status">
              saved
            </span>
          )}
        </div>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
