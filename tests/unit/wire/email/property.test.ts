import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { decodeText } from '../../../../shared/wire/decode-text.ts';
import { parseEmail, parseEmailBytes } from '../../../../shared/wire/parse-email.ts';
import { emailFixtures, emailSamples, expectAnswer } from '../ninjs/support.ts';

const sources = [
  ...readdirSync(emailSamples).map((f) => path.join(emailSamples, f)),
  ...readdirSync(emailFixtures).filter((f) => f.endsWith('.eml')).map((f) => path.join(emailFixtures, f)),
].map((file) => new Uint8Array(readFileSync(file)));

/** Both readings of the same bytes: as parseWire hands over decoded text, and from the bytes themselves. */
function checkBoth(bytes: Uint8Array): void {
  const decoding = decodeText(bytes);
  if (decoding.ok) expectAnswer(parseEmail(decoding.decoded.text));
  expectAnswer(parseEmailBytes(bytes));
}

const encoder = new TextEncoder();
/** What MIME structure is made of, so mutations break it rather than the prose. */
const PIECES = ['\n', '\r\n', '\n\n', '--', '=', '=\n', '=?', '?=', '?Q?', '?B?', ': ', ';', '"', 'boundary=', 'charset=', 'Content-Type: multipart/mixed; boundary=x\n', '--x\n', '--x--', 'Content-Transfer-Encoding: base64\n', '\t', ' ', '<', '>', '\u00e9', '\u0000'];

type Edit = { at: number; len: number; insert: Uint8Array };
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  len: fc.nat({ max: 64 }),
  insert: fc.oneof(
    fc.constantFrom(...PIECES).map((p) => encoder.encode(p)),
    fc.uint8Array({ minLength: 1, maxLength: 12 }),
  ),
});

function mutate(source: Uint8Array, edits: Edit[]): Uint8Array {
  let out = source;
  for (const { at, len, insert } of edits) {
    const pos = at % (out.length + 1);
    const next = new Uint8Array(out.length - Math.min(len, out.length - pos) + insert.length);
    next.set(out.subarray(0, pos), 0);
    next.set(insert, pos);
    next.set(out.subarray(Math.min(out.length, pos + len)), pos + insert.length);
    out = next;
  }
  return out;
}

/** Random but well-shaped MIME trees: nested multiparts, every transfer encoding, assorted charsets. */
const leaf = fc.record({
  type: fc.constantFrom('text/plain', 'text/html', 'application/pdf', 'image/jpeg', 'message/rfc822', 'text/plain; format=flowed'),
  charset: fc.constantFrom('utf-8', 'iso-8859-1', 'windows-1252', 'koi8-r', 'x-bogus', ''),
  encoding: fc.constantFrom('7bit', '8bit', 'quoted-printable', 'base64', 'x-uuencode', ''),
  disposition: fc.constantFrom('', 'attachment; filename="a.bin"', "inline; filename*=utf-8''r%C3%A9sum%C3%A9.txt"),
  body: fc.string({ unit: 'grapheme', maxLength: 200 }),
});
type Leaf = fc.Arbitrary<string>;
const { tree } = fc.letrec<{ tree: string }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf.map(({ type, charset, encoding, disposition, body }) => {
      const headers = [`Content-Type: ${type}${charset ? `; charset=${charset}` : ''}`];
      if (encoding) headers.push(`Content-Transfer-Encoding: ${encoding}`);
      if (disposition) headers.push(`Content-Disposition: ${disposition}`);
      const content = encoding === 'base64' ? Buffer.from(body).toString('base64') : body;
      return `${headers.join('\n')}\n\n${content}`;
    }),
    fc
      .record({
        kind: fc.constantFrom('mixed', 'alternative', 'related', 'digest', 'signed'),
        boundary: fc.constantFrom('b', 'b1', '=_x', 'a b', '----=_Part_1'),
        parts: fc.array(tie('tree') as Leaf, { maxLength: 4 }),
        closed: fc.boolean(),
      })
      .map(({ kind, boundary, parts, closed }) => {
        const inner = parts.map((p) => `--${boundary}\n${p}\n`).join('');
        return `Content-Type: multipart/${kind}; boundary="${boundary}"\n\npreamble\n${inner}${closed ? `--${boundary}--\n` : ''}`;
      }),
  ),
}));
const subject = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('=?utf-8?B?w6k=?=', '=?iso-8859-1?Q?caf=E9?= =?iso-8859-1?Q?_au?=', '=?x?Q?=ZZ?=', 'Re: Fwd: '));

describe('parseEmail on hostile input', () => {
  it('mutated samples and fixtures: stories or a typed error, never an exception', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sources.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 10 }), (which, edits) => {
        checkBoth(mutate(sources[which] as Uint8Array, edits));
      }),
      { numRuns: 300 },
    );
  });

  it('generated MIME trees: stories or a typed error', () => {
    fc.assert(
      fc.property(subject, fc.string({ maxLength: 30 }), tree, (subj, date, body) => {
        checkBoth(encoder.encode(`From: x@y.example\nSubject: ${subj}\nDate: ${date}\nMIME-Version: 1.0\n${body}`));
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary bytes after a header line: stories or a typed error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (junk) => {
        const head = encoder.encode('Subject: junk\nContent-Type: text/plain\n\n');
        const bytes = new Uint8Array(head.length + junk.length);
        bytes.set(head);
        bytes.set(junk, head.length);
        checkBoth(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('long runs of what the patterns look for do not stall the parser', () => {
    for (const run of ['=', '=?', '=?a?q?', '\n', ' \n', '--', '-- \n', '<', ';', '"', 'X: y\n', ' ', '\t', 'AAP be/\n', 'Headline: x\n', '___\n']) {
      const body = run.repeat(20_000);
      checkBoth(encoder.encode(`Subject: ${body}\nContent-Type: text/plain; format=flowed; charset=${body.slice(0, 2000)}\nContent-Transfer-Encoding: quoted-printable\n\nStory.\n${body}`));
      checkBoth(encoder.encode(`Subject: s\nContent-Type: multipart/mixed; boundary="${run.slice(0, 10)}"\n\n${body}`));
    }
    // A quadratic step takes minutes on these inputs; linear work takes seconds even on a busy machine.
  }, 120_000);
});
