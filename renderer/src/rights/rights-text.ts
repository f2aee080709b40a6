import type { RightsDecision } from '../../../shared/model/licence.ts';
import { daysBetween, formatDay, relativeDays } from '../licences/licence-dates.ts';

/** "Licence ends on 31 Dec 2026 (in 12 days)"; once past, "Licence ended on 31 Dec 2025 (3 days ago)". */
export function expiryWarning(expiresOn: string, today: string): string {
  const days = daysBetween(today, expiresOn);
  return days < 0
    ? `Licence ended on ${formatDay(expiresOn)} (${relativeDays(days)})`
    : `Licence ends on ${formatDay(expiresOn)} (${relativeDays(days)})`;
}

/**
 * Why no override can allow a use: the story's own restriction, in words.
 * null when the decision can be overridden (or allows the use).
 */
export function whyNotOverridable(decision: Pick<RightsDecision, 'allowed' | 'overridable' | 'reasons'>): string | null {
  if (decision.allowed || decision.overridable) return null;
  const codes = new Set(decision.reasons.filter((reason) => reason.blocking).map((reason) => reason.code));
  if (codes.has('killed')) return 'A killed story cannot be republished.';
  if (codes.has('withheld')) return 'The agency has withheld this story: it cannot be republished until the agency releases it.';
  if (codes.has('embargo')) return 'An embargoed story cannot be republished before its embargo lifts.';
  return 'This block cannot be overridden.';
}

/** Shortest reason an override may carry, as usage.record requires. */
export const MIN_OVERRIDE_REASON = 3;

export function overrideReasonReady(reason: string): boolean {
  return reason.trim().length >= MIN_OVERRIDE_REASON;
}
