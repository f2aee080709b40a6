/** Content-Transfer-Encoding and RFC 2047 payloads → bytes (as byte strings). Lenient, as real mail needs. */

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/**
 * Quoted-printable (RFC 2045 §6.7): "=XX" is a byte, "=" at a line end is a
 * soft break. A stray "=" is kept as written, as mail readers do.
 */
export function decodeQuotedPrintable(input: string): string {
  return decodeEscapes(trimLineEnds(input));
}

/** Trailing whitespace on an encoded line was added in transport, not written. (A loop: a regex here goes quadratic on long runs of spaces.) */
function trimLineEnds(text: string): string {
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    let end = line.length;
    while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--;
    if (end < line.length) lines[n] = line.slice(0, end);
  }
  return lines.join('\n');
}

function decodeEscapes(text: string): string {
  const out: string[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 0x3d) continue;
    out.push(text.slice(run, i));
    const a = hexValue(text.charCodeAt(i + 1));
    const b = hexValue(text.charCodeAt(i + 2));
    if (a >= 0 && b >= 0) {
      out.push(String.fromCharCode(a * 16 + b));
      i += 2;
    } else if (text.charCodeAt(i + 1) === 0x0a) {
      i += 1;
    } else if (text.charCodeAt(i + 1) === 0x0d && text.charCodeAt(i + 2) === 0x0a) {
      i += 2;
    } else {
      out.push('=');
    }
    run = i + 1;
  }
  out.push(text.slice(run));
  return out.join('');
}

const BASE64_VALUE = new Int16Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => (BASE64_VALUE[c.charCodeAt(0)] = i));
// The URL-safe alphabet turns up in mail made by web services.
BASE64_VALUE['-'.charCodeAt(0)] = 62;
BASE64_VALUE['_'.charCodeAt(0)] = 63;

/** Base64: characters outside the alphabet (line breaks, junk) are skipped; missing padding is forgiven. */
export function decodeBase64(input: string): string {
  const out: number[] = [];
  const parts: string[] = [];
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x3d) break; // padding: the data has ended
    const v = c < 128 ? (BASE64_VALUE[c] as number) : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
      if (out.length >= 8192) {
        parts.push(String.fromCharCode(...out));
        out.length = 0;
      }
    }
  }
  parts.push(String.fromCharCode(...out));
  return parts.join('');
}

/** The "Q" encoding of RFC 2047 encoded words: quoted-printable where "_" is a space. */
export function decodeQEncoding(input: string): string {
  return decodeEscapes(input.replace(/_/g, ' '));
}
