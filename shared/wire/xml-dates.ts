import { toRfc3339 } from './to-ninjs.ts';

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/** US zone names RSS feeds still write, and the European ones agencies add. */
const ZONES: Record<string, string> = {
  gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00',
  pst: '-08:00', pdt: '-07:00', cet: '+01:00', cest: '+02:00', met: '+01:00', mest: '+02:00', eet: '+02:00', eest: '+03:00', wet: 'Z', west: '+01:00',
};

// "Tue, 03 Nov 2021 14:05:00 GMT", "3 Nov 2021 14:05 +0100", "Tue, 3 November 21 14:05:00 EST".
const RFC_2822 = /^(?:[A-Za-z]{2,9}\.?,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([+-]\d{2}:?\d{2})|([A-Za-z]{1,5}))?$/;

function rfc2822ToRfc3339(value: string): string | undefined {
  const m = RFC_2822.exec(value);
  if (!m) return undefined;
  const [, day, monthName, yearText, hour, minute, second = '00', offset, zoneName] = m;
  const month = MONTHS[(monthName as string).slice(0, 3).toLowerCase()];
  if (month === undefined) return undefined;
  const year = (yearText as string).length === 2 ? (Number(yearText) >= 50 ? `19${yearText}` : `20${yearText}`) : (yearText as string);
  // An unknown zone name is read as UTC, as a timestamp without a zone is.
  const zone = offset ?? (zoneName !== undefined ? (ZONES[zoneName.toLowerCase()] ?? 'Z') : 'Z');
  return toRfc3339(`${year}-${month}-${(day as string).padStart(2, '0')}T${(hour as string).padStart(2, '0')}:${minute}:${second}${zone}`);
}

/**
 * A wire or feed timestamp as RFC 3339: ISO 8601 in full or compact form
 * (NITF's 20131011T154500+0100, NewsML's 20210516T080625Z) or RFC 822/2822
 * as RSS writes it. Undefined when the value is no valid timestamp.
 */
export function wireDateTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const t = value.trim();
  if (t === '' || t.length > 64) return undefined;
  return toRfc3339(t) ?? rfc2822ToRfc3339(t);
}
