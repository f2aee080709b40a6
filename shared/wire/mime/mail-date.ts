import { toRfc3339 } from '../to-ninjs.ts';

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** RFC 5322's obsolete zone names; military letters are "unknown" by the RFC's own advice, so they are not read. */
const ZONES: Record<string, string> = {
  ut: '+00:00', utc: '+00:00', gmt: '+00:00', z: '+00:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  // Not in the RFC, but European agencies' servers write them.
  cet: '+01:00', cest: '+02:00', bst: '+01:00', wet: '+00:00', west: '+01:00', eet: '+02:00', eest: '+03:00',
};

// [Day,] DD Mon YYYY HH:MM[:SS] zone — comments such as "(PDT)" are removed first.
const DATE = /^(?:[A-Za-z]{2,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-]\d{4}|[A-Za-z]{1,5})?\s*$/;

const pad = (n: number) => String(n).padStart(2, '0');

export interface MailDate {
  /** RFC 3339, e.g. "2015-02-19T17:18:40+11:00". */
  value: string;
  /** Said when the zone had to be assumed. */
  warning?: string;
}

/** A Date header (RFC 5322, with the obsolete forms real servers still send) as RFC 3339, or undefined. */
export function parseMailDate(header: string): MailDate | undefined {
  const text = header.replace(/\([^()]{0,200}\)/g, ' ').replace(/\s+/g, ' ').trim();
  const m = DATE.exec(text);
  if (!m) {
    // Some gateways write ISO 8601 into the Date header.
    const iso = toRfc3339(text);
    return iso === undefined ? undefined : { value: iso };
  }
  const month = MONTHS[(m[2] as string).toLowerCase()];
  if (month === undefined) return undefined;
  let year = Number(m[3]);
  // Two-digit years (RFC 5322 §4.3): 00–49 are 2000s, 50–99 the 1900s; three digits add 1900.
  if ((m[3] as string).length === 2) year += year < 50 ? 2000 : 1900;
  else if ((m[3] as string).length === 3) year += 1900;
  const zoneText = m[7];
  let zone: string | undefined;
  let warning: string | undefined;
  if (zoneText === undefined) {
    zone = '+00:00';
    warning = 'The mail\'s Date has no time zone; UTC was assumed.';
  } else if (/^[+-]\d{4}$/.test(zoneText)) {
    zone = `${zoneText.slice(0, 3)}:${zoneText.slice(3)}`;
  } else {
    zone = ZONES[zoneText.toLowerCase()];
    if (zone === undefined) {
      zone = '+00:00';
      warning = `The mail's Date has a time zone Copydesk does not know ("${zoneText}"); UTC was assumed.`;
    }
  }
  const candidate = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(Number(m[1]))}T${pad(Number(m[4]))}:${m[5]}:${m[6] ?? '00'}${zone}`;
  const value = toRfc3339(candidate);
  if (value === undefined) return undefined;
  // toRfc3339 accepts 31 February; a mail date must exist on the calendar.
  const day = Number(m[1]);
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  return warning === undefined ? { value } : { value, warning };
}
