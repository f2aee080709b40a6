import type { IngestFileResult } from '../../../shared/model/ingest.ts';
import { ingestStatusLabels } from '../common/ingest-labels.ts';
import type { ImportState } from './import-queue.ts';
import { FileProgressBar } from '../common/FileProgressBar.tsx';

/** Progress while a batch runs, then what happened to each file. */
export function ImportPanel({
  state,
  onDismiss,
  onOpen,
}: {
  state: ImportState;
  onDismiss: () => void;
  onOpen: (storyId: string) => void;
}) {
  if (!state.running && state.results.length === 0) return null;
  return (
    <section className="import-panel" aria-label="Import">
      {state.running ? <Progress state={state} /> : <Summary results={state.results} onDismiss={onDismiss} />}
      {state.results.length > 0 && (
        <ul className="import-results" aria-label="Imported files">
          {state.results.map((result, i) => (
            <ResultRow key={i} result={result} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Progress({ state }: { state: ImportState }) {
  return (
    <div className="import-progress" id="import-progress">
      <p className="import-heading">
        Importing {Math.min(state.done + 1, state.total)} of {state.total}
        {state.current && <span className="import-current"> · {state.current}</span>}
      </p>
      <FileProgressBar label="Import progress" done={state.done} total={state.total} />
    </div>
  );
}

function Summary({ results, onDismiss }: { results: IngestFileResult[]; onDismiss: () => void }) {
  const count = (status: IngestFileResult['status']) => results.filter((result) => result.status === status).length;
  const added = count('added');
  const versions = count('updated');
  const duplicates = count('duplicate');
  const rejectedCount = count('rejected');
  return (
    <div className="import-summary">
      <p className="import-heading" role="status">
        Import finished: {added} added
        {versions > 0 && ` · ${versions} ${versions === 1 ? 'new version' : 'new versions'}`} · {duplicates}{' '}
        {duplicates === 1 ? 'duplicate' : 'duplicates'} · {rejectedCount} rejected
      </p>
      <button type="button" className="button button-quiet" aria-label="Close import results" onClick={onDismiss}>
        Close
      </button>
    </div>
  );
}

function ResultRow({ result, onOpen }: { result: IngestFileResult; onOpen: (storyId: string) => void }) {
  const firstStory = result.storyIds[0];
  return (
    <li className={`import-result import-result-${result.status}`}>
      <span className={`chip chip-result-${result.status}`}>{ingestStatusLabels[result.status]}</span>
      <span className="import-file">{result.file}</span>
      {result.status !== 'rejected' && firstStory && (
        <button type="button" className="link-button" aria-label={`Open ${result.file}`} onClick={() => onOpen(firstStory)}>
          Open
        </button>
      )}
      {result.error && <p className="import-error">{result.error}</p>}
      {result.warnings.length > 0 && <p className="import-warning">{result.warnings.join(' · ')}</p>}
    </li>
  );
}
