import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWire } from '../../../shared/wire/parse.ts';
import { MAX_WIRE_FILE_BYTES } from '../../../shared/wire/sniff.ts';
import type { WireErrorCode } from '../../../shared/wire/types.ts';
import { samplesDir } from '../../support/paths.ts';
import { parseFixture } from './fixtures.ts';

function rejection(result: ReturnType<typeof parseWire>) {
  if (result.ok) throw new Error(`expected a rejection, got ${result.stories.length} stor(y/ies)`);
  return result.error;
}

describe('files that are not wire copy get a typed error, never an exception', () => {
  const cases: Array<[string, WireErrorCode, RegExp]> = [
    ['empty.txt', 'empty', /empty/],
    ['whitespace-only.txt', 'empty', /blank/],
    ['binary-junk.bin', 'binary', /binary/],
    ['control-junk.bin', 'binary', /control characters/],
    ['debris-only.txt', 'no-story', /no story text/],
  ];
  it.each(cases)('%s → %s', (name, code, message) => {
    const error = rejection(parseFixture(name));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    // The caller prefixes the file name; the parser never sees it.
    expect(error.message).not.toContain(name);
  });
});

describe('format is judged by content, whatever the file is called', () => {
  const cases: Array<[string, string]> = [
    ['wire/nitf/efe_nitf.xml', 'nitf'],
    ['wire/newsml12/afp.com_newsml1.2_sample.xml', 'newsml-1.2'],
    ['wire/newsml-g2/tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838', 'newsml-g2'],
    ['wire/ninjs/dpa_text.json', 'ninjs'],
    ['wire/anpa1312/anpa-1.tst', 'iptc7901'],
    ['wire/iptc7901/dpa_two_line.txt', 'iptc7901'],
    ['wire/email/simple_email.txt', 'email'],
  ];
  it.each(cases)('%s is read as %s', (file, format) => {
    // parseWire never sees the file name: only the bytes decide.
    const result = parseWire(readFileSync(path.join(samplesDir, file)));
    if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
    expect(result.format).toBe(format);
    expect(result.stories.length).toBeGreaterThan(0);
  });

  it('a NewsML-G2 fragment on its own is named as such, not called plain XML', () => {
    const file = 'wire/newsml-g2/LISTING_7_Group_Set_example_showing_Hierarchical_Package_Structure.xml';
    const error = rejection(parseWire(readFileSync(path.join(samplesDir, file))));
    expect(error.message).toMatch(/NewsML-G2 <groupSet> on its own/);
  });

  it('web pages and RTF documents are recognised and declined, saying what they are', () => {
    const page = rejection(parseWire(new TextEncoder().encode('<html><body><p>A story on a page</p></body></html>')));
    expect(page).toEqual({ code: 'unsupported-format', message: 'looks like a web page (HTML), which Copydesk does not read as wire copy' });
    const rtf = rejection(parseWire(new TextEncoder().encode('{\\rtf1 A story in a document}')));
    expect(rtf.message).toMatch(/RTF document/);
  });

  it('JSON that is not ninjs, and truncated JSON, get a typed error saying so', () => {
    expect(rejection(parseWire(new TextEncoder().encode('[1, 2, 3]'))).code).toBe('no-story');
    for (const text of ['{"items": [', '{ "uri": "x", "headlines": ']) {
      const error = rejection(parseWire(new TextEncoder().encode(text)));
      expect(error.code).toBe('malformed');
      expect(error.message).toMatch(/JSON ends before it is complete/);
    }
  });

  it('a headline starting with a bracket is not mistaken for JSON', () => {
    const copy = '[UPDATE 1] Port strike ends\n\nROTTERDAM, Nov 3 (Reuters) - Dock workers ended a three-day strike on Wednesday.\n';
    const result = parseWire(new TextEncoder().encode(copy));
    expect(result.ok).toBe(true);
  });
});

describe('well-known binary files are named', () => {
  it('a PDF', () => {
    const error = rejection(parseWire(new TextEncoder().encode('%PDF-1.7\nstory text inside a pdf')));
    expect(error).toEqual({ code: 'binary', message: 'the file is a PDF document, not wire copy' });
  });
});

describe('size', () => {
  it('a file above the limit is refused before it is decoded', () => {
    const big = new Uint8Array(MAX_WIRE_FILE_BYTES + 1).fill(0x41);
    const error = rejection(parseWire(big));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/MB/);
  });
});

describe('broken encodings', () => {
  it('a UTF-16 byte order mark followed by an odd number of bytes', () => {
    const error = rejection(parseWire(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42])));
    expect(error.code).toBe('encoding');
  });
});
