import { useEffect, useId, useState } from 'react';
import type { Takedown } from '../../../shared/model/licence.ts';
import { formatUseTime } from '../rights/format-use-time.ts';
import { channelLabel } from '../licences/channel-labels.ts';
import { isOverdue, takedownTitle } from './takedown-text.ts';
import { useMarkTakenDown, useTakedowns, useTakedownsRefresh } from './use-takedowns.ts';

/** Overdue is judged against the clock: look again this often while the banner is up. */
const CLOCK_MS = 60_000;

/**
 * Across the top of the workstation while any use of a killed story is still
 * up: how many, red once one is past its deadline (amber before), and the
 * list of them to take down and mark done one by one.
 */
export function TakedownBanner({ onOpenStory }: { onOpenStory: (storyId: string) => void }) {
  useTakedownsRefresh();
  const takedowns = useTakedowns();
  const [open, setOpen] = useState(false);
  const now = useNow(CLOCK_MS);
  const listId = useId();
  const list = takedowns.data?.takedowns ?? [];
  if (list.length === 0) return null;
  const overdue = list.filter((takedown) => isOverdue(takedown, now)).length;
  return (
    <section className={`takedown-banner${overdue > 0 ? ' is-overdue' : ''}`} aria-label="Takedowns">
      <div className="takedown-head">
        <strong className="takedown-title">{takedownTitle(list.length)}</strong>
        {overdue > 0 && <span className="chip takedown-overdue-chip">{overdue} overdue</span>}
        <button type="button" className="button button-small" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      <ul id={listId} className="takedown-list" hidden={!open} aria-label="Uses to take down">
        {list.map((takedown) => (
          <TakedownRow key={takedown.usage.id} takedown={takedown} now={now} onOpenStory={onOpenStory} />
        ))}
      </ul>
    </section>
  );
}

function TakedownRow({ takedown, now, onOpenStory }: { takedown: Takedown; now: number; onOpenStory: (storyId: string) => void }) {
  const done = useMarkTakenDown();
  const { usage } = takedown;
  const late = isOverdue(takedown, now);
  return (
    <li className={`takedown-row${late ? ' is-overdue' : ''}`}>
      <button type="button" className="link-button takedown-headline" onClick={() => onOpenStory(usage.storyId)}>
        {takedown.storyHeadline}
      </button>
      <span className="chip chip-channel">{channelLabel(usage.channel)}</span>
      <span className="takedown-territory">{usage.territory ?? 'no territory'}</span>
      <span className="takedown-when">
        used <time dateTime={usage.usedAt}>{formatUseTime(usage.usedAt)}</time>
      </span>
      <span className={`takedown-due${late ? ' is-overdue' : ''}`}>
        {takedown.dueBy ? (
          <>
            {late ? 'overdue since ' : 'due by '}
            <time dateTime={takedown.dueBy}>{formatUseTime(takedown.dueBy)}</time>
          </>
        ) : (
          'no deadline set'
        )}
      </span>
      <button
        type="button"
        className="button button-small"
        disabled={done.isPending}
        aria-label={`Mark taken down: ${takedown.storyHeadline}, ${channelLabel(usage.channel)}`}
        onClick={() => done.mutate(usage.id)}
      >
        Mark taken down
      </button>
      {done.error && (
        <span className="takedown-error" role="alert">
          Not marked: {done.error.message}
        </span>
      )}
    </li>
  );
}

/** The time now, updated every `intervalMs`. */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
