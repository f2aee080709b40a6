import { describe, expect, it } from 'vitest';
import {
  attr,
  child,
  children,
  descendants,
  DTD_MESSAGE,
  MAX_XML_DEPTH,
  readXml,
  text,
  type XmlElement,
  type XmlReadResult,
} from '../../../../shared/wire/xml/read-xml.ts';

function rootOf(result: XmlReadResult): XmlElement {
  if (!result.ok) throw new Error(`not read: ${result.error.message}`);
  return result.root;
}

function messageOf(result: XmlReadResult): string {
  if (result.ok) throw new Error('expected the XML to be refused');
  expect(result.error.code).toBe('malformed');
  return result.error.message;
}

describe('readXml: the tree', () => {
  it('keeps mixed content in document order, with entities and CDATA decoded', () => {
    const root = rootOf(readXml('<?xml version="1.0"?>\n<!-- wire --><p>Fish &amp; chips <b>cost</b> &#163;5<![CDATA[ <not a tag> ]]>&#x2014;now</p>'));
    expect(root.children).toEqual(['Fish & chips ', { name: 'b', local: 'b', attrs: {}, children: ['cost'] }, ' £5 <not a tag> —now']);
    expect(text(root)).toBe('Fish & chips cost £5 <not a tag> —now');
  });

  it('names elements by local name whatever prefix binds the namespace, and attributes by both names', () => {
    const root = rootOf(readXml('<ns0:newsItem xmlns:ns0="http://iptc.org/std/nar/2006-10-01/" guid="tag:x" xml:lang="en"><ns0:headline>Hi</ns0:headline></ns0:newsItem>'));
    expect(root.name).toBe('ns0:newsItem');
    expect(root.local).toBe('newsItem');
    expect(attr(root, 'xml:lang')).toBe('en');
    expect(attr(root, 'lang')).toBe('en');
    expect(text(child(root, 'headline'))).toBe('Hi');
  });

  it('keeps an unprefixed attribute over a prefixed one of the same local name', () => {
    const root = rootOf(readXml('<a n:lang="de" lang="fr" xmlns:n="urn:n"/>'));
    expect(attr(root, 'lang')).toBe('fr');
    expect(attr(root, 'n:lang')).toBe('de');
  });

  it('never hands back inherited object members as attributes', () => {
    const root = rootOf(readXml('<a __proto__="x" b="1"/>'));
    expect(attr(root, 'constructor')).toBeUndefined();
    expect(attr(root, 'toString')).toBeUndefined();
    expect(attr(root, '__proto__')).toBeUndefined();
    expect(attr(root, 'b')).toBe('1');
  });

  it('normalises line ends, and line breaks inside attribute values', () => {
    const root = rootOf(readXml('<a note="two\r\nlines">x\r\ny\rz</a>'));
    expect(attr(root, 'note')).toBe('two lines');
    expect(root.children).toEqual(['x\ny\nz']);
  });

  it('reads the entities wire XML uses without its DTD, and leaves any other reference as written', () => {
    const root = rootOf(readXml('<p>A&nbsp;B &foo; AT&T &#0; &#xD800;</p>'));
    expect(text(root)).toBe('A\u00a0B &foo; AT&T &#0; &#xD800;');
  });

  it('finds children, paths and descendants by local name', () => {
    const root = rootOf(readXml('<nitf><head><docdata><doc-id id-string="1"/></docdata></head><body><p>a</p><block><p>b</p></block><p>c</p></body></nitf>'));
    expect(attr(child(root, 'head', 'docdata', 'doc-id'), 'id-string')).toBe('1');
    expect(child(root, 'head', 'nothing', 'doc-id')).toBeUndefined();
    expect(children(child(root, 'body'), 'p').map((p) => text(p))).toEqual(['a', 'c']);
    expect(descendants(root, 'p').map((p) => text(p))).toEqual(['a', 'b', 'c']);
    expect(text(undefined)).toBe('');
  });

  it('reads a UTF-8 byte order mark left at the start', () => {
    expect(rootOf(readXml('\uFEFF<a/>')).local).toBe('a');
  });
});

