import { useState } from 'react';
import { DeskFilters } from './DeskFilters.tsx';
import { DeskRow } from './DeskRow.tsx';
import { flagCount } from '../common/flag-status.ts';
import { useFlagQueue, type QueueFilter } from './use-flag-queue.ts';
import './desk.css';

const allFlags: QueueFilter = { status: null, targetLanguage: null };

/**
 * The translation desk's queue: every passage flagged for translation across
 * the archive, oldest first, narrowed by status and target language. A row
 * opens its story in the archive.
 */
export function TranslationDeskView({ onOpenStory }: { onOpenStory: (storyId: string) => void }) {
  const [filter, setFilter] = useState<QueueFilter>(allFlags);
  const queue = useFlagQueue(filter);
  const data = queue.data;
  const flags = data?.flags ?? [];
  const filtered = filter.status !== null || filter.targetLanguage !== null;
  const total = data ? matching(data.counts.byStatus, filter) : null;
  return (
    <section className="view-pane desk-pane" aria-labelledby="desk-title">
      <header className="pane-header desk-header">
        <div className="pane-title-row">
          <h1 id="desk-title" className="pane-title">
            Translation desk
          </h1>
          {total !== null && (
            <p className="result-count" role="status" aria-label="Flag count">
              {flagCount(total)}
            </p>
          )}
        </div>
        <p className="pane-note">Every passage flagged for translation, oldest first. Open one to work on it in its story.</p>
        <DeskFilters counts={data?.counts} filter={filter} stale={queue.isPlaceholderData} onChange={setFilter} />
      </header>
      {queue.isError && (
        <p className="pane-error" role="alert">
          The translation queue could not be read: {queue.error.message}
        </p>
      )}
      {data && !queue.isPlaceholderData && flags.length === 0 && (
        <div className="empty-list">
          <p className="empty-title">{filtered ? 'No flag matches these filters.' : 'No passage is flagged for translation.'}</p>
          <p>
            {filtered
              ? 'Choose another status or language, or All.'
              : 'Select a passage or whole paragraphs in a story’s editor and flag them for translation: they are listed here.'}
          </p>
        </div>
      )}
      <div className={`desk-scroll${queue.isPlaceholderData ? ' is-stale' : ''}`}>
        {flags.length > 0 && (
          <ul className="desk-list" aria-label="Flags" aria-busy={queue.isPlaceholderData}>
            {flags.map((flag) => (
              <DeskRow key={flag.id} flag={flag} onOpenStory={onOpenStory} />
            ))}
          </ul>
        )}
        {total !== null && total > flags.length && (
          <p className="desk-more">
            The oldest {flags.length.toLocaleString('en')} of {flagCount(total)} are shown; choose a status or a language to see others.
          </p>
        )}
      </div>
    </section>
  );
}

/** How many flags the filter lists: its status's count already holds the language filter. */
function matching(byStatus: Record<string, number>, filter: QueueFilter): number {
  if (filter.status !== null) return byStatus[filter.status] ?? 0;
  return Object.values(byStatus).reduce((total, n) => total + n, 0);
}
