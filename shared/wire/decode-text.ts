/** The encodings Copydesk recognises in plain-text wire files. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** The text with CRLF and lone CR normalised to LF, BOM removed. */
  text: string;
  encoding: TextEncodingName;
  /** True when the file started with a byte order mark. */
  bom: boolean;
  /** What an editor should know about the decoding (e.g. a fallback was used). */
  warnings: string[];
}

export type DecodeResult = { ok: true; decoded: DecodedText } | { ok: false; message: string };

/**
 * Windows-1252's 0x80–0x9F row; everything else maps byte-for-byte to U+0000–U+00FF.
 * The five bytes the code page leaves undefined map to the C1 controls, as the
 * WHATWG Encoding Standard does. Written out here rather than asking TextDecoder
 * for 'windows-1252': some Node builds quietly decode that label as ISO-8859-1,
 * turning curly quotes and dashes into invisible C1 controls.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number;
    out[i + 1] = bytes[i] as number;
  }
  return out;
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  if (body.length % 2 !== 0) {
    return { ok: false, message: `the file announces ${encoding.toUpperCase()} text but has an odd number of bytes` };
  }
  // Big-endian is decoded by swapping to little-endian: 'utf-16le' is the one UTF-16 label every TextDecoder knows.
  const le = encoding === 'utf-16le' ? body : swapBytePairs(body);
  try {
    const text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le);
    return { ok: true, decoded: { text: normaliseNewlines(text), encoding, bom: true, warnings: [] } };
  } catch {
    return { ok: false, message: `the file announces ${encoding.toUpperCase()} text but holds invalid ${encoding.toUpperCase()} sequences` };
  }
}

/**
 * Bytes → text. UTF-8 (with or without BOM) is tried strictly first; bytes that
 * are not valid UTF-8 are read as Windows-1252, which covers ISO-8859-1's printable
 * range and the curly quotes and dashes agencies' Windows systems emit.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');

  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, decoded: { text: normaliseNewlines(text), encoding: 'utf-8', bom, warnings: [] } };
  } catch {
    // fall through
  }
  if (bom) {
    // The file says it is UTF-8, so a code-page guess would garble its valid parts.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    return {
      ok: true,
      decoded: {
        text: normaliseNewlines(text),
        encoding: 'utf-8',
        bom,
        warnings: ['The file is marked as UTF-8 but holds invalid UTF-8 bytes; they were replaced with �.'],
      },
    };
  }
  return {
    ok: true,
    decoded: {
      text: normaliseNewlines(decodeWindows1252(body)),
      encoding: 'windows-1252',
      bom: false,
      warnings: ['The file is not UTF-8; it was read as Windows-1252 (Western European).'],
    },
  };
}
