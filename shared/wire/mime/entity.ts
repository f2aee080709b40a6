import { headerValue, parseStructured, splitHeaders, type HeaderField } from './headers.ts';

/** A MIME entity: the message itself, a part of a multipart, or a message attached to one. */
export interface MimeEntity {
  fields: HeaderField[];
  /** Lowercased media type, "text/plain" when the part does not say. */
  type: string;
  params: Map<string, string>;
  /** Lowercased Content-Transfer-Encoding, "7bit" when absent. */
  transferEncoding: string;
  /** "inline", "attachment" or "" (lowercased). */
  disposition: string;
  /** The attachment's name (Content-Disposition filename or Content-Type name), still possibly encoded. */
  filename?: string;
  /** The body as a byte string, still transfer-encoded. Empty for multiparts. */
  body: string;
  parts: MimeEntity[];
  /** For message/rfc822: the attached message. */
  message?: MimeEntity;
  /** What went wrong reading the structure, for the editor. */
  problems: string[];
}

/** Real mail nests a handful of levels; deeper is an attack on the parser. */
const MAX_DEPTH = 12;
/** Real mail has dozens of parts at most. */
const MAX_ENTITIES = 500;

interface Budget {
  entities: number;
}

interface Delimiter {
  /** Index of the "\n" before the delimiter line. */
  at: number;
  /** Index just past the delimiter line (past its "\n", or the text's end). */
  after: number;
  close: boolean;
}

/**
 * The next boundary line at or after `from`: "--boundary" alone on its line
 * (trailing spaces allowed), or "--boundary--". A longer boundary that merely
 * starts with this one (nested parts often use such names) is not a match.
 */
function nextDelimiter(text: string, delimiter: string, from: number): Delimiter | undefined {
  let at = text.indexOf(`\n${delimiter}`, from);
  while (at >= 0) {
    const lineEnd = text.indexOf('\n', at + 1);
    const rest = text.slice(at + 1 + delimiter.length, lineEnd < 0 ? text.length : lineEnd);
    const after = lineEnd < 0 ? text.length : lineEnd + 1;
    if (rest.startsWith('--')) return { at, after, close: true };
    if (rest.trim() === '') return { at, after, close: false };
    at = text.indexOf(`\n${delimiter}`, at + 1);
  }
  return undefined;
}

/** The parts between the boundary lines of a multipart body; preamble and epilogue dropped. */
function splitMultipart(body: string, boundary: string, problems: string[]): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  // A delimiter starts a line; "\n" is put in front so the first one needs no special case.
  const text = `\n${body}`;
  let current = nextDelimiter(text, delimiter, 0);
  if (!current) {
    problems.push('A multipart section has none of the boundary lines it announces; it was read as one text.');
    return [body];
  }
  while (!current.close) {
    const next = nextDelimiter(text, delimiter, current.after - 1);
    if (!next) {
      parts.push(text.slice(current.after));
      problems.push('A multipart section ends without its closing boundary (the mail may be cut short).');
      return parts;
    }
    parts.push(text.slice(current.after, next.at));
    if (parts.length >= MAX_ENTITIES) {
      problems.push(`A multipart section has more than ${MAX_ENTITIES} parts; the rest were not read.`);
      return parts;
    }
    current = next;
  }
  return parts;
}

function parseEntity(source: string, depth: number, budget: Budget, defaultType: string): MimeEntity {
  budget.entities++;
  const { fields, body } = splitHeaders(source);
  const contentType = parseStructured(headerValue(fields, 'content-type'));
  const disposition = parseStructured(headerValue(fields, 'content-disposition'));
  const type = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(contentType.value) ? contentType.value : defaultType;
  const filename = disposition.params.get('filename') ?? contentType.params.get('name');
  const entity: MimeEntity = {
    fields,
    type,
    params: contentType.params,
    transferEncoding: (headerValue(fields, 'content-transfer-encoding') ?? '7bit').toLowerCase(),
    disposition: disposition.value,
    body,
    parts: [],
    problems: [],
  };
  if (filename !== undefined) entity.filename = filename;

  if (type.startsWith('multipart/')) {
    const boundary = contentType.params.get('boundary');
    if (depth >= MAX_DEPTH || budget.entities >= MAX_ENTITIES) {
      entity.problems.push('The mail nests its parts too deeply or has too many; the inner ones were not read.');
    } else if (boundary === undefined || boundary === '') {
      entity.problems.push('A multipart section names no boundary; it was read as one text.');
      entity.type = 'text/plain';
    } else {
      // Parts of a digest are messages unless they say otherwise (RFC 2046 §5.1.5).
      const childDefault = type === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
      for (const part of splitMultipart(body, boundary, entity.problems)) {
        if (budget.entities >= MAX_ENTITIES) break;
        entity.parts.push(parseEntity(part, depth + 1, budget, childDefault));
      }
      entity.body = entity.parts.length === 0 ? body : '';
      if (entity.parts.length === 0) entity.type = 'text/plain';
    }
  } else if (type === 'message/rfc822' && depth < MAX_DEPTH && budget.entities < MAX_ENTITIES && /^(?:7bit|8bit|binary)$/.test(entity.transferEncoding)) {
    entity.message = parseEntity(body, depth + 1, budget, 'text/plain');
  }
  return entity;
}

/** A whole message (byte string, LF line ends) as a tree of MIME entities. Bounded in depth and size. */
export function parseMime(message: string): MimeEntity {
  return parseEntity(message, 0, { entities: 0 }, 'text/plain');
}

/** Every problem found anywhere in the tree, once each. */
export function structureProblems(entity: MimeEntity): string[] {
  const found = new Set<string>();
  const visit = (e: MimeEntity, depth: number) => {
    for (const p of e.problems) found.add(p);
    if (depth > MAX_DEPTH) return;
    for (const part of e.parts) visit(part, depth + 1);
    if (e.message) visit(e.message, depth + 1);
  };
  visit(entity, 0);
  return [...found];
}
