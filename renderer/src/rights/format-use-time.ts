const dayAndTime = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * When a story was used, or a takedown is due: always the day and the time,
 * even today, since these lines end up compared with statements and deadlines.
 */
export function formatUseTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dayAndTime.format(date);
}
