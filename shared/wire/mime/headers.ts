import { decodeCharset } from './charset.ts';

/** One header field: the name lowercased, the value unfolded and still a byte string. */
export interface HeaderField {
  name: string;
  value: string;
}

export interface HeaderBlock {
  fields: HeaderField[];
  /** Everything after the blank line that ends the headers (LF line ends). */
  body: string;
}

/** No real message has more; a file with more is junk and the rest is treated as body. */
const MAX_FIELDS = 2000;
const FIELD = /^([!-9;-~]{1,100}):/;

/**
 * Splits a message or MIME part (LF line ends) into its header fields and
 * body. Lenient: blank lines before the headers, an mbox "From " line, and a
 * missing blank line after them (the first line that is not a header starts the
 * body) all occur in mail saved by hand.
 */
export function splitHeaders(message: string): HeaderBlock {
  const fields: HeaderField[] = [];
  let pos = 0;
  // Leading blank lines, and the mbox separator line before the first header, are not headers.
  let mboxLineSeen = false;
  for (;;) {
    const nl = message.indexOf('\n', pos);
    const line = message.slice(pos, nl < 0 ? message.length : nl);
    const mbox: boolean = !mboxLineSeen && line.startsWith('From ');
    if (nl >= 0 && (line.trim() === '' || mbox)) {
      mboxLineSeen ||= mbox;
      pos = nl + 1;
      continue;
    }
    break;
  }
  while (pos < message.length && fields.length < MAX_FIELDS) {
    const nl = message.indexOf('\n', pos);
    const end = nl < 0 ? message.length : nl;
    const line = message.slice(pos, end);
    if (line.trim() === '') {
      return { fields, body: message.slice(nl < 0 ? end : end + 1) };
    }
    const first = line.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && fields.length > 0) {
      const last = fields[fields.length - 1] as HeaderField;
      last.value += line;
    } else {
      const m = FIELD.exec(line);
      if (!m) return { fields, body: message.slice(pos) };
      fields.push({ name: (m[1] as string).toLowerCase(), value: line.slice(m[0].length) });
    }
    pos = nl < 0 ? message.length : nl + 1;
  }
  return { fields, body: message.slice(pos) };
}

/** The first field of that name, trimmed, or undefined. */
export function headerValue(fields: readonly HeaderField[], name: string): string | undefined {
  return fields.find((f) => f.name === name)?.value.trim();
}

/** A structured value's main token and parameters: Content-Type, Content-Disposition. */
export interface StructuredValue {
  /** Lowercased: "text/plain", "attachment". */
  value: string;
  /** Parameter names lowercased; values decoded (RFC 2231 included), as text. */
  params: Map<string, string>;
}

interface RawParam {
  name: string;
  section?: number;
  extended: boolean;
  value: string;
}

function unquote(value: string): string {
  if (!value.startsWith('"')) return value.trim();
  let out = '';
  for (let i = 1; i < value.length; i++) {
    const c = value[i] as string;
    if (c === '\\' && i + 1 < value.length) out += value[++i];
    else if (c === '"') break;
    else out += c;
  }
  return out;
}

/** Splits on ";" outside quoted strings. */
function splitParams(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x5c && quoted) i++;
    else if (c === 0x22) quoted = !quoted;
    else if (c === 0x3b && !quoted) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

function percentDecode(value: string): string {
  return value.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** RFC 2231: name*=charset'lang'%XX… and name*0*=…; name*1*=… continuations, joined and decoded. */
function joinParams(raw: RawParam[]): Map<string, string> {
  const params = new Map<string, string>();
  const groups = new Map<string, RawParam[]>();
  for (const p of raw) {
    const list = groups.get(p.name) ?? [];
    list.push(p);
    groups.set(p.name, list);
  }
  for (const [name, list] of groups) {
    const sections = list.filter((p) => p.section !== undefined).sort((a, b) => (a.section as number) - (b.section as number));
    const parts = sections.length > 0 ? sections : list.slice(0, 1);
    let charset: string | undefined;
    let bytes = '';
    parts.forEach((p, i) => {
      let v = p.value;
      if (p.extended) {
        if (i === 0) {
          const m = /^([^']*)'[^']*'(.*)$/s.exec(v);
          if (m) {
            charset = m[1] || undefined;
            v = m[2] as string;
          }
        }
        v = percentDecode(v);
      }
      bytes += v;
    });
    params.set(name, decodeCharset(bytes, charset, 'parameter').text);
  }
  return params;
}

/** "text/plain; charset="utf-8"; format=flowed" → { value: 'text/plain', params }. */
export function parseStructured(value: string | undefined): StructuredValue {
  if (value === undefined) return { value: '', params: new Map() };
  const [main = '', ...rest] = splitParams(value);
  const raw: RawParam[] = [];
  for (const part of rest.slice(0, 50)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const m = /^([^*\s]+)(?:\*(\d{1,3}))?(\*)?$/.exec(key);
    if (!m) continue;
    const section = m[2] === undefined ? undefined : Number(m[2]);
    raw.push({ name: m[1] as string, ...(section === undefined ? {} : { section }), extended: m[3] !== undefined, value: unquote(part.slice(eq + 1).trim()) });
  }
  return { value: main.trim().toLowerCase().replace(/\s+/g, ''), params: joinParams(raw) };
}
