/** A calendar date as the trailer prints it (the sender's local date). */
export interface PrintedDate {
  year: number;
  month: number;
  day: number;
}

export interface TrailerTime {
  /** The moment as RFC 3339, when the trailer names a zone Copydesk knows. */
  stamp?: string;
  date: PrintedDate;
  /** The agency a trailer such as "AP-WF-11-13-13 1509GMT" starts with. */
  agency?: string;
  /** Why no stamp was recorded, in words an editor understands. */
  warning?: string;
}

/** Minutes east of UTC for the zone abbreviations wire trailers print. Ambiguous ones (IST) are left out. */
const ZONES: Record<string, number> = {
  GMT: 0, UTC: 0, UT: 0, Z: 0, WET: 0,
  BST: 60, CET: 60, MEZ: 60, WEST: 60,
  CEST: 120, MESZ: 120, EET: 120, SAST: 120,
  EEST: 180, MSK: 180,
  // US agencies' trailers: CST is Central, not China, Standard Time.
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150,
  JST: 540, KST: 540, HKT: 480, SGT: 480, AWST: 480, ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

/** North American zones printed without saying standard or daylight time ("16:35ET"): standard offsets. */
const US_GENERIC: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, mär: 3, mrz: 3, apr: 4, may: 5, mai: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, okt: 10, nov: 11, dec: 12, dez: 12,
};

export function daysInMonth(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(d: PrintedDate): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.month, d.year);
}

/** Two-digit years: wire archives reach back to the 1970s, so 70–99 are 19xx. */
export function fullYear(printed: string): number {
  const n = Number(printed);
  if (printed.length > 2) return n;
  return n >= 70 ? 1900 + n : 2000 + n;
}

function dayOfWeek(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function nthSunday(y: number, m: number, n: number): number {
  const first = 1 + ((7 - dayOfWeek(y, m, 1)) % 7);
  return first + 7 * (n - 1);
}

function lastSunday(y: number, m: number): number {
  const last = daysInMonth(m, y);
  return last - dayOfWeek(y, m, last);
}

/** US daylight saving time at a local date and hour (the 2007 rules, and the 1987–2006 ones before). */
function usDaylight(d: PrintedDate, hour: number): boolean {
  const [startMonth, startDay, endMonth, endDay] =
    d.year >= 2007 ? [3, nthSunday(d.year, 3, 2), 11, nthSunday(d.year, 11, 1)] : [4, nthSunday(d.year, 4, 1), 10, lastSunday(d.year, 10)];
  const key = d.month * 10000 + d.day * 100 + hour;
  return key >= startMonth * 10000 + startDay * 100 + 2 && key < endMonth * 10000 + endDay * 100 + 2;
}

function offsetOf(zone: string | undefined, date: PrintedDate, hour: number): number | undefined {
  if (zone === undefined) return undefined;
  const z = zone.toUpperCase();
  const fixed = ZONES[z];
  if (fixed !== undefined) return fixed;
  const generic = US_GENERIC[z];
  if (generic === undefined) return undefined;
  return usDaylight(date, hour) ? generic + 60 : generic;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function build(date: PrintedDate, hour: number, minute: number, zone: string | undefined, agency?: string): TrailerTime | undefined {
  if (!isRealDate(date) || hour > 23 || minute > 59) return undefined;
  const time: TrailerTime = { date };
  if (agency !== undefined) time.agency = agency;
  const offset = offsetOf(zone, date, hour);
  if (offset === undefined) {
    time.warning =
      zone === undefined
        ? 'The time stamp after the copy names no time zone, so no version time was recorded.'
        : `The time stamp after the copy names a time zone Copydesk does not know ("${zone}"), so no version time was recorded.`;
    return time;
  }
  time.stamp = `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}T${pad(hour)}:${pad(minute)}:00${formatOffset(offset)}`;
  return time;
}

// AP and ANPA senders: "AP-WF-11-13-13 1509GMT", "AP-NY-10-12-13 1845EDT" (agency, desk, mm-dd-yy, hhmm, zone).
const AGENCY_DESK = /^([A-Za-z]{1,6})-([A-Za-z0-9]{1,4})-(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})\s+(\d{2}):?(\d{2})\s*([A-Za-z]{1,5})?\b/;
// IPTC 7901 senders (dpa): "131137 GMT Nov 13" — day, hour, minute, zone, month, two-digit year.
const DAY_TIME = /^(\d{2})(\d{2})(\d{2})\s*([A-Za-z]{1,5})?\s+([A-Za-zä]{3,9})\.?\s+(\d{4}|\d{2})\b/;
// Canadian Press: "16:35ET 31-10-14" — time, zone, dd-mm-yy.
const TIME_FIRST = /^(\d{1,2}):(\d{2})\s*([A-Za-z]{1,5})\s+(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})\b/;

/** Reads the time stamp a transmission ends with (the line after ETX). */
export function readTrailerTime(trailer: string): TrailerTime | undefined {
  const t = trailer.slice(0, 80).trim();
  const a = AGENCY_DESK.exec(t);
  if (a) {
    const date = { year: fullYear(a[5] as string), month: Number(a[3]), day: Number(a[4]) };
    return build(date, Number(a[6]), Number(a[7]), a[8], (a[1] as string).toUpperCase());
  }
  const b = DAY_TIME.exec(t);
  if (b) {
    const month = MONTHS[(b[5] as string).slice(0, 3).toLowerCase()];
    if (month === undefined) return undefined;
    return build({ year: fullYear(b[6] as string), month, day: Number(b[1]) }, Number(b[2]), Number(b[3]), b[4]);
  }
  const c = TIME_FIRST.exec(t);
  if (c) {
    return build({ year: fullYear(c[6] as string), month: Number(c[5]), day: Number(c[4]) }, Number(c[1]), Number(c[2]), c[3]);
  }
  return undefined;
}
