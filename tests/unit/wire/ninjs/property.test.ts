import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../shared/wire/html-to-text.ts';
import { parseNinjs } from '../../../../shared/wire/parse-ninjs.ts';
import { expectAnswer, ninjsFixtures, ninjsSamples } from './support.ts';

const sources = [
  ...readdirSync(ninjsSamples).map((f) => path.join(ninjsSamples, f)),
  ...readdirSync(ninjsFixtures).filter((f) => f.endsWith('.json')).map((f) => path.join(ninjsFixtures, f)),
].map((file) => readFileSync(file, 'utf8'));

/** Characters JSON and markup are made of, so mutations break structure rather than only words. */
const PIECES = ['{', '}', '[', ']', '"', ':', ',', '\\', '\\"', '\\u00', 'null', 'true', '0', '-1', '1e999', '<', '>', '</p>', '<p>', '<script>', '&', '&amp;', '&#', ';', '\n', ' ', 'é', '\u2028', '\uFFFF', '\uD800'];

type Edit = { at: number; len: number; insert: string };

function mutate(text: string, edits: Edit[]): string {
  let out = text;
  for (const { at, len, insert } of edits) {
    const pos = at % (out.length + 1);
    out = out.slice(0, pos) + insert + out.slice(pos + len);
  }
  return out;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  len: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })),
});

/** Field names of every ninjs version, with values of any JSON type: the mapping must not trust shapes. */
const NINJS_KEYS = [
  'uri', 'guid', 'type', 'version', 'versionCreated', 'versioncreated', 'firstCreated', 'pubStatus', 'pubstatus', 'urgency', 'headline', 'headlines',
  'title', 'by', 'byline', 'located', 'language', 'slugline', 'bodies', 'body_text', 'body_html', 'descriptions', 'infoSources', 'infosources',
  'copyrightHolder', 'copyrightNotice', 'usageTerms', 'rightsInfo', 'subjects', 'associations', 'embargoedUntil', 'edNote', 'eventDetails', 'source',
];
const html = fc.array(fc.constantFrom('<p>', '</p>', '<br>', '<b>', '<script>x()</script>', '<!--', '-->', '<pre>', '</pre>', '&nbsp;', '&#x201C;', 'Text', ' ', '.', '<a href="', '">', '<svg>', '</svg>'), { maxLength: 40 }).map((a) => a.join(''));
const fieldValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 60 }),
  html,
  fc.array(fc.record({ role: fc.constantFrom('main', 'text', 'html', 'lead', ''), contentType: fc.constantFrom('text/plain', 'text/html', 'text/vnd.IPTC.NITF', ''), value: fc.oneof(html, fc.string({ maxLength: 80 })) }), { maxLength: 3 }),
);
const item = fc.dictionary(fc.constantFrom(...NINJS_KEYS), fieldValue, { maxKeys: 14 });

describe('parseNinjs on hostile input', () => {
  it('mutated samples and fixtures: stories or a typed error, never an exception', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sources.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 10 }), (which, edits) => {
        expectAnswer(parseNinjs(mutate(sources[which] as string, edits)));
      }),
      { numRuns: 400 },
    );
  });

  it('ninjs-shaped objects with values of any type: stories or a typed error', () => {
    fc.assert(
      fc.property(fc.oneof(item, fc.array(item, { maxLength: 4 })), (value) => {
        expectAnswer(parseNinjs(JSON.stringify(value)));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });

  it('tag soup never leaks markup into paragraphs', () => {
    fc.assert(
      fc.property(html, (soup) => {
        for (const paragraph of htmlToText(soup).paragraphs) {
          expect(paragraph).not.toMatch(/<\/?[a-z!]/i);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('long runs of what the patterns look for do not stall the parser', () => {
    for (const run of ['<', '<p', '&', '&#', '"', '=', ' ', '\n', '<!--', '<a href="', '<svg>', 'GROSSETO, ', '(AP) ']) {
      const body = run.repeat(20_000);
      expectAnswer(parseNinjs(JSON.stringify({ uri: 'urn:x', headline: 'H', bodies: [{ contentType: 'text/html', value: body }, { value: body }] })));
      expectAnswer(parseNinjs(body));
    }
  });
});

describe('parseNinjs on numbers JSON can hold but a version cannot', () => {
  it('a version past the largest safe integer is recorded as no version, with a warning', () => {
    const result = parseNinjs(JSON.stringify({ body_text: 'Copy.', version: 9007199254740992 }));
    expectAnswer(result);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.stories[0]?.version).toBeUndefined();
    expect(result.stories[0]?.warnings.join(' ')).toMatch(/too large to be a version number/);
  });
});
