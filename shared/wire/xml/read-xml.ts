import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { WireError } from '../types.ts';
import type { XmlElement } from './tree.ts';

export type { XmlElement, XmlNode } from './tree.ts';
export { attr, attrText, child, children, collapseSpace, descendant, descendants, elements, isElement, rawText, text, textOf } from './tree.ts';

export type XmlReadResult = { ok: true; root: XmlElement } | { ok: false; error: WireError };

/** Deeper than any wire format nests (NITF inside NewsML inside a message is about 20). */
export const MAX_XML_DEPTH = 100;
/** Elements, text runs and attributes together: a 20 MB wire file of real copy holds far fewer. */
export const MAX_XML_NODES = 500_000;
/** Wire metadata attributes are short; a huge one is an attack or a broken file, not copy. */
export const MAX_ATTRIBUTE_CHARS = 256 * 1024;

export const DTD_MESSAGE = 'the XML declares a DTD or entities, which Copydesk refuses to expand';

/**
 * Checked on the raw text, before any parsing: a document with an internal DTD
 * subset or an entity declaration is refused whatever it says, so nothing is
 * ever expanded. A DOCTYPE that only names an external DTD (real NITF files
 * carry `<!DOCTYPE nitf SYSTEM "nitf-3-2.dtd">`) is harmless: Copydesk never
 * reads DTDs, so it is passed over.
 */
const DECLARES_DTD = /<!\s*ENTITY|<!\s*DOCTYPE[^>[]*\[/i;

/**
 * Entities that wire XML written without its DTD still uses (NITF's &nbsp;).
 * Plain replacement strings: nothing here can refer to anything else.
 */
const WIRE_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  copy: '\u00a9',
  reg: '\u00ae',
  euro: '\u20ac',
};

/**
 * What saxes reports that a lenient wire reader passes over: an entity from a
 * DTD it never reads stays as written, and a stray control character is kept.
 * Everything else (unclosed or mismatched tags, text outside the root, a cut-off
 * file) means the copy cannot be trusted and the file is refused.
 */
const TOLERATED = ['undefined entity.', 'disallowed character.', 'disallowed character in entity name.', 'malformed character entity.'];

class XmlSyntaxError {
  constructor(readonly message: string) {}
}

function localOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** saxes' terse messages, in the words an editor needs ("the file looks cut off"). */
const PLAIN_WORDS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^unclosed tag: (.+)$/, (m) => `the XML ends before <${m[1]}> is closed: the file looks cut off`],
  [/^unexpected end$/, () => 'the XML ends in the middle of a tag: the file looks cut off'],
  [/^unexpected close tag$/, () => 'a closing tag does not match the element it closes'],
  [/^unmatched closing tag: (.+)$/, (m) => `the closing tag </${m[1]}> has no matching start tag`],
  [/^disallowed character in tag name$/, () => "a '<' opens no tag (a literal '<' must be written &lt;)"],
  [/^text data outside of root node$/, () => 'there is text outside the root element'],
  [/^document must contain a root element$/, () => 'the file holds no XML element'],
];

function describe(saxesMessage: string): string {
  const what = saxesMessage.replace(/^(?:[^:\n]*:)?\d+:\d+: /, '').replace(/\.$/, '');
  for (const [pattern, say] of PLAIN_WORDS) {
    const m = pattern.exec(what);
    if (m) return say(m);
  }
  return `the XML is not well-formed: ${what}`;
}

/** The element tree of one document, built from saxes' events with the wire limits enforced as it goes. */
function buildTree(s: string): XmlElement {
  const parser = new SaxesParser({ position: true, xmlns: false });
  Object.assign(parser.ENTITIES, WIRE_ENTITIES);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let nodes = 0;
  const count = (n: number) => {
    nodes += n;
    if (nodes > MAX_XML_NODES) {
      throw new XmlSyntaxError(`the XML holds more than ${MAX_XML_NODES.toLocaleString('en')} elements, attributes and text runs, more than any wire file`);
    }
  };
  const append = (text: string) => {
    const top = stack[stack.length - 1];
    if (!top || text === '') return;
    const last = top.children.length - 1;
    // Text split by an entity or a CDATA section is one run of copy.
    if (typeof top.children[last] === 'string') top.children[last] += text;
    else {
      count(1);
      top.children.push(text);
    }
  };

  parser.on('error', (err) => {
    const message = err.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, '');
    if (TOLERATED.includes(message)) return;
    throw new XmlSyntaxError(`${describe(message)} (line ${parser.line})`);
  });
  parser.on('text', append);
  parser.on('cdata', append);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const attrs: Record<string, string> = {};
    const prefixed: string[] = [];
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (value.length > MAX_ATTRIBUTE_CHARS) {
        throw new XmlSyntaxError(`an attribute value is longer than ${MAX_ATTRIBUTE_CHARS / 1024} KB, more than any wire metadata (line ${parser.line})`);
      }
      if (name === '__proto__') continue;
      attrs[name] = value;
      if (name.includes(':')) prefixed.push(name);
    }
    for (const q of prefixed) {
      const local = localOf(q);
      if (local !== '' && local !== '__proto__' && !Object.hasOwn(attrs, local)) attrs[local] = attrs[q] as string;
    }
    count(1 + Object.keys(tag.attributes).length);
    const el: XmlElement = { name: tag.name, local: localOf(tag.name), attrs, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    if (tag.isSelfClosing) return;
    if (stack.length >= MAX_XML_DEPTH) {
      throw new XmlSyntaxError(`the XML nests elements more than ${MAX_XML_DEPTH} deep, deeper than any wire format (line ${parser.line})`);
    }
    stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });

  parser.write(s).close();
  if (!root) throw new XmlSyntaxError('the file holds no XML element');
  return root;
}

function fail(message: string): XmlReadResult {
  return { ok: false, error: { code: 'malformed', message } };
}

/**
 * Decoded XML text → its root element, or a 'malformed' error naming the
 * problem and, where it has one, the line. Never throws, never expands
 * entities, never reads a DTD: a document that declares entities or an
 * internal DTD subset is refused. Strict about structure (saxes): a
 * truncated file is an error, never a shorter story.
 */
export function readXml(input: string): XmlReadResult {
  if (DECLARES_DTD.test(input)) return fail(DTD_MESSAGE);
  const s = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { ok: true, root: buildTree(s) };
  } catch (err) {
    if (err instanceof XmlSyntaxError) return fail(err.message);
    // Out of memory or a stack overflow on pathological input: still a typed answer.
    return fail(`the XML could not be read (${err instanceof Error ? err.message : String(err)})`);
  }
}
