import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../../shared/wire/parse-feed.ts';
import { parseNewsmlG2 } from '../../../../shared/wire/parse-newsml-g2.ts';
import { parseNewsml12 } from '../../../../shared/wire/parse-newsml12.ts';
import { parseNitf } from '../../../../shared/wire/parse-nitf.ts';
import { decodeText } from '../../../../shared/wire/decode-text.ts';
import type { FormatParser, ParseResult } from '../../../../shared/wire/types.ts';
import { ERROR_CODES, expectValid, fixture, sample, sampleFiles } from './support.ts';

/** A parser and the real files of its format that get mutated. */
const FORMATS: Array<[string, FormatParser, string[]]> = [
  ['NITF', parseNitf, [...sampleFiles('nitf').map((n) => sample(`nitf/${n}`)), fixture('dpa-nitf-namespaced.xml')]],
  ['NewsML 1.2', parseNewsml12, [sample('newsml12/afp.com_newsml1.2_sample.xml'), fixture('efe-newsml12-two-items.xml')]],
  [
    'NewsML-G2',
    parseNewsmlG2,
    [
      sample('newsml-g2/tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838'),
      sample('newsml-g2/TT_newsmlg2_sample.xml'),
      sample('newsml-g2/LISTING_22_Sports_story_in_NewsML-G2NITF.xml'),
      fixture('dpa-g2-xhtml.xml'),
      fixture('afp-g2-kill.xml'),
    ],
  ],
  ['RSS/Atom', parseFeed, [fixture('efe-english-rss.xml'), fixture('ansa-english-atom.xml')]],
];

type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'flip'; at: number; char: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number }
  | { op: 'swap-tags'; a: number; b: number };

/** Characters that matter to XML and to the copy readers. */
const MARKUP_CHARS = ['<', '>', '&', '"', "'", '/', '=', '!', '?', ']', ';', '#'];
/** Characters that keep the XML well-formed but change the copy: the readers behind the XML reader see them. */
const TEXT_CHARS = [' ', '\n', '-', '(', ')', '.', ',', '©', 'é', '\u00a0', '\uFFFD', 'x', 'X', '1', '—'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('flip' as const), at: fc.nat(), char: fc.constantFrom(...MARKUP_CHARS) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('flip' as const), at: fc.nat(), char: fc.constantFrom(...TEXT_CHARS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('swap-tags' as const), a: fc.nat(), b: fc.nat() }) },
);

/**
 * Swaps two element names everywhere, start and end tags alike: still
 * well-formed, structurally wrong (a <p> where <head> was, a <body.content>
 * inside a <title>), so the readers behind the XML reader get exercised.
 */
function swapTags(xml: string, a: number, b: number): string {
  const names = [...new Set([...xml.matchAll(/<([A-Za-z][\w:.-]*)/g)].map((m) => m[1] as string))];
  if (names.length < 2) return xml;
  const x = names[a % names.length] as string;
  const y = names[b % names.length] as string;
  if (x === y) return xml;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tag = new RegExp(`<(/?)(${escape(x)}|${escape(y)})(?=[\\s/>])`, 'g');
  return xml.replace(tag, (_m, slash: string, name: string) => `<${slash}${name === x ? y : x}`);
}

function mutate(xml: string, mutations: Mutation[]): string {
  let out = xml;
  for (const m of mutations) {
    if (m.op === 'swap-tags') {
      out = swapTags(out, m.a, m.b);
      continue;
    }
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.op === 'truncate') out = out.slice(0, at);
    else if (m.op === 'flip') out = out.slice(0, at) + m.char + out.slice(at + 1);
    else if (m.op === 'delete') out = out.slice(0, at) + out.slice(at + m.len);
    else out = out.slice(0, at) + out.slice(at, at + m.len) + out.slice(at);
  }
  return out;
}

/** Stories that fit the model and give valid ninjs, or a typed error: never anything else. */
function checkAnswer(result: ParseResult): void {
  if (!result.ok) {
    expect(ERROR_CODES.has(result.error.code)).toBe(true);
    expect(result.error.message.length).toBeGreaterThan(0);
    return;
  }
  expect(result.stories.length).toBeGreaterThan(0);
  for (const story of result.stories) {
    expect(story.headline.trim()).not.toBe('');
    expectValid(story);
  }
}

describe.each(FORMATS)('mutated %s files', (_name, parse, files) => {
  it('give stories with valid ninjs or a typed error, never an exception', () => {
    fc.assert(
      fc.property(fc.nat({ max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (which, mutations) => {
        checkAnswer(parse(mutate(files[which] as string, mutations)));
      }),
      { numRuns: 600 },
    );
  });

  it('with bytes flipped, decoded as ingest decodes them, give stories or a typed error', () => {
    const encoded = files.map((f) => new TextEncoder().encode(f));
    const flip = fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) });
    fc.assert(
      fc.property(fc.nat({ max: encoded.length - 1 }), fc.array(flip, { minLength: 1, maxLength: 12 }), (which, flips) => {
        const bytes = Uint8Array.from(encoded[which] as Uint8Array);
        for (const { at, byte } of flips) bytes[at % bytes.length] = byte;
        const decoded = decodeText(bytes);
        if (decoded.ok) checkAnswer(parse(decoded.decoded.text));
      }),
      { numRuns: 200 },
    );
  });

  it('give the untouched files as stories (the property runs on real input)', () => {
    for (const file of files) expect(parse(file).ok).toBe(true);
  });
});
