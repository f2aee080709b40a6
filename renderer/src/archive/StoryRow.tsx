import type { CSSProperties, MouseEvent, Ref } from 'react';
import type { StorySummary } from '../../../shared/model/story.ts';
import { formatListTime } from '../common/format-time.ts';
import { StateChip } from '../common/StateChip.tsx';
import { effectiveState } from '../common/story-state.ts';
import { VersionBadge } from '../common/VersionBadge.tsx';
import { EditChips, hasEditChips } from './EditChips.tsx';
import { Snippet } from './Snippet.tsx';

export function storyRowId(storyId: string): string {
  return `story-row-${storyId}`;
}

export function StoryRow({
  story,
  index,
  setSize,
  selected,
  marked,
  marking,
  open,
  style,
  rowRef,
  onClick,
  onToggleMark,
}: {
  story: StorySummary;
  index: number;
  setSize: number;
  /** The row the keyboard is on. */
  selected: boolean;
  /** Marked for a batch action (`x`, Shift+click). */
  marked: boolean;
  /** Some row is marked: every row says whether it is. */
  marking: boolean;
  open: boolean;
  style: CSSProperties;
  rowRef: Ref<HTMLDivElement>;
  onClick: (event: MouseEvent<HTMLDivElement>) => void;
  onToggleMark: () => void;
}) {
  const rowId = storyRowId(story.id);
  const edit = hasEditChips(story.edit) ? story.edit : null;
  const editId = `${rowId}-edit`;
  const state = effectiveState(story.state, story.pubStatus, story.embargoedUntil);
  const classes = [
    'story-row',
    `is-${state}`,
    selected && 'is-selected',
    marked && 'is-marked',
    open && 'is-open',
    story.spiked && 'is-spiked',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      ref={rowRef}
      id={rowId}
      data-index={index}
      role="option"
      aria-selected={selected}
      aria-checked={marking ? marked : undefined}
      aria-current={open ? 'true' : undefined}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      aria-labelledby={`${rowId}-headline`}
      aria-describedby={edit ? editId : undefined}
      className={classes}
      style={style}
      // Shift+click marks a range: keep the browser from selecting the text in between.
      onMouseDown={(event) => {
        if (event.shiftKey) event.preventDefault();
      }}
      onClick={onClick}
    >
      <span
        className="row-mark"
        aria-hidden="true"
        title={marked ? 'Unmark (x)' : 'Mark (x)'}
        onClick={(event) => {
          event.stopPropagation();
          onToggleMark();
        }}
      />
      <div className="story-row-meta">
        {story.provider && <span className="story-row-provider">{story.provider}</span>}
        {story.place && <span className="story-row-place">{story.place}</span>}
        {story.language && <span className="story-row-language">{story.language}</span>}
        {story.spiked && <span className="chip chip-spiked">spiked</span>}
        <StateChip state={state} embargoedUntil={story.embargoedUntil} />
        <VersionBadge count={story.versionCount} />
        {edit && <EditChips edit={edit} id={editId} />}
        <time className="story-row-time" dateTime={story.receivedAt}>
          {formatListTime(story.receivedAt)}
        </time>
      </div>
      <p className="story-row-headline" id={`${rowId}-headline`}>
        {story.headline}
      </p>
      {story.snippet && <Snippet text={story.snippet} />}
    </div>
  );
}
