import type { Usage } from '../model/licence.ts';

/**
 * The usage report as CSV (RFC 4180), for the distributor's royalty statement.
 * Headlines and credits come from wire copy, which is hostile: a cell a
 * spreadsheet would run as a formula is written as text.
 */

const HEADER = [
  'date',
  'story id',
  'version id',
  'headline',
  'channel',
  'territory',
  'modified',
  'translated',
  'excerpt words',
  'licence reference',
  'attribution',
  'recorded by',
  'recorded at',
  'override reason',
] as const;

/** What spreadsheets read as the start of a formula (OWASP's list: tab and carriage return too). */
const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

function cell(value: string | number | boolean | null): string {
  let text = value === null ? '' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function row(values: readonly (string | number | boolean | null)[]): string {
  return `${values.map(cell).join(',')}\r\n`;
}

/** Header row first, one row per use, every line ended by CRLF. */
export function usageReportCsv(usages: readonly Usage[]): string {
  const rows = usages.map((u) =>
    row([
      u.usedAt,
      u.storyId,
      u.versionId,
      u.headline,
      u.channel,
      u.territory,
      u.modified,
      u.translated,
      u.excerptWords,
      u.licenceReference,
      u.attribution,
      u.user,
      u.recordedAt,
      u.overrideReason,
    ]),
  );
  return row(HEADER) + rows.join('');
}
