import { opensTransmission } from './split-transmission.ts';

/**
 * The wire formats Copydesk can tell apart by content. Only 'text' has a parser
 * so far; the others are recognised so an editor hears what the file is.
 */
export type WireFormat =
  | 'text'
  | 'nitf'
  | 'newsml-1.2'
  | 'newsml-g2'
  | 'feed'
  | 'html'
  | 'xml'
  | 'ninjs'
  | 'json'
  | 'iptc7901'
  | 'email'
  | 'rtf';

export const FORMAT_LABELS: Record<WireFormat, string> = {
  text: 'agency plain text',
  nitf: 'NITF XML',
  'newsml-1.2': 'NewsML 1.2 XML',
  'newsml-g2': 'NewsML-G2 XML',
  feed: 'an RSS/Atom feed',
  html: 'a web page (HTML)',
  xml: 'XML',
  ninjs: 'ninjs JSON',
  json: 'JSON',
  iptc7901: 'an IPTC 7901 / ANPA-1312 wire transmission',
  email: 'an e-mail message',
  rtf: 'an RTF document',
};

/** A scraped page or a fragment of one. */
const HTML_ROOTS = new Set(['html', 'head', 'body', 'div', 'p', 'article', 'section', 'span', 'table', 'meta', 'h1', 'h2', 'h3', 'br', 'a', 'main', 'header']);
const G2_ROOTS = new Set(['newsmessage', 'newsitem', 'packageitem', 'knowledgeitem', 'conceptitem', 'planningitem', 'catalogitem', 'contentset', 'contentmeta', 'groupset', 'itemmeta']);

/** The first element's local name, skipping the prolog (declaration, comments, DOCTYPE, PIs). */
function xmlRootName(text: string): string | undefined {
  let rest = text;
  for (let guard = 0; guard < 50; guard++) {
    rest = rest.trimStart();
    if (rest.startsWith('<?')) {
      const end = rest.indexOf('?>');
      if (end < 0) return undefined;
      rest = rest.slice(end + 2);
    } else if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) return undefined;
      rest = rest.slice(end + 3);
    } else if (rest.startsWith('<!')) {
      const end = rest.indexOf('>');
      if (end < 0) return undefined;
      if (/^<!doctype\s+html\b/i.test(rest)) return 'html';
      // An internal subset holds '>' of its own (entity bombs live there): the
      // DOCTYPE names the root, which is enough to send the file to its XML
      // parser, and that parser refuses the subset.
      const declared = /^<!DOCTYPE\s+(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[^>[]*\[/i.exec(rest);
      if (declared) return declared[1];
      rest = rest.slice(end + 1);
    } else {
      const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(rest);
      return m?.[2];
    }
  }
  return undefined;
}

function xmlFormat(root: string): WireFormat {
  const name = root.toLowerCase();
  if (name === 'nitf') return 'nitf';
  if (root === 'NewsML') return 'newsml-1.2';
  if (G2_ROOTS.has(name)) return 'newsml-g2';
  if (name === 'rss' || name === 'feed' || name === 'rdf' || name === 'entry') return 'feed';
  if (HTML_ROOTS.has(name)) return 'html';
  return 'xml';
}

const MAIL_HEADER = /^(?:received|delivered-to|return-path|from|to|cc|subject|date|message-id|mime-version|content-type|content-transfer-encoding|reply-to|x-[\w-]+):[ \t]/i;

function looksLikeEmail(text: string): boolean {
  const lines = text.split('\n', 12).map((l) => l.trim()).filter((l) => l !== '');
  const headers = lines.slice(0, 6).filter((l) => MAIL_HEADER.test(l)).length;
  return headers >= 2 && MAIL_HEADER.test(lines[0] ?? '');
}

function jsonFormat(text: string): WireFormat | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (first !== null && typeof first === 'object') {
    const keys = Object.keys(first);
    if (keys.includes('uri') && (keys.includes('headlines') || keys.includes('bodies') || keys.includes('headline') || keys.includes('body_text'))) {
      return 'ninjs';
    }
  }
  return 'json';
}

/**
 * AP copy whose control characters a gateway stripped still shows ANPA's ^
 * header lines, ended by "<" (flush left) or "=" (centred): "^BC-US--Senate-Budget,650<".
 */
function looksLikeCaretCopy(head: string): boolean {
  const lines = head.slice(0, 2000).split('\n', 12).map((l) => l.trim()).filter((l) => l !== '');
  if (!lines[0]?.startsWith('^')) return false;
  return lines.filter((l) => /^\^.{1,200}[<=]$/.test(l)).length >= 2;
}

/** What the decoded file is, judged by its content (never its name). */
export function detectFormat(text: string): WireFormat {
  const head = text.trimStart();
  // 7901 and ANPA open each transmission with SOH (sometimes after SYN fill), or STX when the header was cut off.
  if (opensTransmission(head) || looksLikeCaretCopy(head)) return 'iptc7901';
  if (head.startsWith('<')) {
    const root = xmlRootName(head);
    if (root !== undefined) return xmlFormat(root);
  }
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (head.startsWith('{') || head.startsWith('[')) {
    const json = jsonFormat(head);
    if (json !== undefined) return json;
    // Broken JSON is still JSON, but "[UPDATE 2] …" is a headline.
    if (/^(?:\{\s*["}]|\[\s*[[{"\]\d-])/.test(head)) return 'json';
  }
  if (looksLikeEmail(head)) return 'email';
  return 'text';
}
