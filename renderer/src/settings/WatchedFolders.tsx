import { useId, useState, type FormEvent } from 'react';
import { useUpdateSettings } from './use-settings.ts';

/**
 * The folders Copydesk ingests from as files arrive: add one by typing its
 * path, remove one with its button. Each change is saved at once, and a folder
 * the services refuse says why right under the field.
 */
export function WatchedFolders({ folders }: { folders: string[] }) {
  const update = useUpdateSettings();
  const [path, setPath] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  function add(event: FormEvent) {
    event.preventDefault();
    const folder = path.trim();
    if (!folder) return;
    if (folders.includes(folder)) {
      setLocalError(`${folder} is already watched.`);
      return;
    }
    setLocalError(null);
    update.mutate({ watchedFolders: [...folders, folder] }, { onSuccess: () => setPath('') });
  }

  const error = localError ?? (update.error ? update.error.message : null);
  return (
    <section className="settings-group" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Watched folders</h2>
      <p className="settings-help">
        Files that appear in these folders are ingested as they arrive, once each. A file that cannot be read is moved to a{' '}
        <code>rejected</code> folder inside, beside a note that says why.
      </p>
      {folders.length === 0 ? (
        <p className="settings-empty">No folder is watched.</p>
      ) : (
        <ul className="folder-list" aria-label="Watched folders">
          {folders.map((folder) => (
            <li key={folder}>
              <span className="chip chip-watching">watching</span>
              <code className="folder-path">{folder}</code>
              <button
                type="button"
                className="button button-quiet"
                aria-label={`Stop watching ${folder}`}
                disabled={update.isPending}
                onClick={() => update.mutate({ watchedFolders: folders.filter((f) => f !== folder) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="settings-form" onSubmit={add}>
        <label htmlFor={inputId}>Folder to watch</label>
        <div className="settings-row">
          <input
            id={inputId}
            type="text"
            className="text-input"
            placeholder="/home/desk/feeds/reuters"
            autoComplete="off"
            spellCheck={false}
            value={path}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setPath(event.target.value);
              setLocalError(null);
              if (update.isError) update.reset();
            }}
          />
          <button type="submit" className="button button-primary" disabled={update.isPending || path.trim() === ''}>
            Watch folder
          </button>
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
