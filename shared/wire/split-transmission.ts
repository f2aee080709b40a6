import { headerLineCount } from './transmission-header.ts';

/** ANPA-1312 and IPTC 7901 framing characters (both inherit them from teleprinter links). */
export const SOH = '\u0001';
export const STX = '\u0002';
export const ETX = '\u0003';
export const EOT = '\u0004';

const OPENS_TRANSMISSION = /^\s*\u0016*[\u0001\u0002]/;

/**
 * True when text opens like a wire transmission: SOH (after optional SYN fill),
 * or STX where a gateway cut the header off.
 */
export function opensTransmission(text: string): boolean {
  return OPENS_TRANSMISSION.test(text.slice(0, 64));
}

/** One transmission cut into the parts the standards define. */
export interface TransmissionParts {
  /** Header lines, SOH to STX, control characters kept (the ANPA header reads them). */
  header: string[];
  /** The copy, STX to ETX. */
  text: string;
  /** The first line after ETX: the agency's time stamp. */
  trailer: string;
  hasHeader: boolean;
  hasEtx: boolean;
}

/** Where a transmission may start: at the top, a line start, or right after another one ends. */
const BEFORE_SOH = new Set(['\n', '\u0016', EOT, ETX, '\u000c', '\u007f', '\u0000']);

/**
 * A file's transmissions, one string each (starting after SOH), at most `max`
 * (`more` says there were others). SOH in the
 * middle of a line is line noise, not a new story, so it does not split. A
 * file without SOH is one header-less transmission.
 */
export function splitTransmissions(input: string, max: number): { opened: boolean; segments: string[]; more: boolean } {
  const starts: number[] = [];
  let at = input.indexOf(SOH);
  for (; at >= 0 && starts.length < max; at = input.indexOf(SOH, at + 1)) {
    if (at === 0 || BEFORE_SOH.has(input.charAt(at - 1))) starts.push(at);
  }
  if (starts.length === 0) return { opened: false, segments: [input], more: false };
  const more = at >= 0;
  const end = more ? at : input.length;
  const segments = starts.map((start, i) => input.slice(start + 1, starts[i + 1] ?? end));
  return { opened: true, segments, more };
}

const TRAILER_NOISE = /[\u0000-\u001f\u007f]+/g;

/** Header, text and trailer of one transmission (as split by {@link splitTransmissions}). */
export function transmissionParts(segment: string, opened: boolean): TransmissionParts {
  const eot = segment.indexOf(EOT);
  const whole = eot >= 0 ? segment.slice(0, eot) : segment;
  const stx = whole.indexOf(STX);
  let header: string[] = [];
  let rest: string;
  if (stx >= 0) {
    header = whole.slice(0, stx).split('\n');
    rest = whole.slice(stx + 1);
  } else if (opened) {
    // No STX: the header is the lines that read as header lines; the copy follows.
    const lines = whole.split('\n');
    const count = headerLineCount(lines);
    header = lines.slice(0, count);
    rest = lines.slice(count).join('\n');
  } else {
    rest = whole;
  }
  const etx = rest.indexOf(ETX);
  const text = etx >= 0 ? rest.slice(0, etx) : rest;
  let trailer = '';
  if (etx >= 0) {
    const after = rest.slice(etx + 1, etx + 400).split('\n');
    trailer = after.map((l) => l.replace(TRAILER_NOISE, ' ').trim()).find((l) => l !== '') ?? '';
  }
  return { header, text, trailer, hasHeader: header.some((l) => l.trim() !== ''), hasEtx: etx >= 0 };
}
