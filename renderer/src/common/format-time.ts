const sameDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const sameYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const otherYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });
// A bare ISO date parses as UTC midnight: format it in UTC or it slips a day west of Greenwich.
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });

/** Compact, for a list row: the time today, the day this year, the full date before. */
export function formatListTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (date.toDateString() === now.toDateString()) return sameDay.format(date);
  if (date.getFullYear() === now.getFullYear()) return sameYear.format(date);
  return otherYear.format(date);
}

/** Long, for the reading pane; a bare date (no time in the copy) stays a date. */
export function formatFullTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? dateOnly.format(date) : full.format(date);
}

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const clockSeconds = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const dayAndClock = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const yearAndClock = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** When an embargo lifts, always with the time: "09:00" today, "4 Mar, 09:00" another day. */
export function formatEmbargoTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (date.toDateString() === now.toDateString()) return clock.format(date);
  if (date.getFullYear() === now.getFullYear()) return dayAndClock.format(date);
  return yearAndClock.format(date);
}

/** A line of the ingest log: files arrive seconds apart, so today's show the seconds. */
export function formatLogTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (date.toDateString() === now.toDateString()) return clockSeconds.format(date);
  if (date.getFullYear() === now.getFullYear()) return dayAndClock.format(date);
  return yearAndClock.format(date);
}
