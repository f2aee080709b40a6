import type { MimeEntity } from './entity.ts';
import { decodeHeaderValue } from './encoded-words.ts';

/** Types a story can be read from. */
const TEXT_TYPES = new Set(['text/plain', 'text/html', 'application/xhtml+xml', 'text/enriched', 'text/richtext']);
/** Signatures are part of the transport, not something an editor would call an attachment. */
const SIGNATURES = new Set(['application/pgp-signature', 'application/pkcs7-signature', 'application/x-pkcs7-signature']);
const MAX_DEPTH = 16;

export interface BodySelection {
  /** The part the story is read from, if the mail has one. */
  body?: MimeEntity;
  /** The attachments and other parts that were not read, in words ("“results.pdf” (application/pdf, 120 KB)"). */
  notRead: string[];
  /** A message attached to this one (a forward), for when the mail itself has no text. */
  attachedMessage?: MimeEntity;
}

function isAttachment(e: MimeEntity): boolean {
  return e.disposition === 'attachment' || e.filename !== undefined;
}

function isReadable(e: MimeEntity): boolean {
  return TEXT_TYPES.has(e.type) && !isAttachment(e) && e.body.trim() !== '';
}

function contains(e: MimeEntity, target: MimeEntity, depth = 0): boolean {
  if (e === target) return true;
  if (depth > MAX_DEPTH) return false;
  return e.parts.some((p) => contains(p, target, depth + 1));
}

function choose(e: MimeEntity, depth: number): MimeEntity | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (!e.type.startsWith('multipart/')) return isReadable(e) ? e : undefined;
  if (e.type === 'multipart/alternative') {
    // Plain text is the agency's own copy; HTML is a rendering of it, read only when there is nothing else.
    const candidates = e.parts.map((p) => choose(p, depth + 1)).filter((p): p is MimeEntity => p !== undefined);
    return candidates.find((p) => p.type === 'text/plain') ?? candidates[0];
  }
  if (e.type === 'multipart/related') {
    const start = e.params.get('start');
    const root = (start && e.parts.find((p) => p.fields.some((f) => f.name === 'content-id' && f.value.trim() === start))) || e.parts[0];
    return root ? choose(root, depth + 1) : undefined;
  }
  for (const part of e.parts) {
    const found = choose(part, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function size(e: MimeEntity): string {
  const encoded = e.body.replace(/[\s=]+/g, '').length;
  const bytes = e.transferEncoding === 'base64' ? Math.floor((encoded * 3) / 4) : e.body.length;
  return bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`;
}

function describe(e: MimeEntity): string {
  if (e.type === 'message/rfc822') {
    const subject = e.message?.fields.find((f) => f.name === 'subject')?.value;
    return subject === undefined ? 'an attached message' : `an attached message “${decodeHeaderValue(subject).trim()}”`;
  }
  const name = e.filename === undefined ? undefined : decodeHeaderValue(e.filename).trim();
  if (name) return `“${name}” (${e.type}, ${size(e)})`;
  if (TEXT_TYPES.has(e.type)) return `another ${e.type} part (${size(e)})`;
  return `an unnamed ${e.type} part (${size(e)})`;
}

/**
 * Which part of the mail is the story, and what else it holds. In an
 * alternative, text/plain wins over text/html; in a mixed mail, the first
 * readable part is the story and the rest are listed, never read.
 */
export function selectBody(root: MimeEntity): BodySelection {
  const body = choose(root, 0);
  const selection: BodySelection = { notRead: [] };
  if (body) selection.body = body;
  const walk = (e: MimeEntity, depth: number) => {
    if (e === body || depth > MAX_DEPTH) return;
    if (e.type === 'multipart/alternative' && body && contains(e, body)) {
      // The other alternatives are renderings of the story, not further content.
      for (const p of e.parts) if (contains(p, body)) walk(p, depth + 1);
      return;
    }
    if (e.type.startsWith('multipart/') && e.parts.length > 0) {
      for (const p of e.parts) walk(p, depth + 1);
      return;
    }
    if (SIGNATURES.has(e.type)) return;
    if (e.type === 'message/rfc822') selection.attachedMessage ??= e.message;
    if (e.body.trim() === '' && e.type !== 'message/rfc822') return;
    selection.notRead.push(describe(e));
  };
  walk(root, 0);
  return selection;
}
