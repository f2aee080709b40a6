import type { WireStory } from '../model/story.ts';
import { datelineLeadOf } from './body-conventions.ts';
import { decodeText } from './decode-text.ts';
import { isoDate } from './dateline.ts';
import { agencyOfSender, parseSender } from './mail-sender.ts';
import { readMailCopy, type MailCopy } from './mail-copy.ts';
import { bytesToByteString, cp1252ByteString, hasHighBytes, isUtf8, utf8ByteString } from './mime/byte-string.ts';
import { decodeHeaderValue } from './mime/encoded-words.ts';
import { parseMime, structureProblems, type MimeEntity } from './mime/entity.ts';
import { headerValue } from './mime/headers.ts';
import { parseMailDate } from './mime/mail-date.ts';
import { partText } from './mime/part-text.ts';
import { selectBody } from './mime/select-body.ts';
import { oneLine } from './one-line.ts';
import { parseText } from './parse-text.ts';
import type { ParseResult } from './types.ts';

/**
 * The message's bytes, recovered from the text parseWire decoded.
 *
 * parseWire decodes the whole file before any parser sees it: strict UTF-8, or
 * else Windows-1252. A mail can mix charsets part by part, so each part must be
 * re-read in its own charset, which needs its bytes:
 *
 * - A file decoded as Windows-1252 gives them back exactly: decodeWindows1252
 *   maps each of the 256 bytes to a character of its own (the five undefined
 *   bytes to C1 controls), so re-encoding is lossless. An 8-bit Latin-1 part
 *   (é = E9 before an ASCII byte) is never valid UTF-8, which is why such a file
 *   falls back to Windows-1252 in the first place; a UTF-8 part in the same file
 *   was decoded wrongly there, and is decoded right from its recovered bytes.
 * - A file decoded as UTF-8 gives them back exactly by UTF-8 encoding. Its text
 *   may hold characters Windows-1252 cannot produce; then it was UTF-8.
 * - When every character is one Windows-1252 can produce, re-encoding both ways
 *   is tried: if the Windows-1252 bytes are themselves valid multi-byte UTF-8,
 *   the file cannot have been decoded as Windows-1252 (it would have passed as
 *   UTF-8), so it was UTF-8. Otherwise two different files give this same text
 *   (UTF-8 "café" and Windows-1252 "café"), and the Windows-1252 bytes are used.
 *   Every part then reads the same as either file would, except that "this part
 *   is not valid UTF-8" cannot be claimed, so it is not (`exact` false).
 *
 * Reading from text is therefore correct for every mail Copydesk receives, but
 * `parseEmailBytes` is simpler and exact and is the one to wire into parseWire
 * when the parser table can hand a parser the raw bytes.
 */
function recoverBytes(text: string): { bytes: string; exact: boolean } {
  const cp = cp1252ByteString(text);
  if (cp === undefined) return { bytes: utf8ByteString(text), exact: true };
  if (!hasHighBytes(cp)) return { bytes: cp, exact: true };
  if (isUtf8(cp)) return { bytes: utf8ByteString(text), exact: true };
  return { bytes: cp, exact: false };
}

/** Reply and forward prefixes mail clients put before a subject ("Fwd:", "AW:", "RE:"). */
const SUBJECT_PREFIX = /^(?:(?:re|fw|fwd|aw|wg|rv|tr|sv|vs|antw|r)\s*(?:\[\d+\])?\s*:\s*)+/i;

function header(entity: MimeEntity, name: string): string | undefined {
  const raw = headerValue(entity.fields, name);
  if (raw === undefined) return undefined;
  const value = oneLine(decodeHeaderValue(raw));
  return value === '' ? undefined : value;
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}

/** "<abc@host>" → "mid:abc@host" (RFC 2392), with characters a URI may not hold percent-encoded. */
function messageUri(messageId: string | undefined): string | undefined {
  const id = messageId?.match(/<([^<>]{1,500})>/)?.[1] ?? messageId?.trim();
  if (id === undefined || id === '' || /\s/.test(id)) return undefined;
  return `mid:${id.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g, (c) => encodeURIComponent(c))}`;
}

/** The dateline names day and month; the mail's date gives the year (December copy mailed in January is last year's). */
function datelineYear(month: number, mailDate: string | undefined): number | undefined {
  if (mailDate === undefined) return undefined;
  const year = Number(mailDate.slice(0, 4));
  const mailMonth = Number(mailDate.slice(5, 7));
  if (month === 12 && mailMonth === 1) return year - 1;
  if (month === 1 && mailMonth === 12) return year + 1;
  return year;
}

