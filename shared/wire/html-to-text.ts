import { NAMED_ENTITIES } from './html-entities.ts';

/** Markup from the wire turned into plain paragraphs: what an editor reads, never what a browser would run. */
export interface HtmlText {
  paragraphs: string[];
  /** Indexes into `paragraphs` of text that came from <pre>: line breaks and spacing matter there. */
  preformatted: number[];
  /** What was left out, in words ("a figure (photo caption)"), so the parser can say so. */
  skipped: string[];
}

/** Elements whose content is code or metadata, not copy; their text is never read as text. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

/** Elements whose (ordinary markup) content is not story text: skipped with everything inside. */
const SKIP_CONTENT: Record<string, string> = {
  head: '',
  template: '',
  svg: 'an SVG graphic',
  math: 'a formula',
  object: 'an embedded object',
  select: '',
  canvas: '',
  video: 'a video',
  audio: 'an audio clip',
  map: '',
  xml: '',
  figure: 'a figure (photo caption)',
  media: 'a media object (caption)',
};

/** Elements that start and end a paragraph of their own. NITF's block, hl1, hl2 and hedline included. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
  'block', 'hl1', 'hl2', 'hedline', 'body.content', 'body.head', 'body.end', 'tagline', 'bq', 'credit', 'note',
]);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** C0 and C1 controls: never copy, whatever an entity or the markup says. */
const CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
const HTML_SPACE = /[ \t\n\r\f]+/g;

/** HTML maps numeric references in the C1 range as Windows-1252 does (&#150; is an en dash). */
const C1_AS_CP1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030,
  0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022,
  0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(C1_AS_CP1252[code] ?? code);
}

/** The most common names are often written without their semicolon ("&nbsp", "&amp"). */
const WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);
const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;

/** Character references → characters. Unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string) => {
    if (dec !== undefined) return fromCodePoint(Number(dec));
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    const key = name as string;
    if (semi === '' && !WITHOUT_SEMICOLON.has(key)) return whole;
    return NAMED_ENTITIES.get(key) ?? whole;
  });
}

/** Where a tag that opens at `start` ("<") ends: after its ">", skipping quoted attribute values. */
function tagEnd(html: string, start: number): number {
  for (let i = start + 1; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 0x3e) return i + 1; // >
    if (c === 0x22 || c === 0x27) {
      // A quote only opens a value after "="; elsewhere it is junk in the tag.
      if (html.charCodeAt(i - 1) !== 0x3d && !/=\s*$/.test(html.slice(Math.max(start, i - 8), i))) continue;
      const close = html.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0) return html.length;
      i = close;
    }
  }
  return html.length;
}

const TAG_NAME = /^<\/?([A-Za-z][A-Za-z0-9:._-]{0,40})/;

class Collector {
  readonly paragraphs: string[] = [];
  readonly preformatted: number[] = [];
  private current = '';
  private pre = '';
  preDepth = 0;

  text(raw: string): void {
    if (this.preDepth > 0) this.pre += decodeEntities(raw);
    else this.current += decodeEntities(raw);
  }

  space(): void {
    if (this.preDepth > 0) this.pre += ' ';
    else if (this.current !== '' && !this.current.endsWith(' ')) this.current += ' ';
  }

  breakParagraph(): void {
    if (this.preDepth > 0) {
      this.pre += '\n';
      return;
    }
    const text = this.current.replace(CONTROLS, '').replace(HTML_SPACE, ' ').trim();
    if (text !== '') this.paragraphs.push(text);
    this.current = '';
  }

  endPre(): void {
    const lines = this.pre.replace(/\r\n?/g, '\n').replace(CONTROLS, '').split('\n').map((l) => l.replace(/\s+$/, ''));
    while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
    while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
    if (lines.length > 0) {
      this.preformatted.push(this.paragraphs.length);
      this.paragraphs.push(lines.join('\n'));
    }
    this.pre = '';
  }
}

/**
 * Wire HTML (or XHTML, or an NITF body) → plain paragraphs. A single linear
 * scan with no DOM: block elements and <br> break paragraphs, scripts, styles,
 * comments and embedded objects are skipped, entities are decoded, and markup
 * never reaches the output. Malformed markup degrades to text, never to an error.
 */
export function htmlToText(html: string): HtmlText {
  const out = new Collector();
  const lower = html.toLowerCase();
  const skipped = new Map<string, number>();
  /** Inside an element whose content is skipped: its name and how deeply it nests. */
  let skipping: { name: string; depth: number } | undefined;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      if (!skipping) out.text(html.slice(i));
      break;
    }
    if (lt > i && !skipping) out.text(html.slice(i, lt));
    i = lt;

    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', i)) {
      const end = html.indexOf(']]>', i + 9);
      const stop = end < 0 ? html.length : end;
      if (!skipping) out.text(html.slice(i + 9, stop).replace(/&/g, '&amp;'));
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const next = html.charAt(i + 1);
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', i);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const m = TAG_NAME.exec(html.slice(i, i + 44));
    if (!m) {
      if (!skipping) out.text('&lt;');
      i += 1;
      continue;
    }
    const closing = next === '/';
    const name = (m[1] as string).toLowerCase();
    const end = tagEnd(html, i);
    const selfClosing = html.charCodeAt(end - 2) === 0x2f; // "/>"
    i = end;

    if (!closing && RAW_TEXT.has(name)) {
      // Raw text runs to its own end tag, whatever it contains.
      if (name === 'plaintext') break;
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? html.length : tagEnd(html, close);
      const what = name === 'script' ? 'a script' : name === 'iframe' ? 'an embedded frame' : undefined;
      if (what) skipped.set(what, (skipped.get(what) ?? 0) + 1);
      continue;
    }
    if (skipping) {
      if (name === skipping.name && !VOID.has(name) && !selfClosing) {
        skipping.depth += closing ? -1 : 1;
        if (skipping.depth === 0) skipping = undefined;
      }
      continue;
    }
    if (!closing && name in SKIP_CONTENT && !selfClosing) {
      skipping = { name, depth: 1 };
      const what = SKIP_CONTENT[name] as string;
      if (what !== '') skipped.set(what, (skipped.get(what) ?? 0) + 1);
      out.breakParagraph();
      continue;
    }
    if (name === 'pre') {
      if (closing) {
        if (out.preDepth > 0 && --out.preDepth === 0) out.endPre();
      } else {
        out.breakParagraph();
        out.preDepth++;
      }
      continue;
    }
    if (name === 'br' || BLOCK.has(name)) out.breakParagraph();
    else if (name === 'td' || name === 'th') out.space();
  }
  if (out.preDepth > 0) out.endPre();
  out.breakParagraph();
  return {
    paragraphs: out.paragraphs,
    preformatted: out.preformatted,
    skipped: [...skipped].map(([what, n]) => (n === 1 ? what : `${what} ×${n}`)),
  };
}
