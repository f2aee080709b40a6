import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WireStory } from '../../../shared/model/story.ts';
import { parseWire } from '../../../shared/wire/parse.ts';
import { toNinjs } from '../../../shared/wire/to-ninjs.ts';
import type { WireErrorCode } from '../../../shared/wire/types.ts';
import { efeSample } from '../../support/paths.ts';
import { ninjsErrors } from './ninjs-schema.ts';

const ERROR_CODES: ReadonlySet<WireErrorCode> = new Set(['empty', 'binary', 'too-large', 'encoding', 'malformed', 'unsupported-format', 'no-story']);

/** Whatever the bytes, the answer is well-formed stories (with valid ninjs) or a typed error. */
function checkAnswer(bytes: Uint8Array): void {
  const result = parseWire(bytes);
  if (!result.ok) {
    expect(ERROR_CODES.has(result.error.code)).toBe(true);
    expect(result.error.message.length).toBeGreaterThan(0);
    // parseWire's last-resort catch says this; seeing it means a parser bug, not bad input.
    expect(result.error.message).not.toMatch(/could not be read as wire copy/);
    return;
  }
  expect(result.stories.length).toBeGreaterThan(0);
  for (const story of result.stories) {
    const checked = WireStory.safeParse(story);
    expect(checked.success, checked.error?.message).toBe(true);
    expect(story.body.length).toBeGreaterThan(0);
    expect(story.headline.trim()).not.toBe('');
    expect(ninjsErrors(toNinjs(story, { fallbackUri: 'urn:copydesk:property' }))).toBe('');
  }
}

type Edit = { op: 'insert' | 'delete' | 'replace' | 'duplicate' | 'truncate'; at: number; len: number; bytes: Uint8Array };

function applyEdits(source: Uint8Array, edits: Edit[]): Uint8Array {
  let out = Array.from(source);
  for (const { op, at, len, bytes } of edits) {
    const pos = out.length === 0 ? 0 : at % (out.length + 1);
    if (op === 'insert') out.splice(pos, 0, ...bytes);
    else if (op === 'delete') out.splice(pos, len);
    else if (op === 'replace') out.splice(pos, bytes.length, ...bytes);
    else if (op === 'duplicate') out.splice(pos, 0, ...out.slice(pos, pos + len * 8));
    else out = out.slice(0, pos);
  }
  return Uint8Array.from(out);
}

const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('insert', 'delete', 'replace', 'duplicate', 'truncate'),
  at: fc.nat(),
  len: fc.nat({ max: 64 }),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
});

/** Pieces of wire copy and page debris, shuffled into copy-shaped nonsense. */
const WIRE_PIECES = [
  'Moscow', 'MADRID, 3 nov', 'PARIS, Nov 3', 'WASHINGTON', '(EFE)', '(Reuters)', '(AP)', '(dpa)', '.-', ' - ', ' — ', '--', '(', ')',
  ' ', '  ', '\n', '\n\n', '\r\n', '\t', ',', '.', '?', '“', '”', '"', 'U.S.', 'Gen.', 'By JANE ROE', 'said', 'the', 'el', 'der',
  'EFE', 'dpa xy', '(Reporting by A; Editing by B)', '© 2021 EFE News Services (U.S.) Inc.', 'Copyright 2021 The Associated Press.',
  'This content is published through a licensing agreement with Acquire Media using its NewsEdge technology.',
  'Rating: 4.0/5. From 8 votes.', 'Please wait...', 'Share this:', 'Click here to', '—-', '***', '<', '{', '[', '\u0001', '\u0000', '\uFEFF',
  'é', '€', '2021', '3.',
];

describe('parseWire on hostile input', () => {
  const sample = new Uint8Array(readFileSync(efeSample));

  it('arbitrary bytes: stories or a typed error, never an exception', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), checkAnswer), { numRuns: 300 });
  });

  it('arbitrary Unicode text: stories or a typed error, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (text) => checkAnswer(new TextEncoder().encode(text))),
      { numRuns: 200 },
    );
  });

  it('mutations of the EFE sample: stories or a typed error, never an exception', () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => checkAnswer(applyEdits(sample, edits))), { numRuns: 300 });
  });

  it('copy-shaped nonsense built from wire conventions: stories or a typed error, never an exception', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WIRE_PIECES), { maxLength: 300 }), (pieces) => checkAnswer(new TextEncoder().encode(pieces.join('')))),
      { numRuns: 300 },
    );
  });

  it('long runs of the characters the patterns look for do not stall the parser', () => {
    for (const ch of [' ', '(', ')', '.', '-', '—', ',', 'a ', 'A', '\n', '. EFE', ' (Reporting by x', '“', 'Nov 3 ']) {
      checkAnswer(new TextEncoder().encode(`LONDON (Reuters) - ${ch.repeat(50_000)} end.`));
      checkAnswer(new TextEncoder().encode(ch.repeat(50_000)));
    }
  });
});
