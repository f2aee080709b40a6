import { decodeWindows1252 } from '../decode-text.ts';
import { byteStringToBytes, hasHighBytes, isUtf8 } from './byte-string.ts';

export interface CharsetText {
  text: string;
  /** Said when the declared charset was missing, unknown or wrong. */
  warning?: string;
  /**
   * Why the warning was given. 'not-utf8' and 'no-charset' are the guesses that
   * depend on knowing the exact bytes, which a caller working from decoded text may not.
   */
  problem?: 'no-charset' | 'unknown-charset' | 'not-utf8' | 'utf8-under-other-label' | 'unsafe-charset';
}

/** The charset label as MIME writes it, without quotes or an RFC 2231 language ("utf-8*en"). */
export function charsetLabel(label: string | undefined): string | undefined {
  const clean = label?.trim().replace(/^["']|["']$/g, '').replace(/\*.*$/, '').trim().toLowerCase();
  return clean === '' ? undefined : clean;
}

function utf8(bytes: string): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(byteStringToBytes(bytes));
}

/** Whether the bytes hold characters UTF-8 spells with more than one byte (and nothing invalid). */
function isMultibyteUtf8(bytes: string): boolean {
  return hasHighBytes(bytes) && isUtf8(bytes);
}

function windows1252(bytes: string): string {
  return decodeWindows1252(byteStringToBytes(bytes));
}

/**
 * A part's bytes (a byte string) as text, in its declared charset. The labels
 * TextDecoder folds into Windows-1252 (ISO-8859-1, US-ASCII, latin1…) go through
 * decodeWindows1252, since this runtime's own Windows-1252 decoder is wrong.
 * Mail clients often label UTF-8 as Latin-1, and Latin-1 text that happens to be
 * valid multi-byte UTF-8 is vanishingly rare in copy, so UTF-8 bytes under a
 * Latin-1 label are read as UTF-8 (and said).
 */
export function decodeCharset(bytes: string, declared: string | undefined, what: string): CharsetText {
  const label = charsetLabel(declared);
  // 7-bit bytes read the same in every ASCII-based charset; the stateful ISO-2022 ones start with ESC.
  if (!hasHighBytes(bytes) && !bytes.includes('\u001b') && !(label ?? '').startsWith('utf-16')) return { text: bytes };

  if (label === undefined) {
    if (isUtf8(bytes)) return { text: utf8(bytes) };
    return { text: windows1252(bytes), warning: `The ${what} names no charset and is not UTF-8; it was read as Windows-1252.`, problem: 'no-charset' };
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    if (isUtf8(bytes)) return { text: utf8(bytes), warning: `The ${what} names a charset Copydesk does not know ("${label}"); it was read as UTF-8.`, problem: 'unknown-charset' };
    return { text: windows1252(bytes), warning: `The ${what} names a charset Copydesk does not know ("${label}"); it was read as Windows-1252.`, problem: 'unknown-charset' };
  }
  const encoding = decoder.encoding;
  if (encoding === 'utf-8') {
    if (isUtf8(bytes)) return { text: utf8(bytes) };
    return { text: windows1252(bytes), warning: `The ${what} says UTF-8 but is not valid UTF-8; it was read as Windows-1252.`, problem: 'not-utf8' };
  }
  if (encoding === 'windows-1252') {
    if (isMultibyteUtf8(bytes)) return { text: utf8(bytes), warning: `The ${what} says ${label} but its bytes are UTF-8; it was read as UTF-8.`, problem: 'utf8-under-other-label' };
    return { text: windows1252(bytes) };
  }
  if (encoding === 'replacement') {
    return { text: windows1252(bytes), warning: `The ${what} uses a charset that cannot be read safely ("${label}"); it was read as Windows-1252.`, problem: 'unsafe-charset' };
  }
  return { text: decoder.decode(byteStringToBytes(bytes)) };
}

/**
 * Raw 8-bit bytes in a header (RFC 6532 allows UTF-8 there; older mailers wrote
 * their own code page) as text.
 */
export function decodeRawHeaderBytes(bytes: string): string {
  if (!hasHighBytes(bytes)) return bytes;
  return isUtf8(bytes) ? utf8(bytes) : windows1252(bytes);
}
