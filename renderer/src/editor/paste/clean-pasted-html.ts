import { isAllowedLinkUrl } from '../../../../shared/editor/editor-nodes.ts';

/**
 * Pasted HTML as a story may hold it: paragraphs, h3 subheadings, block
 * quotes, bulleted and numbered lists, bold, italic, line breaks and web links.
 * Everything else a web page or a word processor puts on the clipboard
 * (styles, classes, fonts, colours, images, tables, scripts, Word's list
 * glyphs) goes; the words stay.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(renameStyleAttributes(html), 'text/html');
  return writeBlocks(readPastedBlocks(doc.body));
}

/**
 * Even an inert parse of a style attribute makes the page's CSP
 * (style-src 'self') report a violation, so a paste from the web would fill
 * the console with them. The styles are only read here (for bold and
 * italic), so they are parsed under another name. One missed is harmless: a
 * report, and a style the CSP does not apply anyway.
 */
const PASTED_STYLE = 'data-pasted-style';
const STYLE_ATTRIBUTE = /(<[a-zA-Z][^>]*?\s)style(\s*=)/g;

function renameStyleAttributes(html: string): string {
  return html.replace(STYLE_ATTRIBUTE, `$1${PASTED_STYLE}$2`);
}

function styleOf(el: Element): string {
  return (el.getAttribute(PASTED_STYLE) ?? el.getAttribute('style') ?? '').toLowerCase();
}

interface TextRun {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  href: string | null;
}
type Inline = TextRun | { kind: 'break' };

type BlockKind = 'paragraph' | 'subheading' | 'quote';

type CleanBlock = { kind: BlockKind; content: Inline[] } | { kind: 'list'; ordered: boolean; items: ListItem[] };

interface ListItem {
  content: Inline[];
  /** Lists nested in the item. */
  lists: CleanBlock[];
}

interface Format {
  bold: boolean;
  italic: boolean;
  href: string | null;
  /** Inside <pre>: line ends are line breaks, spaces are kept. */
  pre: boolean;
}

const PLAIN: Format = { bold: false, italic: false, href: null, pre: false };

/** What never carries story text (or carries only page furniture): dropped with its content. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'base',
  'img', 'picture', 'svg', 'math', 'video', 'audio', 'source', 'track', 'canvas', 'map', 'area',
  'iframe', 'object', 'embed', 'frame', 'frameset',
  'button', 'input', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'meter', 'progress',
  'xml', 'o:smarttagtype', 'v:shape', 'v:imagedata', 'w:sdt',
]);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'caption',
  'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'ul', 'body', 'html',
]);

/** The blocks of a pasted fragment, in order. */
function readPastedBlocks(root: Element): CleanBlock[] {
  const flow = new Flow(false);
  walkChildren(root, PLAIN, 'paragraph', flow);
  flow.endBlock();
  return flow.blocks;
}

function walkChildren(parent: Node, format: Format, kind: BlockKind, flow: Flow): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) walk(child, format, kind, flow);
}

function walk(node: Node, format: Format, kind: BlockKind, flow: Flow): void {
  if (node.nodeType === 3) {
    flow.text(node.nodeValue ?? '', format, kind);
    return;
  }
  if (node.nodeType !== 1) return; // comments (Word's <!--[if …]>), processing instructions
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  const style = styleOf(el);
  if (DROPPED.has(tag) || /mso-list\s*:\s*ignore/.test(style) || /display\s*:\s*none/.test(style)) return;
  const own = formatOf(el, tag, style, format);

  if (tag === 'br') {
    flow.lineBreak(kind);
    return;
  }
  if (tag === 'ul' || tag === 'ol') {
    flow.list({ kind: 'list', ordered: tag === 'ol', items: readItems(el, own) });
    return;
  }
  if (isWordListParagraph(el, style)) {
    const item = new Flow(true);
    walkChildren(el, own, 'paragraph', item);
    flow.wordListItem(wordListIsOrdered(el), item.itemContent());
    return;
  }
  if (!BLOCKS.has(tag)) {
    walkChildren(el, own, kind, flow);
    return;
  }
  flow.endBlock();
  walkChildren(el, own, blockKindOf(tag, kind), flow);
  flow.endBlock();
}

/** Headings in pasted copy are subheadings at most: the story's h1 and h2 are its headline and standfirst. */
function blockKindOf(tag: string, outer: BlockKind): BlockKind {
  if (tag === 'blockquote') return 'quote';
  if (/^h[1-4]$/.test(tag)) return outer === 'quote' ? 'quote' : 'subheading';
  if (/^h[56]$/.test(tag)) return outer === 'quote' ? 'quote' : 'paragraph';
  return outer;
}

