import type { CSSProperties, Ref } from 'react';
import type { IngestLogEntry } from '../../../shared/model/ingest.ts';
import { formatFullTime, formatLogTime } from '../common/format-time.ts';
import { ingestSourceLabels, ingestStatusLabels } from '../common/ingest-labels.ts';
import { StoryLink } from './StoryLink.tsx';

/** What the stories after a status mean: a new version of an archived story is not a new story. */
function storyLead(status: IngestLogEntry['status'], count: number): string {
  if (status === 'updated') return 'New version of';
  if (status === 'duplicate') return 'Already in the archive as';
  return count === 1 ? 'Story' : 'Stories';
}

export function IngestLogRow({
  entry,
  index,
  setSize,
  style,
  rowRef,
  onOpenStory,
}: {
  entry: IngestLogEntry;
  index: number;
  setSize: number;
  style: CSSProperties;
  rowRef: Ref<HTMLDivElement>;
  onOpenStory: (storyId: string) => void;
}) {
  const stories = producedStories(entry);
  return (
    <div
      ref={rowRef}
      data-index={index}
      role="listitem"
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={`log-row log-row-${entry.status}`}
      style={style}
    >
      <time className="log-time" dateTime={entry.at} title={formatFullTime(entry.at)}>
        {formatLogTime(entry.at)}
      </time>
      <span className={`chip chip-source chip-source-${entry.source}`} title="Where the file came from">
        {ingestSourceLabels[entry.source]}
      </span>
      <span className={`chip chip-result-${entry.status}`}>{ingestStatusLabels[entry.status]}</span>
      <span className="log-file" title={entry.file}>
        {entry.file}
      </span>
      {stories.length > 0 && (
        <p className="log-stories">
          <span className="log-lead">{storyLead(entry.status, stories.length)}</span>
          {stories.map(({ storyId, versionId }) => (
            <StoryLink key={`${storyId}/${versionId ?? ''}`} storyId={storyId} versionId={versionId} onOpen={onOpenStory} />
          ))}
        </p>
      )}
      {entry.error && <p className="log-error">{withoutFileName(entry.error, entry.file)}</p>}
      {entry.notes.length > 0 && (
        // A group of paragraphs, not a list: the row is itself an item of the log's list.
        <div className="log-notes" role="group" aria-label="Notes">
          {entry.notes.map((note, i) => (
            <p key={i}>
              <span className="log-note-mark">Note</span> {note}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}

/** The services start a reason with the file's name; the row shows the name already. */
function withoutFileName(error: string, file: string): string {
  const reason = error.startsWith(`${file}: `) ? error.slice(file.length + 2) : error;
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}

/** Each story the file made, with the version it made when the services paired them (one version per story, in order). */
function producedStories(entry: IngestLogEntry): { storyId: string; versionId: string | undefined }[] {
  const paired = entry.versionIds.length === entry.storyIds.length;
  const seen = new Set<string>();
  return entry.storyIds.flatMap((storyId, i) => {
    const versionId = paired ? entry.versionIds[i] : undefined;
    const key = `${storyId}/${versionId ?? ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ storyId, versionId }];
  });
}
