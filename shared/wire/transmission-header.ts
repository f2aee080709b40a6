import { knownAgency } from './agencies.ts';

/** What the header lines of an ANPA-1312 or IPTC 7901 transmission say. */
export interface TransmissionHeader {
  kind?: 'anpa1312' | 'iptc7901';
  /** ANPA service level designator ("W"), or the 7901 source/service code ("eca"). */
  service?: string;
  /** The station's message number. */
  sequence?: string;
  /** ANPA selector codes (who the story is routed to). */
  selector?: string;
  /** As printed: an ANPA letter ("r") or a 7901 digit ("4"). */
  priority?: string;
  category?: string;
  /** The format identifier says tabular (DC2): the copy is agate, tables throughout. */
  tabular: boolean;
  /** ANPA keyword field: the slug, spaces removed, cut to 24 characters. */
  keyword?: string;
  /** ANPA version and reference fields ("1stLd-Writethru"). */
  takeKeys: string[];
  /** ANPA filing date as printed ("11-13"): month and day, no year. */
  filingDate?: string;
  wordCount?: number;
  /** 7901: the agency named in the header line ("dpa"). */
  agency?: string;
  /** 7901: the keyword lines above the text ("Germany-politics/"), slash removed. */
  sluglines: string[];
}

// Header lines are short by definition; capping them keeps every pattern below linear on hostile input.
const MAX_HEADER_LINE = 200;

const ANPA_LINE1 = /^\u0016*([A-Za-z])?(\d{1,5})([^\u001f\n]{0,20})\u001f([^\u0000-\u001f]{0,40})/;
// Priority, space, category, then the format identifier (DC3 body / DC4 agate, DC1 text / DC2 tabular).
const ANPA_LINE2 = /^([A-Za-z]) ([A-Za-z]{1,2})([\u0013\u0014]?)([\u0011\u0012]?) ?(.*)$/;
const ANPA_FIELDS = /^(\S+)(.*?)(?:\s(\d{1,2}-\d{1,2}))?(?:\s+(\d{1,5}))?\s*$/;
const IPTC_LINE1 = /^([A-Za-z]{0,8})(\d{1,6})[ \t]+(\d)[ \t]+([A-Za-z]{1,3})[ \t]+(\d{1,6})\b[ \t]*(.*)$/;
const CONTROLS = /[\u0000-\u001f\u007f]/g;

function clean(line: string): string {
  return line.slice(0, MAX_HEADER_LINE).replace(/\r/g, '');
}

/** 7901's keyword line: a slug ending in "/" ("Germany-politics/", "American Football/NFL/"). */
function slugLine(line: string): string | undefined {
  const t = line.replace(CONTROLS, '').trim();
  if (t.length < 2 || t.length > 100 || !t.endsWith('/')) return undefined;
  return t.slice(0, -1).trim() || undefined;
}

/** The agency among the 7901 header's trailing fields: "ccccb   dpa 061" → dpa; "dpa-tns" → dpa. */
function agencyIn(fields: string): string | undefined {
  for (const token of fields.split(/\s+/).slice(0, 8)) {
    const known = knownAgency(token) ?? knownAgency(token.split(/[-/]/)[0] ?? '');
    if (known !== undefined) return known;
  }
  return undefined;
}

function readAnpaLine2(line: string, header: TransmissionHeader): void {
  const m = ANPA_LINE2.exec(line);
  if (!m) return;
  header.priority = (m[1] as string).toLowerCase();
  header.category = (m[2] as string).toLowerCase();
  header.tabular = m[4] === '\u0012';
  const fields = ANPA_FIELDS.exec((m[5] as string).replace(CONTROLS, ' ').trim());
  if (!fields) return;
  header.keyword = fields[1] as string;
  const middle = (fields[2] as string).trim();
  if (middle !== '') header.takeKeys.push(...middle.split(/\s+/));
  if (fields[3] !== undefined) header.filingDate = fields[3];
  if (fields[4] !== undefined) header.wordCount = Number(fields[4]);
}

/** How many of a STX-less transmission's first lines are header lines. */
export function headerLineCount(lines: readonly string[]): number {
  const first = clean(lines[0] ?? '');
  let n = 1;
  if (ANPA_LINE1.test(first) && ANPA_LINE2.test(clean(lines[1] ?? ''))) n = 2;
  while (n < lines.length && n < 12) {
    const line = lines[n] as string;
    if (line.replace(CONTROLS, '').trim() !== '' && slugLine(line) === undefined) break;
    n++;
  }
  return n;
}

/** Reads the header lines (SOH to STX). Lenient: fields it cannot read stay unset. */
export function readHeader(lines: readonly string[]): TransmissionHeader {
  const header: TransmissionHeader = { tabular: false, takeKeys: [], sluglines: [] };
  const first = clean(lines[0] ?? '');
  let next = 1;
  const anpa = ANPA_LINE1.exec(first);
  const iptc = anpa ? null : IPTC_LINE1.exec(first.replace(CONTROLS, ' ').trim());
  if (anpa) {
    header.kind = 'anpa1312';
    if (anpa[1] !== undefined) header.service = anpa[1];
    header.sequence = anpa[2] as string;
    const selector = (anpa[4] as string).trim();
    if (selector !== '') header.selector = selector;
    readAnpaLine2(clean(lines[1] ?? ''), header);
    next = 2;
  } else if (iptc) {
    header.kind = 'iptc7901';
    if (iptc[1] !== '') header.service = iptc[1];
    header.sequence = iptc[2] as string;
    header.priority = iptc[3] as string;
    header.category = (iptc[4] as string).toLowerCase();
    header.wordCount = Number(iptc[5]);
    const agency = agencyIn((iptc[6] as string).trim());
    if (agency !== undefined) header.agency = agency;
  } else if (ANPA_LINE2.test(first)) {
    // Line 1 lost in transit: the priority line alone still marks ANPA.
    header.kind = 'anpa1312';
    readAnpaLine2(first, header);
  }
  for (const line of lines.slice(next, 24)) {
    const slug = slugLine(clean(line));
    if (slug !== undefined) header.sluglines.push(slug);
  }
  return header;
}

/**
 * ANPA priority letters → IPTC urgency (1 most urgent … 9 least), on the IIM
 * scale where 5 is normal: flash, bulletin and urgent take 1–3, regular copy
 * the normal 5, advances (held for a later cycle) 6, deferred copy 7, reruns 8.
 */
const ANPA_URGENCY: Record<string, number> = { f: 1, b: 2, u: 3, r: 5, a: 6, s: 6, d: 7, h: 7, y: 8 };

/**
 * The urgency a header's priority means. IPTC 7901 priorities are already
 * digits on a 1-is-most-urgent scale (1 flash … 4 routine … 6 and up low), so
 * they map one to one.
 */
export function urgencyOf(header: TransmissionHeader): number | undefined {
  const p = header.priority;
  if (p === undefined) return undefined;
  if (/^[1-9]$/.test(p)) return Number(p);
  return ANPA_URGENCY[p.toLowerCase()];
}
