import { useId, useState } from 'react';
import type { RevisionInfo } from '../../../../shared/model/editing.ts';
import { formatFullTime, formatListTime } from '../../common/format-time.ts';
import { DiffView } from './DiffView.tsx';
import { useRestoreRevision, useRevisions, useSaveRevision } from './use-revisions.ts';

const number = new Intl.NumberFormat();

/**
 * The story's revision history, newest first down to the wire original:
 * save the text under a name, compare the current text with any revision,
 * bring an old one back (as a new revision: nothing is overwritten).
 */
export function RevisionsPanel({ storyId }: { storyId: string }) {
  const revisions = useRevisions(storyId);
  const [comparing, setComparing] = useState<{ from: string; against: string } | null>(null);
  const [naming, setNaming] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveRevision(storyId);
  const restore = useRestoreRevision(storyId);

  if (comparing) return <DiffView storyId={storyId} from={comparing.from} against={comparing.against} onClose={() => setComparing(null)} />;

  return (
    <section className="revisions-panel" aria-label="Revisions">
      <div className="panel-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setNaming(true);
            setNotice(null);
          }}
          disabled={naming}
        >
          Save version…
        </button>
        <button type="button" className="button button-small" onClick={() => setComparing({ from: 'wire', against: 'the wire original' })}>
          Compare with wire original
        </button>
      </div>
      {naming && (
        <SaveVersionForm
          saving={save.isPending}
          problem={save.error?.message ?? null}
          onSave={(name) =>
            save.mutate(name, {
              onSuccess: (saved) => {
                setNaming(false);
                setNotice(`Saved as revision ${saved.number}, “${saved.name ?? name}”.`);
              },
            })
          }
          onCancel={() => {
            setNaming(false);
            save.reset();
          }}
        />
      )}
      {notice && (
        <p className="panel-note" role="status">
          {notice}
        </p>
      )}
      {restore.error && (
        <p className="panel-error" role="alert">
          Not restored: {restore.error.message}
        </p>
      )}
      {revisions.isPending && <p className="panel-note">Reading the history…</p>}
      {revisions.isError && (
        <p className="panel-error" role="alert">
          The history could not be read: {revisions.error.message}
        </p>
      )}
      {revisions.data && revisions.data.revisions.length === 0 && <p className="panel-note">No revisions yet: the first comes as the story is opened.</p>}
      {revisions.data && revisions.data.revisions.length > 0 && (
        <ol className="revision-list" aria-label="Revisions, newest first">
          {revisions.data.revisions.map((revision) => (
            <li key={revision.id} className={`revision revision-${revision.kind}`} aria-label={titleOf(revision)}>
              <div className="revision-title">{titleOf(revision)}</div>
              <div className="revision-meta">
                <span>Revision {revision.number}</span>
                <span>{revision.author ?? (revision.kind === 'wire' ? 'the agency' : 'unknown')}</span>
                <time dateTime={revision.createdAt} title={formatFullTime(revision.createdAt)}>
                  {formatListTime(revision.createdAt)}
                </time>
                <span>{number.format(revision.wordCount)} words</span>
              </div>
              {confirming === revision.id ? (
                <div className="revision-confirm" role="group" aria-label={`Restore revision ${revision.number}?`}>
                  <p>Bring back this text? The current text stays in the history.</p>
                  <button
                    type="button"
                    className="button button-small button-primary"
                    disabled={restore.isPending}
                    onClick={() =>
                      restore.mutate(revision.id, {
                        onSuccess: (restored) => {
                          setConfirming(null);
                          setNotice(`Revision ${revision.number} is back, as revision ${restored.number}.`);
                        },
                      })
                    }
                  >
                    {restore.isPending ? 'Restoring…' : 'Restore'}
                  </button>
                  <button type="button" className="button button-small button-quiet" onClick={() => setConfirming(null)}>
                    Cancel
                  </button>
                </div>
              ) : (
                <div className="revision-actions">
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Compare revision ${revision.number} with the current text`}
                    onClick={() => setComparing({ from: revision.id, against: againstOf(revision) })}
                  >
                    Compare
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Restore revision ${revision.number}`}
                    onClick={() => {
                      setConfirming(revision.id);
                      setNotice(null);
                      restore.reset();
                    }}
                  >
                    Restore
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function titleOf(revision: RevisionInfo): string {
  switch (revision.kind) {
    case 'wire':
      return 'Wire original';
    case 'named':
      return revision.name ?? 'Named version';
    case 'restore':
      return revision.name ? `Restored: ${revision.name}` : 'Restored text';
    case 'autosave':
      return 'Autosave';
  }
}

function againstOf(revision: RevisionInfo): string {
  if (revision.kind === 'wire') return 'the wire original';
  if (revision.kind === 'named' && revision.name) return `“${revision.name}” (revision ${revision.number})`;
  return `revision ${revision.number}`;
}

function SaveVersionForm({
  saving,
  problem,
  onSave,
  onCancel,
}: {
  saving: boolean;
  problem: string | null;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [empty, setEmpty] = useState(false);
  const inputId = useId();
  return (
    <form
      className="save-version-form"
      aria-label="Save version"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '') {
          setEmpty(true);
          return;
        }
        onSave(name.trim());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={inputId}>Version name</label>
      <input
        id={inputId}
        type="text"
        autoFocus
        maxLength={200}
        value={name}
        placeholder="e.g. Before the legal read"
        onChange={(event) => {
          setName(event.target.value);
          setEmpty(false);
        }}
      />
      <div className="form-buttons">
        <button type="submit" className="button button-small button-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {(empty || problem) && (
        <p className="panel-error" role="alert">
          {empty ? 'Give the version a name.' : `Not saved: ${problem}`}
        </p>
      )}
    </form>
  );
}
