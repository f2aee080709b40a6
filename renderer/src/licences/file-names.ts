/** Keeps a name safe on every file system: letters, digits, dot, dash and underscore. */
function safePart(text: string): string {
  const safe = text.trim().replace(/[^A-Za-z0-9._-]+/gu, '-').replace(/^[-.]+|-+$/gu, '');
  return safe === '' ? 'licence' : safe.slice(0, 100);
}

/** `copydesk-licences-2026-11-29.json`: the export, named for the day it was made (the editor's own calendar). */
export function licenceExportFileName(now: Date = new Date()): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `copydesk-licences-${day}.json`;
}

/** `usage-EFE-NE-2026-2026-11.csv`: the report of one licence for one month. */
export function usageCsvFileName(reference: string, month: string): string {
  return `usage-${safePart(reference)}-${month}.csv`;
}
