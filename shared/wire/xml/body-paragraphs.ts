import type { XmlElement } from './tree.ts';
import { collapseSpace, descendants, elements, rawText } from './tree.ts';

/** A story body read from NITF or XHTML markup: text only, never markup. */
export interface BodyText {
  paragraphs: string[];
  /** Indexes into paragraphs of copy that keeps its line breaks (tables, pre). */
  preformatted: number[];
  /**
   * Text that stood outside any paragraph while the body had paragraphs (a
   * vignette, a source line): kept beside the story rather than mixed into it.
   */
  loose: string[];
}

/** Elements whose text is one paragraph (unless they hold blocks themselves). */
const PARAGRAPHS = new Set(['p', 'hl1', 'hl2', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'address', 'credit', 'summary', 'caption']);
/** Elements that only group blocks. */
const CONTAINERS = new Set([
  'html', 'body', 'nitf', 'body.content', 'block', 'bq', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'ul', 'ol', 'dl',
  'details', 'center', 'hgroup', 'nitf-table', 'content', 'datacontent', 'inlinexml',
]);
/** Not story text: media, scripts, forms, metadata, the NITF head and end matter. */
const SKIPPED = new Set([
  'head', 'title', 'meta', 'link', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'track',
  'picture', 'img', 'svg', 'math', 'canvas', 'map', 'form', 'input', 'button', 'select', 'textarea', 'figure', 'figcaption', 'nav', 'hr',
  'media', 'media-reference', 'media-caption', 'media-producer', 'media-metadata', 'media-object', 'nitf-table-metadata', 'body.head', 'body.end',
  'note', 'fn', 'tagline',
]);
const PREFORMATTED = new Set(['pre']);
const TABLES = new Set(['table']);

/** Marks a <br> inside collected text: XML forbids NUL, and Copydesk refuses files holding one, so it cannot clash with copy. */
const BR = '\u0000';
const DOUBLE_BR = /\u0000\s*\u0000[\s\u0000]*/;

type Kind = 'paragraph' | 'container' | 'skip' | 'pre' | 'table' | 'br' | 'inline';

function kindOf(el: XmlElement): Kind {
  const name = el.local.toLowerCase();
  if (name === 'br') return 'br';
  if (PARAGRAPHS.has(name)) return 'paragraph';
  if (CONTAINERS.has(name)) return 'container';
  if (SKIPPED.has(name)) return 'skip';
  if (PREFORMATTED.has(name)) return 'pre';
  if (TABLES.has(name)) return 'table';
  return 'inline';
}

/** True when a block-level element sits anywhere below: then the element is read as a container. */
function holdsBlocks(el: XmlElement): boolean {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    const kind = kindOf(c);
    if (kind === 'paragraph' || kind === 'container' || kind === 'pre' || kind === 'table') return true;
    if (kind === 'inline' && holdsBlocks(c)) return true;
  }
  return false;
}

function holdsDirectText(el: XmlElement): boolean {
  return el.children.some((c) => typeof c === 'string' && c.trim() !== '');
}

/** Inline text with <br> marked, skipping media and scripts. */
function inlineText(el: XmlElement, parts: string[]): void {
  for (const c of el.children) {
    if (typeof c === 'string') {
      parts.push(c);
      continue;
    }
    const kind = kindOf(c);
    if (kind === 'br') parts.push(BR);
    else if (kind !== 'skip') inlineText(c, parts);
  }
}

/** Collected text → paragraphs: a double <br> splits, a single one is a space (hard-wrapped wire lines). */
function paragraphsOf(joined: string): string[] {
  if (!joined.includes(BR)) {
    const t = collapseSpace(joined);
    return t === '' ? [] : [t];
  }
  return joined
    .split(DOUBLE_BR)
    .map((part) => collapseSpace(part.replaceAll(BR, ' ')))
    .filter((t) => t !== '');
}

function preText(el: XmlElement): string {
  const parts: string[] = [];
  inlineText(el, parts);
  const lines = parts.join('').replaceAll(BR, '\n').split('\n').map((l) => l.trimEnd());
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  return lines.join('\n');
}

/** A table as aligned plain-text columns, one row a line. */
function tableText(table: XmlElement): string {
  const rows: string[][] = [];
  for (const tr of descendants(table, 'tr')) {
    const cells = elements(tr)
      .filter((c) => c.local === 'td' || c.local === 'th')
      .map((c) => {
        const parts: string[] = [];
        inlineText(c, parts);
        return collapseSpace(parts.join('').replaceAll(BR, ' '));
      });
    if (cells.some((c) => c !== '')) rows.push(cells);
  }
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const lines = rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd());
  const caption = elements(table).find((c) => c.local === 'caption');
  const title = caption ? collapseSpace(rawText(caption)) : '';
  return [title, ...lines].filter((l) => l !== '').join('\n');
}

interface Piece {
  kind: 'paragraph' | 'pre' | 'loose';
  text: string;
}

function walk(container: XmlElement, out: Piece[]): void {
  let run: string[] = [];
  const flushRun = () => {
    if (run.length === 0) return;
    for (const text of paragraphsOf(run.join(''))) out.push({ kind: 'loose', text });
    run = [];
  };
  for (const c of container.children) {
    if (typeof c === 'string') {
      run.push(c);
      continue;
    }
    const kind = kindOf(c);
    if (kind === 'skip') continue;
    if (kind === 'br') {
      run.push(BR);
      continue;
    }
    if (kind === 'inline' && !holdsBlocks(c)) {
      inlineText(c, run);
      continue;
    }
    flushRun();
    if (kind === 'pre' || kind === 'table') {
      const text = kind === 'pre' ? preText(c) : tableText(c);
      if (text !== '') out.push({ kind: 'pre', text });
    } else if (kind === 'paragraph' && !holdsBlocks(c)) {
      const parts: string[] = [];
      inlineText(c, parts);
      for (const text of paragraphsOf(parts.join(''))) out.push({ kind: 'paragraph', text });
    } else if (kind === 'container' && c.local.toLowerCase() === 'div' && holdsDirectText(c) && !holdsBlocks(c)) {
      // <div>copy</div> is how much XHTML writes a paragraph.
      const parts: string[] = [];
      inlineText(c, parts);
      for (const text of paragraphsOf(parts.join(''))) out.push({ kind: 'paragraph', text });
    } else {
      walk(c, out);
    }
  }
  flushRun();
}

/**
 * The paragraphs of a NITF body.content, an XHTML body or any element that
 * holds them: p, subheads (hl2, h2…) and list items each one paragraph,
 * tables and pre kept preformatted, media and scripts left out.
 */
export function bodyParagraphs(container: XmlElement | undefined): BodyText {
  const body: BodyText = { paragraphs: [], preformatted: [], loose: [] };
  if (!container) return body;
  const pieces: Piece[] = [];
  walk(container, pieces);
  const hasParagraphs = pieces.some((p) => p.kind !== 'loose');
  for (const piece of pieces) {
    if (piece.kind === 'loose' && hasParagraphs) {
      body.loose.push(piece.text);
      continue;
    }
    if (piece.kind === 'pre') body.preformatted.push(body.paragraphs.length);
    body.paragraphs.push(piece.text);
  }
  return body;
}
