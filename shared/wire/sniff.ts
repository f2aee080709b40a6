import { opensTransmission } from './split-transmission.ts';
import type { WireError } from './types.ts';

/** Wire stories are kilobytes; a file this big is not one, and reading it would stall the batch. */
export const MAX_WIRE_FILE_BYTES = 20 * 1024 * 1024;

/** Above this share of control characters the file is data, not copy. */
const MAX_CONTROL_SHARE = 0.1;

const MAGIC: ReadonlyArray<{ bytes: number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (or a Word/OpenDocument file)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office document' },
];

/** Checks that need only the raw bytes: size and well-known binary signatures. */
export function sniffBytes(bytes: Uint8Array): WireError | undefined {
  if (bytes.length === 0) return { code: 'empty', message: 'the file is empty (0 bytes)' };
  if (bytes.length > MAX_WIRE_FILE_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1);
    return {
      code: 'too-large',
      message: `the file is ${mb} MB; wire files larger than ${MAX_WIRE_FILE_BYTES / (1024 * 1024)} MB are not read`,
    };
  }
  for (const { bytes: magic, what } of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) {
      return { code: 'binary', message: `the file is ${what}, not wire copy` };
    }
  }
  return undefined;
}

const ANY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

function isControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * The codes an ANPA-1312 / IPTC 7901 transmission is built from: framing (SOH,
 * STX, ETX, EOT, SYN fill, DEL fill), the format identifier (DC1–DC4), agate
 * table marks (BS, DLE, RS, US) and page ends (VT, FF). A short kill notice or
 * an agate table is full of them and is still copy.
 */
const TRANSMISSION_CODES = new Set([0x01, 0x02, 0x03, 0x04, 0x08, 0x0b, 0x0c, 0x10, 0x11, 0x12, 0x13, 0x14, 0x16, 0x1e, 0x1f, 0x7f]);

/** Checks on the decoded text: nothing but blank space, or binary data that happened to decode. */
export function sniffText(text: string): WireError | undefined {
  if (text.trim() === '') return { code: 'empty', message: 'the file holds only blank space' };
  if (text.includes('\u0000')) return { code: 'binary', message: 'the file holds binary data (NUL bytes), not text' };
  if (!ANY_CONTROL.test(text)) return undefined;
  const transmission = opensTransmission(text);
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControl(code) && !(transmission && TRANSMISSION_CODES.has(code))) controls++;
  }
  if (controls / text.length > MAX_CONTROL_SHARE) {
    return { code: 'binary', message: 'the file holds binary data (mostly control characters), not text' };
  }
  return undefined;
}
