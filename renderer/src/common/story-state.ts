import type { PubStatus, StoryState } from '../../../shared/model/story.ts';

/**
 * The state an editor must see. The services derive it from every version;
 * an archive written before they did has only the newest version's pubStatus,
 * so that stands in. An embargo whose time has passed is no longer shown,
 * even if the list was fetched before it lifted.
 */
export function effectiveState(
  state: StoryState | undefined,
  pubStatus: PubStatus,
  embargoedUntil: string | null | undefined,
  now: number = Date.now(),
): StoryState {
  const embargoOpen = embargoedUntil ? Date.parse(embargoedUntil) > now : false;
  const derived = state ?? (pubStatus === 'canceled' ? 'killed' : pubStatus === 'withheld' ? 'withheld' : embargoOpen ? 'embargoed' : 'usable');
  if (derived === 'embargoed' && embargoedUntil && !embargoOpen) return 'usable';
  return derived;
}
