import { htmlToText } from '../html-to-text.ts';
import { decodeCharset } from './charset.ts';
import type { MimeEntity } from './entity.ts';
import { unflow } from './flowed.ts';
import { decodeBase64, decodeQuotedPrintable } from './transfer-encoding.ts';

export interface PartText {
  /** Plain text, LF line ends, paragraphs separated by blank lines when the part was HTML. */
  text: string;
  fromHtml: boolean;
  warnings: string[];
}

/** A charset an HTML part declares in its own <meta>, for parts whose Content-Type names none. */
function metaCharset(html: string): string | undefined {
  return /<meta\b[^>]{0,300}?charset\s*=\s*["']?([\w:.-]{1,40})/i.exec(html.slice(0, 4096))?.[1];
}

/** The part's content bytes, transfer encoding undone. */
export function partBytes(e: MimeEntity, warnings: string[]): string {
  switch (e.transferEncoding) {
    case 'quoted-printable':
      return decodeQuotedPrintable(e.body);
    case 'base64':
      return decodeBase64(e.body);
    case '7bit':
    case '8bit':
    case 'binary':
    case '':
      return e.body;
    default:
      warnings.push(`The text part uses a transfer encoding Copydesk does not know ("${e.transferEncoding}"); it was read as it stands.`);
      return e.body;
  }
}

/**
 * A text part (plain or HTML) as plain text, in its declared charset.
 * `exactBytes` is false when the bytes were recovered from decoded text and two
 * different files could have given that text: then "not UTF-8" cannot be told
 * for sure and is not claimed (the text read is the same either way).
 */
export function partText(e: MimeEntity, exactBytes: boolean): PartText {
  const warnings: string[] = [];
  const bytes = partBytes(e, warnings);
  const fromHtml = e.type === 'text/html' || e.type === 'application/xhtml+xml';
  const declared = e.params.get('charset') ?? (fromHtml ? metaCharset(bytes) : undefined);
  const decoded = decodeCharset(bytes, declared, fromHtml ? 'HTML part' : 'text part');
  const unsure = decoded.problem === 'not-utf8' || decoded.problem === 'no-charset';
  if (decoded.warning !== undefined && (exactBytes || !unsure)) warnings.push(decoded.warning);
  let text = decoded.text.replace(/\r\n?/g, '\n');
  if (fromHtml) {
    const html = htmlToText(text);
    if (html.skipped.length > 0) warnings.push(`Left out of the mail's HTML: ${html.skipped.join(', ')}.`);
    text = html.paragraphs.join('\n\n');
  } else if ((e.params.get('format') ?? '').toLowerCase() === 'flowed') {
    text = unflow(text, (e.params.get('delsp') ?? '').toLowerCase() === 'yes');
  }
  return { text, fromHtml, warnings };
}