function formatOf(el: Element, tag: string, style: string, outer: Format): Format {
  const format = { ...outer };
  if (tag === 'b' || tag === 'strong') format.bold = true;
  if (tag === 'i' || tag === 'em' || tag === 'cite' || tag === 'dfn' || tag === 'var') format.italic = true;
  if (tag === 'pre' || tag === 'xmp' || tag === 'listing') format.pre = true;
  // Google Docs wraps a whole copy in <b style="font-weight:normal">; a style always wins over the tag.
  const weight = /font-weight\s*:\s*([a-z0-9]+)/.exec(style)?.[1];
  if (weight !== undefined) format.bold = weight === 'bold' || weight === 'bolder' || (/^\d+$/.test(weight) && Number(weight) >= 600);
  const fontStyle = /font-style\s*:\s*([a-z]+)/.exec(style)?.[1];
  if (fontStyle !== undefined) format.italic = fontStyle === 'italic' || fontStyle === 'oblique';
  if (tag === 'a') {
    const href = (el.getAttribute('href') ?? '').trim();
    // A link a story may not keep (javascript:, mailto:, a page-relative path) leaves its words behind.
    format.href = isAllowedLinkUrl(href) ? href : null;
  }
  return format;
}

function readItems(list: Element, format: Format): ListItem[] {
  const items: ListItem[] = [];
  for (let child = list.firstChild; child; child = child.nextSibling) {
    const el = child.nodeType === 1 ? (child as Element) : null;
    const tag = el?.tagName.toLowerCase();
    if (el && (tag === 'ul' || tag === 'ol')) {
      // A list straight inside a list (as some editors write nesting) belongs to the item before it.
      const nested: CleanBlock = { kind: 'list', ordered: tag === 'ol', items: readItems(el, format) };
      const last = items.at(-1);
      if (last) last.lists.push(nested);
      else items.push({ content: [], lists: [nested] });
      continue;
    }
    const item = new Flow(true);
    if (el && tag === 'li') walkChildren(el, formatOf(el, tag, styleOf(el), format), 'paragraph', item);
    else walk(child, format, 'paragraph', item);
    const content = item.itemContent();
    if (hasWords(content) || item.blocks.length > 0) items.push({ content, lists: item.blocks });
  }
  return items;
}

/** Word writes a list as paragraphs of class MsoListParagraph… (or styled mso-list:l0 level1), each led by its glyph. */
function isWordListParagraph(el: Element, style: string): boolean {
  if (el.tagName.toLowerCase() !== 'p') return false;
  return /^msolistparagraph/i.test(el.getAttribute('class') ?? '') || /mso-list\s*:\s*l\d+/.test(style);
}

/** The glyph Word puts before the item says which kind of list: "1." or "a)" is numbered, "·" or "o" a bullet. */
function wordListIsOrdered(el: Element): boolean {
  for (const span of el.querySelectorAll(`[${PASTED_STYLE}], [style]`)) {
    if (!/mso-list\s*:\s*ignore/.test(styleOf(span))) continue;
    return /^\s*(?:\d+|[a-z]|[ivxlc]+)[.)]/i.test(span.textContent ?? '');
  }
  return false;
}

/**
 * Collects inline content and cuts it into blocks. An item flow (inside a
 * list item) never cuts: a block boundary there is a line break, and lists
 * met inside it are the item's nested lists.
 */
class Flow {
  readonly blocks: CleanBlock[] = [];
  private line: Inline[] = [];
  private lineKind: BlockKind = 'paragraph';
  /** The list Word paragraphs are being gathered into, while nothing else came between. */
  private wordList: { ordered: boolean; items: ListItem[] } | null = null;

  constructor(private readonly inItem: boolean) {}

  text(raw: string, format: Format, kind: BlockKind): void {
    if (raw === '') return;
    this.startLine(kind);
    if (format.pre) {
      raw.split(/\r\n|\r|\n/).forEach((part, i) => {
        if (i > 0) this.line.push({ kind: 'break' });
        if (part !== '') this.line.push({ kind: 'text', text: part, bold: format.bold, italic: format.italic, href: format.href });
      });
      return;
    }
    this.line.push({ kind: 'text', text: raw.replace(/[ \t\n\r\f]+/g, ' '), bold: format.bold, italic: format.italic, href: format.href });
  }