function without(warnings: string[], pattern: RegExp): string[] {
  return warnings.filter((w) => !pattern.test(w));
}

interface MailHeaders {
  subject?: string;
  from?: string;
  date?: string;
  messageId?: string;
  language?: string;
  keywords: string[];
}

function headersOf(entity: MimeEntity): MailHeaders {
  const headers: MailHeaders = { keywords: [] };
  const set = <K extends 'subject' | 'from' | 'date' | 'messageId' | 'language'>(key: K, value: string | undefined) => {
    if (value !== undefined) headers[key] = value;
  };
  set('subject', header(entity, 'subject'));
  set('from', header(entity, 'from'));
  set('date', header(entity, 'date'));
  set('messageId', headerValue(entity.fields, 'message-id'));
  const language = header(entity, 'content-language')?.split(/[,\s]/)[0];
  if (language !== undefined && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language)) headers.language = language;
  const keywords = header(entity, 'keywords');
  if (keywords !== undefined) headers.keywords = keywords.split(/\s*[,;]\s*/).filter((k) => k !== '').slice(0, 50);
  return headers;
}

function chooseHeadline(story: WireStory, copy: MailCopy, subject: string | undefined, warnings: string[]): void {
  const fromCopy = story.headlineDerived ? undefined : story.headline;
  // The plain-text parser takes a lone short first line as the headline; with an authoritative one, that line is copy.
  const giveBack = () => {
    if (fromCopy !== undefined) story.body.unshift(fromCopy);
  };
  if (copy.headline !== undefined) {
    if (fromCopy !== undefined && !sameText(fromCopy, copy.headline)) giveBack();
    story.headline = copy.headline;
    if (subject !== undefined && !sameText(subject, copy.headline)) {
      warnings.push(`The mail's subject (“${subject}”) differs from the headline in the copy, which was used.`);
    }
  } else if (fromCopy !== undefined) {
    if (subject !== undefined && !sameText(subject, fromCopy)) {
      if (story.dateline) warnings.push(`The mail's subject (“${subject}”) differs from the copy's own headline, which was used.`);
      else {
        giveBack();
        story.headline = subject;
      }
    }
  } else if (subject !== undefined) {
    story.headline = subject;
  } else {
    return;
  }
  story.headlineDerived = false;
  story.warnings = without(story.warnings, /has no headline; one was derived/);
  // Mailers repeat the subject as the copy's first line.
  if (story.body.length > 1 && sameText(story.body[0] as string, story.headline)) story.body.shift();
}

function completeDateline(story: WireStory, mailDate: string | undefined): void {
  const lead = datelineLeadOf(story.body[0]);
  if (!story.dateline && lead) {
    story.dateline = lead.dateline;
    story.warnings = without(story.warnings, /^No dateline/);
  }
  if (story.dateline && story.dateline.date === undefined && lead?.day && lead.dateline.text === story.dateline.text) {
    const year = datelineYear(lead.day.month, mailDate);
    if (year !== undefined) {
      story.dateline = { ...story.dateline, date: isoDate(lead.day, year) };
      story.warnings = without(story.warnings, /names a day .* but no year/);
    }
  }
}

function assignAgency(story: WireStory, copy: MailCopy, from: string | undefined, warnings: string[]): void {
  const noAgency = /^No agency found/;
  if (story.provider === undefined && copy.signoffAgency !== undefined) {
    story.provider = copy.signoffAgency;
    story.warnings = without(story.warnings, noAgency);
  }
  // A dateline found after the plain-text parser ran (AAP's bare form) names the agency too.
  if (story.dateline?.agency !== undefined && story.provider === undefined) {
    story.provider = story.dateline.agency;
    story.warnings = without(story.warnings, noAgency);
  }
  if (from === undefined) return;
  const sender = parseSender(from);
  const senderAgency = agencyOfSender(sender);
  if (story.provider === undefined) {
    if (senderAgency !== undefined) {
      story.provider = senderAgency;
      story.warnings = without(story.warnings, noAgency);
      warnings.push(`The copy names no agency; it was taken from the mail's sender (${sender.text}).`);
    } else {
      warnings.push(`The mail came from ${sender.text}, which Copydesk does not know as an agency or distributor.`);
    }
  } else if (senderAgency !== undefined && senderAgency !== story.provider && story.distributor === undefined) {
    // An agency mailing another agency's copy is distributing it.
    story.distributor = senderAgency;
  }
}

function noStory(message: string): ParseResult {
  return { ok: false, error: { code: 'no-story', message } };
}

