/**
 * MIME is defined over bytes: boundaries, headers and transfer encodings are
 * ASCII, but each part's bytes are in that part's own charset. The mail code
 * works on a *byte string*: a JS string holding one byte (0–255) per code unit,
 * so ASCII structure can be searched with ordinary string methods and each
 * part's bytes are decoded only once its charset is known.
 */

const CHUNK = 8192;

export function bytesToByteString(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + CHUNK))));
  }
  return parts.join('');
}

export function byteStringToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** UTF-8 bytes of a string, as a byte string (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8ByteString(text: string): string {
  const out: number[] = [];
  const parts: string[] = [];
  const flush = () => {
    parts.push(String.fromCharCode(...out));
    out.length = 0;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    if (out.length >= CHUNK) flush();
  }
  flush();
  return parts.join('');
}

/** Windows-1252's 0x80–0x9F row read backwards: the character decodeWindows1252 gives → its byte. */
const CP1252_BYTE = new Map<number, number>([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87], [0x02c6, 0x88],
  [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93],
  [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b],
  [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

/**
 * The bytes that decodeWindows1252 turned into this text, or undefined when the
 * text holds a character that decoding can never produce. Exact: every byte
 * maps to its own character (the five undefined bytes to C1 controls).
 */
export function cp1252ByteString(text: string): string | undefined {
  const parts: string[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff) continue;
    const b = CP1252_BYTE.get(c);
    if (b === undefined) return undefined;
    parts.push(text.slice(run, i), String.fromCharCode(b));
    run = i + 1;
  }
  if (run === 0) return text;
  parts.push(text.slice(run));
  return parts.join('');
}

/** True when the byte string is well-formed UTF-8 (and so was, or would have been, decoded as UTF-8). */
export function isUtf8(bytes: string): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes.charCodeAt(i);
    if (b < 0x80) continue;
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return false;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes.charCodeAt(i + k);
      if (!(c >= 0x80 && c <= 0xbf)) return false;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return false;
    i += need;
  }
  return true;
}

/** True when any byte is 8-bit. */
export function hasHighBytes(bytes: string): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes.charCodeAt(i) >= 0x80) return true;
  return false;
}
