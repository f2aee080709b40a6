import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../shared/wire/decode-text.ts';
import { parseAnpa } from '../../../../shared/wire/parse-anpa.ts';
import { sniffBytes, sniffText } from '../../../../shared/wire/sniff.ts';
import type { WireErrorCode } from '../../../../shared/wire/types.ts';
import { samplesDir } from '../../../support/paths.ts';
import { anpaFixtures, expectWellFormed } from './transmissions.ts';

const ERROR_CODES: ReadonlySet<WireErrorCode> = new Set(['empty', 'binary', 'too-large', 'encoding', 'malformed', 'unsupported-format', 'no-story']);

/**
 * Whatever the bytes, once they pass sniffing the parser answers with
 * well-formed stories (valid ninjs) or a typed error; a throw fails the property.
 */
function checkAnswer(input: Uint8Array): void {
  if (sniffBytes(input)) return;
  const decoded = decodeText(input);
  if (!decoded.ok || sniffText(decoded.decoded.text)) return;
  const result = parseAnpa(decoded.decoded.text);
  if (!result.ok) {
    expect(ERROR_CODES.has(result.error.code)).toBe(true);
    expect(result.error.message.length).toBeGreaterThan(0);
    return;
  }
  expect(result.stories.length).toBeGreaterThan(0);
  for (const story of result.stories) {
    expectWellFormed(story);
    expect(story.headline.trim()).not.toBe('');
    for (const i of story.preformatted ?? []) expect(story.body[i]).toBeDefined();
  }
}

const sources = [
  ...['anpa1312/anpa-1.tst', 'anpa1312/ap_anpa-1.tst', 'iptc7901/IPTC7901.txt', 'iptc7901/dpa_two_line.txt'].map((f) => path.join(samplesDir, 'wire', f)),
  ...readdirSync(anpaFixtures).filter((f) => !f.endsWith('.md')).map((f) => path.join(anpaFixtures, f)),
].map((file) => new Uint8Array(readFileSync(file)));

/** The codes a transmission is built from, and a few that never belong in one. */
const CONTROL_BYTES = [0x01, 0x02, 0x03, 0x04, 0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x10, 0x11, 0x12, 0x13, 0x14, 0x16, 0x1e, 0x1f, 0x7f, 0x05, 0x07, 0x1b];

type Edit = { op: 'control' | 'insert' | 'delete' | 'duplicate' | 'truncate'; at: number; len: number; bytes: number[] };

function applyEdits(source: Uint8Array, edits: Edit[]): Uint8Array {
  let out = Array.from(source);
  for (const { op, at, len, bytes } of edits) {
    const pos = out.length === 0 ? 0 : at % (out.length + 1);
    if (op === 'control' || op === 'insert') out.splice(pos, 0, ...bytes);
    else if (op === 'delete') out.splice(pos, len);
    else if (op === 'duplicate') out.splice(pos, 0, ...out.slice(pos, pos + len * 8));
    else out = out.slice(0, pos);
  }
  return Uint8Array.from(out);
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('control' as const), at: fc.nat(), len: fc.constant(0), bytes: fc.array(fc.constantFrom(...CONTROL_BYTES), { minLength: 1, maxLength: 6 }) }),
  fc.record({
    op: fc.constantFrom('insert' as const, 'delete' as const, 'duplicate' as const, 'truncate' as const),
    at: fc.nat(),
    len: fc.nat({ max: 64 }),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 12 }),
  }),
);

/** Pieces of transmissions, shuffled into transmission-shaped nonsense. */
const PIECES = [
  '\u0016', '\u0001', '\u0002', '\u0003', '\u0004', '\u001f', '\u001e', '\u0011', '\u0012', '\u0013', '\u0014', '\u0008', '\u0010', '\u000c', '\u007f',
  'a0412', 'r a', 'u i', ' BC-US--Senate-Budget', ' 1stLd-Writethru', ' KILL', ' 10-12 0612', 'eca062 4 i 211 ccccb   dpa 061', 'Germany-politics/',
  '^', '<', '=', ' =', '@<', '\t   ', '\r\n', '\n', ' ', '  ', ';', '{', '_', ' _ ', '``', "''", '`', 'By ', 'Eds: ', 'KILL', 'withdrawn', 'AP Photo XNP101',
  'WASHINGTON (AP)', 'Berlin (dpa) - ', '(tca/dpa)', 'AP-NY-10-12-13 1845EDT', '131137 GMT Nov 13', '16:35ET 31-10-14', '# dpa NOTEBOOK', '* * * *',
  'The following information is not for publication', 'Nicht zur Veroeffentlichung', 'dpa wsz jln', 'Boston;20;6;.769;_', '   1.  Bayer   15  12', 'é', 'ß', 'said.',
];

describe('parseAnpa on hostile input: stories or a typed error, never a throw, never a hang', () => {
  it('samples and fixtures with random control characters, edits and truncation', () => {
    fc.assert(
      fc.property(fc.nat({ max: sources.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 10 }), (which, edits) => checkAnswer(applyEdits(sources[which] as Uint8Array, edits))),
      { numRuns: 600 },
    );
  });

  it('every prefix of a transmission (a file still being written, a cut-off feed)', () => {
    const source = sources[1] as Uint8Array;
    for (let end = 0; end <= source.length; end += 7) checkAnswer(source.subarray(0, end));
  });

  it('transmission-shaped nonsense built from ANPA and 7901 pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }), (pieces) => checkAnswer(new Uint8Array(Buffer.from(pieces.join(''), 'utf8')))),
      { numRuns: 400 },
    );
  });

  it('arbitrary bytes behind SOH and STX', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (tail) => checkAnswer(Uint8Array.from([0x16, 0x16, 0x01, ...tail]))),
      { numRuns: 300 },
    );
  });

  it('long runs of what the patterns look for finish (a catastrophic pattern would stall here)', () => {
    // Short lines without blank lines between them make one paragraph that grows with every line.
    const runs = ['\t', ' ', '^', '<', '=', ';', '{', '_ ', '-', '1st', 'Ld', '--', '/', '\u0008', '\u001e ', '(', 'a;', '  1', '\r\n', '* ', '#', 'x\n', 'ab-\n', 'a. b ', 'By '];
    for (const run of runs) {
      const long = run.repeat(40_000);
      checkAnswer(new Uint8Array(Buffer.from(`\u0016\u0016\u0001a0412\u001f-----\nr a\u0013\u0011 ${long}\r\n\u0002^${long}<\r\n\t   ${long}\r\n\u0003AP-NY-${long}\r\n\u0004`, 'utf8')));
      checkAnswer(new Uint8Array(Buffer.from(`\u0001eca062 4 i 211 ${long}\r\n${long}/\r\n\u0002${long} =\r\n\r\n${long}\r\n\u0003${long}`, 'utf8')));
    }
  });
});
