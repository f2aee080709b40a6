import type { StoryState } from '../../../shared/model/story.ts';
import { formatEmbargoTime } from './format-time.ts';

/** KILLED, EMBARGOED until…, CORRECTED, WITHHELD: nothing for a usable story unless asked. */
export function StateChip({
  state,
  embargoedUntil,
  showUsable = false,
}: {
  state: StoryState;
  embargoedUntil?: string | null | undefined;
  showUsable?: boolean;
}) {
  if (state === 'usable' && !showUsable) return null;
  const label = state === 'embargoed' && embargoedUntil ? `embargoed until ${formatEmbargoTime(embargoedUntil)}` : state;
  return <span className={`chip chip-state-${state}`}>{label}</span>;
}
