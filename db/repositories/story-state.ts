import type { PubStatus, StoryState, WireStory } from '../../shared/model/story.ts';

/**
 * Signals say the same thing in many spellings: IPTC qcodes ("sig:correction"),
 * ANPA/7901 take keys, NewsML 1.2 status words. Compared without prefix or case.
 */
const KILL_SIGNALS = new Set(['kill', 'killed', 'withdrawal', 'withdrawn', 'withdraw', 'elimination', 'eliminate']);
const CORRECTION_SIGNALS = new Set(['correction', 'corrected', 'correct', 'corr', 'corrective']);

function signalWord(signal: string): string {
  return signal.slice(signal.lastIndexOf(':') + 1).trim().toLowerCase();
}

/** A kill or withdrawal: the story must not be used, whatever arrives after it. */
export function declaresKill(story: Pick<WireStory, 'pubStatus' | 'signals'>): boolean {
  return story.pubStatus === 'canceled' || (story.signals ?? []).some((s) => KILL_SIGNALS.has(signalWord(s)));
}

export function declaresCorrection(story: Pick<WireStory, 'signals'>): boolean {
  return (story.signals ?? []).some((s) => CORRECTION_SIGNALS.has(signalWord(s)));
}

/**
 * A wire time as ISO 8601 UTC, so that times from different offsets compare as
 * text (the latest embargo of all versions is a max() in SQL). A value that is
 * not a time is kept as sent: the editor still sees it, and it never lifts.
 */
export function normaliseInstant(text: string | undefined): string | null {
  if (text === undefined || text.trim() === '') return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : text;
}

/** What all versions of a story say together, as the archive keeps it. */
export interface StateFacts {
  /** Any version is a kill or withdrawal. */
  killed: boolean;
  /** Any version is a correction. */
  corrected: boolean;
  /** The current (highest) version's pubStatus: a hold is lifted by a later usable version. */
  currentPubStatus: PubStatus;
  /** The latest embargo any version declared: an embargo is never lost to an update that does not repeat it. */
  embargoedUntil: string | null;
}

/** The embargo still holds at `nowMs`; one that cannot be read as a time holds until an editor decides. */
export function embargoHolds(embargoedUntil: string | null, nowMs: number): boolean {
  if (embargoedUntil === null) return false;
  const until = Date.parse(embargoedUntil);
  return !Number.isFinite(until) || until > nowMs;
}

/** Where a story stands at `nowMs`, the most restrictive first. Derived at read time, so an embargo lifts without a write. */
export function deriveStoryState(facts: StateFacts, nowMs: number): StoryState {
  if (facts.killed) return 'killed';
  if (facts.currentPubStatus === 'withheld') return 'withheld';
  if (embargoHolds(facts.embargoedUntil, nowMs)) return 'embargoed';
  if (facts.corrected) return 'corrected';
  return 'usable';
}
