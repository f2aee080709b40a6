import type { CSSProperties, Ref } from 'react';
import type { StorySummary } from '../../../shared/model/story.ts';
import { formatListTime } from '../common/format-time.ts';
import { StateChip } from '../common/StateChip.tsx';
import { effectiveState } from '../common/story-state.ts';
import { VersionBadge } from '../common/VersionBadge.tsx';
import { Snippet } from './Snippet.tsx';

export function storyRowId(storyId: string): string {
  return `story-row-${storyId}`;
}

export function StoryRow({
  story,
  index,
  setSize,
  selected,
  open,
  style,
  rowRef,
  onClick,
}: {
  story: StorySummary;
  index: number;
  setSize: number;
  selected: boolean;
  open: boolean;
  style: CSSProperties;
  rowRef: Ref<HTMLDivElement>;
  onClick: () => void;
}) {
  const rowId = storyRowId(story.id);
  const state = effectiveState(story.state, story.pubStatus, story.embargoedUntil);
  const classes = ['story-row', `is-${state}`, selected && 'is-selected', open && 'is-open'].filter(Boolean).join(' ');
  return (
    <div
      ref={rowRef}
      id={rowId}
      data-index={index}
      role="option"
      aria-selected={selected}
      aria-current={open ? 'true' : undefined}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      aria-labelledby={`${rowId}-headline`}
      className={classes}
      style={style}
      onClick={onClick}
    >
      <div className="story-row-meta">
        {story.provider && <span className="story-row-provider">{story.provider}</span>}
        {story.place && <span className="story-row-place">{story.place}</span>}
        {story.language && <span className="story-row-language">{story.language}</span>}
        <StateChip state={state} embargoedUntil={story.embargoedUntil} />
        <VersionBadge count={story.versionCount} />
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
