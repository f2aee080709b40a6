import { formatDay } from '../../../shared/rights/describe-licence.ts';

/**
 * Licence dates are whole calendar days in UTC (validFrom and validTo are
 * inclusive), so "today" and "this month" are taken in UTC too: a licence
 * does not end at a different moment on each laptop's clock. Days are written
 * as the rights messages write them ("31 Dec 2026").
 */
export { formatDay };

const DAY_MS = 86_400_000;

/** Today, YYYY-MM-DD, in UTC. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** This month, YYYY-MM, in UTC. */
export function monthUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 7);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD): negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** "November 2026" for 2026-11. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/u.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A licence's span: "1 Jan 2026 – 31 Dec 2026", or "from 1 Jan 2026" when open-ended. */
export function formatValidity(validFrom: string, validTo: string | null): string {
  return validTo === null ? `from ${formatDay(validFrom)}` : `${formatDay(validFrom)} – ${formatDay(validTo)}`;
}

/** "in 12 days", "tomorrow", "today", "yesterday", "3 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
