import { useIngestProgress } from './use-ingest-progress.ts';
import { FileProgressBar } from '../common/FileProgressBar.tsx';

/** A batch the services are taking in (watched folder, bulk ingest): "n of N · file", in the sidebar. */
export function IngestProgress() {
  const progress = useIngestProgress();
  if (!progress) return null;
  const { done, total, file, finished } = progress;
  return (
    <section className={`ingest-progress${finished ? ' is-finished' : ''}`} aria-label="Ingest">
      <p className="ingest-progress-title">{finished ? 'Ingest finished' : 'Ingesting'}</p>
      <p className="ingest-progress-line">
        {done} of {total} ·{' '}
        <span className="ingest-progress-file" title={file}>
          {baseName(file)}
        </span>
      </p>
      <FileProgressBar label="Ingest progress" done={done} total={total} />
    </section>
  );
}

/** The services name files by their path; the sidebar has room for the name. */
function baseName(file: string): string {
  return file.split(/[\\/]/).filter(Boolean).at(-1) ?? file;
}
