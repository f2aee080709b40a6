/**
 * Keyset pagination: a cursor is the rowid of the last story on the page,
 * wrapped so callers treat it as opaque and cannot build one by accident.
 */
export class BadCursorError extends Error {
  constructor() {
    super('the page cursor is not valid (start the search again)');
    this.name = 'BadCursorError';
  }
}

const PREFIX = 'r';

export function encodeCursor(rowid: number): string {
  return Buffer.from(`${PREFIX}${rowid}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const m = /^r([1-9]\d{0,15})$/.exec(text);
  const rowid = m ? Number(m[1]) : NaN;
  if (!Number.isSafeInteger(rowid)) throw new BadCursorError();
  return rowid;
}

/**
 * A best-match-first page ends at a score and a rowid: the next page starts
 * after both. The score is written exactly (a double's shortest round trip).
 */
export function encodeRankCursor(score: number, rowid: number): string {
  return Buffer.from(`s${score}:${rowid}`, 'utf8').toString('base64url');
}

export function decodeRankCursor(cursor: string): { score: number; rowid: number } {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const m = /^s(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?):([1-9]\d{0,15})$/.exec(text);
  const score = m ? Number(m[1]) : NaN;
  const rowid = m ? Number(m[2]) : NaN;
  if (!Number.isFinite(score) || !Number.isSafeInteger(rowid)) throw new BadCursorError();
  return { score, rowid };
}
