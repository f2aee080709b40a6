import { decodeCharset, decodeRawHeaderBytes } from './charset.ts';
import { decodeBase64, decodeQEncoding } from './transfer-encoding.ts';

// =?charset?B|Q?text?= (RFC 2047). The text may not hold "?"; spaces inside are
// illegal but some mailers write them, so they are accepted.
const ENCODED_WORD = /=\?([^?\s]{1,60})\?([BbQq])\?([^?]*)\?=/g;

interface Piece {
  /** The encoded word's charset; undefined for text that was not encoded. */
  charset?: string;
  bytes: string;
}

/** Q words sometimes hold raw 8-bit bytes, which are not in the word's charset but in the header's own. */
function splitRawRuns(charset: string, decoded: string, literal: string, pieces: Piece[]): void {
  if (!/[\u0080-\u00ff]/.test(literal)) {
    pieces.push({ charset, bytes: decoded });
    return;
  }
  // Decode the escapes run by run, so raw runs stay out of the charset's decoder.
  for (const part of literal.split(/([\u0080-\u00ff]+)/)) {
    if (part === '') continue;
    if (/^[\u0080-\u00ff]/.test(part)) pieces.push({ bytes: part });
    else pieces.push({ charset, bytes: decodeQEncoding(part) });
  }
}

function piecesOf(raw: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  let previousWasWord = false;
  for (const m of raw.matchAll(ENCODED_WORD)) {
    const between = raw.slice(last, m.index);
    // Whitespace between two encoded words is folding, not text (RFC 2047 §6.2).
    if (between !== '' && !(previousWasWord && /^[ \t\n]+$/.test(between))) pieces.push({ bytes: between });
    const charset = m[1] as string;
    const text = m[3] as string;
    if ((m[2] as string).toUpperCase() === 'B') pieces.push({ charset, bytes: decodeBase64(text) });
    else splitRawRuns(charset, decodeQEncoding(text), text, pieces);
    last = m.index + m[0].length;
    previousWasWord = true;
  }
  if (last < raw.length) pieces.push({ bytes: raw.slice(last) });
  return pieces;
}

/**
 * A header value (a byte string, unfolded) as text: encoded words decoded in
 * their charsets, adjacent words joined (a character may be split across two),
 * raw 8-bit bytes read as UTF-8 or, failing that, Windows-1252.
 */
export function decodeHeaderValue(raw: string): string {
  if (!raw.includes('=?')) return decodeRawHeaderBytes(raw);
  const pieces = piecesOf(raw);
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    if (piece.charset === undefined) {
      out.push(decodeRawHeaderBytes(piece.bytes));
      continue;
    }
    // Adjacent words in one charset are decoded together: a multi-byte character may straddle them.
    let bytes = piece.bytes;
    while (i + 1 < pieces.length && pieces[i + 1]?.charset?.toLowerCase() === piece.charset.toLowerCase()) {
      bytes += (pieces[i + 1] as Piece).bytes;
      i++;
    }
    out.push(decodeCharset(bytes, piece.charset, 'header').text);
  }
  return out.join('');
}
