import { useState } from 'react';
import { IngestLogList } from './IngestLogList.tsx';
import { useIngestLog } from './use-ingest-log.ts';

/** Every file that came in (imported, dropped, seen in a watched folder, from the command line) and what became of it. */
export function IngestLogView({ onOpenStory }: { onOpenStory: (storyId: string) => void }) {
  const [rejectedOnly, setRejectedOnly] = useState(false);
  const log = useIngestLog(rejectedOnly);
  return (
    <section className="view-pane log-pane" aria-labelledby="ingest-log-title">
      <header className="pane-header">
        <div className="pane-title-row">
          <h1 id="ingest-log-title" className="pane-title">
            Ingest log
          </h1>
          <label className="toggle">
            <input type="checkbox" checked={rejectedOnly} onChange={(event) => setRejectedOnly(event.target.checked)} />
            Rejected only
          </label>
        </div>
        <p className="pane-note">Newest first. Files from a watched folder show as they arrive.</p>
      </header>
      {log.error && (
        <p className="pane-error" role="alert">
          The ingest log could not be read: {log.error.message}
        </p>
      )}
      {log.loaded && log.entries.length === 0 && !log.error && (
        <div className="empty-list">
          <p className="empty-title">{rejectedOnly ? 'No file was rejected.' : 'No file has come in yet.'}</p>
          <p>{rejectedOnly ? 'Every file that came in was read.' : 'Import or drop wire files, or watch a folder in Settings.'}</p>
        </div>
      )}
      <IngestLogList entries={log.entries} hasMore={log.hasMore} onLoadMore={log.loadMore} onOpenStory={onOpenStory} />
    </section>
  );
}
