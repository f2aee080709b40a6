import { useIngestProgress } from './use-ingest-progress.ts';

/** A batch the services are taking in (watched folder, bulk ingest): "n of N · file", in the sidebar. */
export function IngestProgress() {
  const progress = useIngestProgress();
  if (!progress) return null;
  const { done, total, file, finished } = progress;
  const percent = total === 0 ? 100 : Math.round((Math.min(done, total) / total) * 100);
  return (
    <section className={`ingest-progress${finished ? ' is-finished' : ''}`} aria-label="Ingest">
      <p className="ingest-progress-title">{finished ? 'Ingest finished' : 'Ingesting'}</p>
      <p className="ingest-progress-line">
        {done} of {total} ·{' '}
        <span className="ingest-progress-file" title={file}>
          {baseName(file)}
        </span>
      </p>
      <div
        className="progress"
        role="progressbar"
        aria-label="Ingest progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total} files`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </section>
  );
}

/** The services name files by their path; the sidebar has room for the name. */
function baseName(file: string): string {
  return file.split(/[\\/]/).filter(Boolean).at(-1) ?? file;
}
