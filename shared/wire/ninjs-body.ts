import { htmlToText } from './html-to-text.ts';
import { fieldsOf, type Fields } from './ninjs-fields.ts';
import { plainTextParagraphs } from './plain-paragraphs.ts';

type BodyKind = 'plain' | 'markup' | 'nitf';

interface Candidate {
  kind: BodyKind;
  value: string;
  /** Where it came from, for warnings: "bodies[1] (text/html)", "body_html". */
  label: string;
}

export interface NinjsBody {
  paragraphs: string[];
  preformatted: number[];
  /** Which representation was read. */
  source: string;
  skipped: string[];
}

/** A body labelled text/plain that is really markup (feeds do this) is read as markup. */
const LOOKS_LIKE_MARKUP = /<(?:p|br|div|span|b|i|em|strong|a|section|body|html|h[1-6]|ul|li)\b[^<>]{0,300}>/i;

function kindOf(contentType: string, role: string, value: string): BodyKind | undefined {
  const type = contentType.toLowerCase();
  if (type.includes('nitf')) return 'nitf';
  if (type.includes('html')) return 'markup';
  if (type.startsWith('text/plain')) return LOOKS_LIKE_MARKUP.test(value) ? 'markup' : 'plain';
  if (type !== '') return undefined; // application/xml (TT's own format), JSON, images: not copy Copydesk reads
  const r = role.toLowerCase();
  if (r.includes('nitf')) return 'nitf';
  if (r.includes('html')) return 'markup';
  return LOOKS_LIKE_MARKUP.test(value) ? 'markup' : 'plain';
}

function candidates(item: Fields): Candidate[] {
  const found: Candidate[] = [];
  item.objects('bodies').forEach((body, i) => {
    const f = fieldsOf(body);
    const value = f.longText('value');
    if (value === undefined) return;
    const contentType = f.text('contentType', 'contenttype', 'mimetype') ?? '';
    const kind = kindOf(contentType, f.text('role') ?? '', value);
    if (kind) found.push({ kind, value, label: `bodies[${i}]${contentType ? ` (${contentType})` : ''}` });
  });
  // ninjs 1.x: body_text, body_html, body_xhtml, body_nitf, and a bare "body" some feeds write.
  for (const name of [...item.namesStartingWith('body_'), 'body']) {
    const value = item.longText(name);
    if (value === undefined) continue;
    const suffix = name.slice(5);
    const kind: BodyKind = suffix.includes('nitf') ? 'nitf' : suffix.includes('html') || LOOKS_LIKE_MARKUP.test(value) ? 'markup' : 'plain';
    found.push({ kind, value, label: name });
  }
  return found;
}

function nitfBodyContent(nitf: string): string {
  const lower = nitf.toLowerCase();
  const start = lower.indexOf('<body.content');
  if (start < 0) return nitf;
  const end = lower.indexOf('</body.content', start);
  return nitf.slice(start, end < 0 ? nitf.length : end);
}

function read(candidate: Candidate): NinjsBody {
  if (candidate.kind === 'plain') {
    return { paragraphs: plainTextParagraphs(candidate.value), preformatted: [], source: candidate.label, skipped: [] };
  }
  const html = htmlToText(candidate.kind === 'nitf' ? nitfBodyContent(candidate.value) : candidate.value);
  return { paragraphs: html.paragraphs, preformatted: html.preformatted, source: candidate.label, skipped: html.skipped };
}

/**
 * The item's body as paragraphs. The plain-text representation is the
 * agency's own and is preferred, unless it lost the paragraph breaks the marked-up
 * one still has (IPTC's own example runs four paragraphs into one line).
 * `sameAsHeadline` drops a first paragraph that only repeats the headline.
 */
export function ninjsBody(item: Fields, sameAsHeadline: (paragraph: string) => boolean): NinjsBody | undefined {
  const all = candidates(item);
  const plain = all.find((c) => c.kind === 'plain');
  const markup = all.find((c) => c.kind === 'markup') ?? all.find((c) => c.kind === 'nitf');
  const read1 = (c: Candidate | undefined) => {
    if (!c) return undefined;
    const body = read(c);
    if (body.paragraphs.length > 1 && sameAsHeadline(body.paragraphs[0] as string)) {
      body.paragraphs.shift();
      body.preformatted = body.preformatted.map((i) => i - 1).filter((i) => i >= 0);
    }
    return body.paragraphs.length > 0 ? body : undefined;
  };
  const fromPlain = read1(plain);
  const fromMarkup = read1(markup);
  if (fromPlain && (!fromMarkup || fromPlain.paragraphs.length >= fromMarkup.paragraphs.length)) return fromPlain;
  return fromMarkup ?? fromPlain;
}