describe('readXml: ill-formed XML gets a typed error naming the problem', () => {
  it('says where a closing tag does not match', () => {
    expect(messageOf(readXml('<nitf>\n<body>\n<p>text</body>\n</nitf>'))).toBe('a closing tag does not match the element it closes (line 3)');
  });

  it('says the file looks cut off when it ends inside an element', () => {
    expect(messageOf(readXml('<nitf>\n<body>\n<p>The storm'))).toBe('the XML ends before <p> is closed: the file looks cut off (line 3)');
  });

  it('says the file looks cut off when it ends inside a tag, an attribute or a comment', () => {
    for (const cut of ['<a><b x="1', '<a><b', '<a><!-- note', '<a></a']) {
      expect(messageOf(readXml(cut))).toMatch(/the file looks cut off \(line 1\)/);
    }
  });

  it('refuses a bare "<" in text, text outside the root and a second root', () => {
    expect(messageOf(readXml('<p>1 < 2</p>'))).toMatch(/a '<' opens no tag/);
    expect(messageOf(readXml('<a/>trailing words'))).toMatch(/text outside the root element/);
    expect(messageOf(readXml('<a/><b/>'))).toMatch(/only one root/);
    expect(messageOf(readXml('   '))).toMatch(/^the file holds no XML element/);
  });

  it('refuses unquoted attribute values', () => {
    expect(messageOf(readXml('<td nowrap>x</td>'))).toMatch(/attribute without value/);
    expect(messageOf(readXml('<td width=3>x</td>'))).toMatch(/unquoted attribute value/);
  });
});

describe('readXml: hostile XML is refused without expanding anything', () => {
  it('refuses the billion laughs before reading a single entity', () => {
    const entities = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${entities}\n]>\n<lolz>&lol10;</lolz>`;
    expect(messageOf(readXml(laughs))).toBe(DTD_MESSAGE);
  });

  it('refuses an external entity pointing at a local file', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><nitf><body><p>&xxe;</p></body></nitf>';
    expect(messageOf(readXml(xxe))).toBe(DTD_MESSAGE);
  });

  it('reads a document that only names an external DTD, without reading the DTD', () => {
    // Real NITF carries such a DOCTYPE; the reader has no I/O, so naming a DTD fetches nothing.
    const root = rootOf(readXml('<!DOCTYPE nitf SYSTEM "http://example.com/nitf-3-2.dtd"><nitf><p>A&nbsp;B</p></nitf>'));
    expect(text(root)).toBe('A\u00a0B');
  });

  it('refuses a DOCTYPE with an internal subset even when it declares no entity', () => {
    expect(messageOf(readXml('<!DOCTYPE nitf [ <!ELEMENT nitf ANY> ]><nitf/>'))).toBe(DTD_MESSAGE);
  });

  it(`stops at ${MAX_XML_DEPTH} levels of nesting`, () => {
    expect(rootOf(readXml('<a>'.repeat(MAX_XML_DEPTH) + '</a>'.repeat(MAX_XML_DEPTH))).local).toBe('a');
    const deep = '<a>'.repeat(200) + '</a>'.repeat(200);
    expect(messageOf(readXml(deep))).toMatch(/nests elements more than 100 deep/);
  });

  it('refuses a 5 MB attribute', () => {
    const huge = `<nitf><head><meta name="x" content="${'A'.repeat(5 * 1024 * 1024)}"/></head></nitf>`;
    expect(messageOf(readXml(huge))).toMatch(/an attribute value is longer than 256 KB/);
  });

  it('refuses a file of more elements than any wire file holds', () => {
    const flood = `<a>${'<b/>'.repeat(600_000)}</a>`;
    expect(messageOf(readXml(flood))).toMatch(/more than 500,000 elements/);
  });
});