function readMessage(bytes: string, exact: boolean): ParseResult {
  const root = parseMime(bytes);
  if (root.fields.length === 0) return { ok: false, error: { code: 'malformed', message: 'the file does not start with mail headers' } };
  const warnings: string[] = [];
  let headers = headersOf(root);
  let selection = selectBody(root);
  if (!selection.body && selection.attachedMessage) {
    const inner = selectBody(selection.attachedMessage);
    if (inner.body) {
      warnings.push('The mail only carries an attached message; the story was read from that message.');
      headers = { ...headersOf(selection.attachedMessage), keywords: headers.keywords };
      selection = { ...inner, notRead: [...selection.notRead.filter((n) => !n.startsWith('an attached message')), ...inner.notRead] };
    }
  }
  warnings.push(...structureProblems(root));
  if (!selection.body) {
    const holds = selection.notRead.length > 0 ? `, only ${selection.notRead.slice(0, 4).join(', ')}` : '';
    return noStory(`the mail has no text to read${holds}`);
  }
  if (selection.notRead.length > 0) warnings.push(`Not read (attachments and other parts): ${selection.notRead.join('; ')}.`);

  const part = partText(selection.body, exact);
  warnings.push(...part.warnings);
  const copy = readMailCopy(part.text);
  warnings.push(...copy.warnings);

  const parsed = parseText(copy.text);
  if (!parsed.ok) {
    const why = parsed.error.code === 'no-story' ? parsed.error.message.replace(/^the file/, 'the mail') : parsed.error.message;
    return { ok: false, error: { ...parsed.error, message: why } };
  }
  const story = parsed.stories[0] as WireStory;
  story.format = 'email';

  const forwarded = copy.forwarded;
  const subject = (forwarded?.subject ?? headers.subject)?.replace(SUBJECT_PREFIX, '').trim() || undefined;
  chooseHeadline(story, copy, subject, warnings);

  const dateText = forwarded?.date !== undefined && parseMailDate(forwarded.date) ? forwarded.date : headers.date;
  const date = dateText === undefined ? undefined : parseMailDate(dateText);
  if (dateText !== undefined && date === undefined) warnings.push(`The mail's Date ("${dateText}") could not be read.`);
  if (date?.warning !== undefined) warnings.push(date.warning);
  completeDateline(story, date?.value);
  assignAgency(story, copy, forwarded?.from ?? headers.from, warnings);

  if (copy.byline !== undefined) story.byline = copy.byline;
  if (copy.slugline !== undefined) story.slugline = copy.slugline;
  if (copy.edNote !== undefined) story.edNote = copy.edNote;
  if (copy.urgency !== undefined) story.urgency = copy.urgency;
  if (copy.signoff !== undefined) story.signoff = story.signoff === undefined ? copy.signoff : `${story.signoff}\n${copy.signoff}`;
  const uri = messageUri(headers.messageId);
  if (uri !== undefined) story.uri = uri;
  if (date !== undefined) story.versionCreated = date.value;
  if (headers.language !== undefined) story.language = headers.language;
  const subjects = [...new Set([...headers.keywords, ...copy.subjects])];
  if (subjects.length > 0) story.subjects = subjects;
  story.removed = [...copy.before, ...story.removed, ...copy.after];
  story.warnings = [...warnings, ...story.warnings];
  return { ok: true, format: 'email', stories: [story] };
}

/**
 * An RFC 822 / MIME message, as parseWire decoded it, → its story. The text
 * part is preferred to HTML, each part is read in its own charset (see
 * recoverBytes for why that works from decoded text), attachments are listed,
 * not read, and the copy goes through the plain-text parser's conventions.
 * Never throws.
 */
export function parseEmail(text: string): ParseResult {
  const { bytes, exact } = recoverBytes(text);
  return readMessage(bytes.replace(/\r\n?/g, '\n'), exact);
}

/** The same from the file's own bytes: exact whatever the charsets, and no decoding of the whole file first. */
export function parseEmailBytes(bytes: Uint8Array): ParseResult {
  // A mail saved as UTF-16 (Windows tools do this) has no ASCII structure to read bytewise.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const decoding = decodeText(bytes);
    if (!decoding.ok) return { ok: false, error: { code: 'encoding', message: decoding.message } };
    return parseEmail(decoding.decoded.text);
  }
  let byteString = bytesToByteString(bytes);
  if (byteString.startsWith('\u00ef\u00bb\u00bf')) byteString = byteString.slice(3);
  return readMessage(byteString.replace(/\r\n?/g, '\n'), true);
}
