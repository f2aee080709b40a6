import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../../shared/wire/parse-feed.ts';
import { parseNewsmlG2 } from '../../../../shared/wire/parse-newsml-g2.ts';
import { parseNewsml12 } from '../../../../shared/wire/parse-newsml12.ts';
import { parseNitf } from '../../../../shared/wire/parse-nitf.ts';
import type { FormatParser } from '../../../../shared/wire/types.ts';
import { DTD_MESSAGE } from '../../../../shared/wire/xml/read-xml.ts';
import { errorOf, fixture, sample } from './support.ts';

/** Each parser with a real file of its format, to be attacked. */
const PARSERS: Array<[string, FormatParser, () => string]> = [
  ['NITF', parseNitf, () => sample('nitf/ap-nitf.xml')],
  ['NewsML 1.2', parseNewsml12, () => sample('newsml12/afp.com_newsml1.2_sample.xml')],
  ['NewsML-G2', parseNewsmlG2, () => sample('newsml-g2/tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838')],
  ['RSS', parseFeed, () => fixture('efe-english-rss.xml')],
];

/** What comes before the root element (declaration, comments), and the root element onwards. */
function splitAtRoot(xml: string): { prolog: string; rest: string } {
  const at = xml.search(/<[A-Za-z]/);
  return { prolog: xml.slice(0, at), rest: xml.slice(at) };
}

const ATTACKS: Array<[string, (xml: string) => string, RegExp | string]> = [
  [
    'billion laughs',
    (xml) => {
      const { rest } = splitAtRoot(xml);
      const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
      return `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]>${rest.replace('>', '>&lol9;')}`;
    },
    DTD_MESSAGE,
  ],
  [
    'an external entity reading /etc/passwd',
    (xml) => `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${splitAtRoot(xml).rest.replace('>', '>&xxe;')}`,
    DTD_MESSAGE,
  ],
  ['an internal DTD subset', (xml) => `<!DOCTYPE x [ <!ELEMENT x ANY> ]>${splitAtRoot(xml).rest}`, DTD_MESSAGE],
  ['truncation', (xml) => xml.slice(0, Math.floor(xml.length * 0.6)), /looks cut off/],
  [
    '200-deep nesting',
    (xml) => {
      const { rest } = splitAtRoot(xml);
      const at = rest.indexOf('>') + 1;
      return rest.slice(0, at) + '<x>'.repeat(200) + '</x>'.repeat(200) + rest.slice(at);
    },
    /nests elements more than 100 deep/,
  ],
  [
    'a 5 MB attribute',
    (xml) => {
      const { prolog, rest } = splitAtRoot(xml);
      return prolog + rest.replace(/^<([^\s>/]+)/, `<$1 junk="${'x'.repeat(5 * 1024 * 1024)}"`);
    },
    /attribute value is longer than 256 KB/,
  ],
];

describe.each(PARSERS)('%s refuses hostile XML with a typed error', (_name, parse, original) => {
  it.each(ATTACKS)('%s', (_attack, build, message) => {
    const error = errorOf(parse(build(original())));
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(message);
  });
});