  /** Two breaks in a row, as web copy often separates paragraphs, start a new paragraph. */
  lineBreak(kind: BlockKind): void {
    const previous = lastMeaningful(this.line);
    if (!this.inItem && previous?.kind === 'break') {
      this.endBlock();
      return;
    }
    this.startLine(kind);
    this.line.push({ kind: 'break' });
  }

  list(list: CleanBlock): void {
    if (this.inItem) {
      this.blocks.push(list);
      return;
    }
    this.endBlock();
    this.blocks.push(list);
  }

  wordListItem(ordered: boolean, content: Inline[]): void {
    if (this.inItem) {
      this.endBlock();
      this.line.push(...content);
      this.endBlock();
      return;
    }
    this.endBlock();
    if (!hasWords(content)) return;
    if (!this.wordList || this.wordList.ordered !== ordered) {
      this.wordList = { ordered, items: [] };
      this.blocks.push({ kind: 'list', ...this.wordList });
    }
    this.wordList.items.push({ content, lists: [] });
  }

  endBlock(): void {
    if (this.inItem) {
      if (hasWords(this.line) && lastMeaningful(this.line)?.kind !== 'break') this.line.push({ kind: 'break' });
      return;
    }
    const content = tidy(this.line);
    this.line = [];
    if (!hasWords(content)) return;
    this.wordList = null;
    this.blocks.push({ kind: this.lineKind, content });
  }

  itemContent(): Inline[] {
    return tidy(this.line);
  }

  private startLine(kind: BlockKind): void {
    if (this.line.length === 0) this.lineKind = kind;
  }
}

function lastMeaningful(line: Inline[]): Inline | undefined {
  for (let i = line.length - 1; i >= 0; i -= 1) {
    const inline = line[i]!;
    if (inline.kind === 'break' || inline.text.trim() !== '') return inline;
  }
  return undefined;
}

function hasWords(content: Inline[]): boolean {
  return content.some((inline) => inline.kind === 'text' && /[^\s\u00a0]/.test(inline.text));
}

/** HTML's whitespace rules, applied once: no space at a line's edges, one between words, breaks only between text. */
function tidy(line: Inline[]): Inline[] {
  const out: Inline[] = [];
  let afterSpace = true;
  for (const inline of line) {
    if (inline.kind === 'break') {
      trimEnd(out);
      if (out.length > 0 && out.at(-1)?.kind !== 'break') out.push(inline);
      afterSpace = true;
      continue;
    }
    let text = inline.text;
    if (afterSpace) text = text.replace(/^ +/, '');
    if (text === '') continue;
    afterSpace = text.endsWith(' ');
    const last = out.at(-1);
    if (last?.kind === 'text' && last.bold === inline.bold && last.italic === inline.italic && last.href === inline.href) last.text += text;
    else out.push({ ...inline, text });
  }
  trimEnd(out);
  while (out.at(-1)?.kind === 'break') {
    out.pop();
    trimEnd(out);
  }
  while (out[0]?.kind === 'break') out.shift();
  return out;
}

function trimEnd(out: Inline[]): void {
  const last = out.at(-1);
  if (last?.kind !== 'text') return;
  last.text = last.text.replace(/ +$/, '');
  if (last.text === '') out.pop();
}

function writeBlocks(blocks: CleanBlock[]): string {
  return blocks.map(writeBlock).join('');
}

function writeBlock(block: CleanBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${writeInlines(block.content)}</p>`;
    case 'subheading':
      return `<h3>${writeInlines(block.content)}</h3>`;
    case 'quote':
      return `<blockquote>${writeInlines(block.content)}</blockquote>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map((item) => `<li>${writeInlines(item.content)}${item.lists.map(writeBlock).join('')}</li>`);
      return `<${tag}>${items.join('')}</${tag}>`;
    }
  }
}

/** Runs under one link share one <a>, so a link half in bold stays one link. */
function writeInlines(content: Inline[]): string {
  let html = '';
  let openHref: string | null = null;
  for (const inline of content) {
    const href = inline.kind === 'text' ? inline.href : null;
    if (href !== openHref) {
      if (openHref !== null) html += '</a>';
      if (href !== null) html += `<a href="${escapeHtml(href)}">`;
      openHref = href;
    }
    if (inline.kind === 'break') {
      html += '<br>';
      continue;
    }
    let text = escapeHtml(inline.text);
    if (inline.italic) text = `<em>${text}</em>`;
    if (inline.bold) text = `<strong>${text}</strong>`;
    html += text;
  }
  if (openHref !== null) html += '</a>';
  return html;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
