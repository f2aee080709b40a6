import type { RemovedPart } from '../model/story.ts';
import { knownAgency } from './agencies.ts';
import { datelineLeadOf } from './body-conventions.ts';
import { bylineOf } from './headline.ts';
import { plainParagraphLines } from './plain-paragraphs.ts';

/** The header lines of a forward quoted in the text ("From: …", "Subject: …"). */
export interface ForwardedHeaders {
  from?: string;
  date?: string;
  subject?: string;
}

/**
 * A mail's text made ready for the plain-text parser: what the mail wraps
 * around the copy (a forwarder's note, the signature, the confidentiality
 * footer) set aside, and the labelled fields some agencies mail ("Headline:",
 * "Abstract:") read.
 */
export interface MailCopy {
  /** The copy, paragraphs separated by blank lines. */
  text: string;
  headline?: string;
  byline?: string;
  slugline?: string;
  edNote?: string;
  urgency?: number;
  subjects: string[];
  forwarded?: ForwardedHeaders;
  /** An agency desk sign-off the plain-text rules do not know, e.g. AAP's "AAP be/". */
  signoff?: string;
  signoffAgency?: string;
  /** Set aside above the copy, and below it. */
  before: RemovedPart[];
  after: RemovedPart[];
  warnings: string[];
}

const FORWARD_MARKER =
  /^(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|mensaje reenviado|mensaje original|message transféré|message d'origine|messaggio inoltrato|messaggio originale)\s*-{2,}|begin forwarded message:|anfang der weitergeleiteten nachricht:|inicio del mensaje reenviado:|début du message réexpédié ?:)$/i;
const FORWARD_FIELD = /^\*?(from|von|de|da|date|sent|datum|gesendet|fecha|enviado|envoyé|data|inviato|subject|betreff|asunto|objet|oggetto|to|an|para|à|a|cc|reply-to)\*?:\*?\s*(.*)$/i;
const FORWARD_ROLE: Record<string, keyof ForwardedHeaders> = {
  from: 'from', von: 'from', de: 'from', da: 'from',
  date: 'date', sent: 'date', datum: 'date', gesendet: 'date', fecha: 'date', enviado: 'date', envoyé: 'date', data: 'date', inviato: 'date',
  subject: 'subject', betreff: 'subject', asunto: 'subject', objet: 'subject', oggetto: 'subject',
};

// AAP closes copy with the agency and the writer's and sub-editor's initials: "AAP be/", "AAP be/rw".
const DESK_SIGNOFF = /^(\S{2,16})\s+([a-z]{1,4}\/[a-z/]{0,12})$/;
const SEPARATOR_LINE = /^(?:[-_=*~#]\s*){5,}$/;
const DISCLAIMER =
  /^(?:this (?:e-?mail|message|communication|transmission)\b[\s\S]{0,300}?\b(?:confidential|privileged|intended (?:solely|only)|in error)|the (?:information|contents?) (?:contained )?in this (?:e-?mail|message)|if you (?:have )?received this (?:e-?mail|message|communication) in error|(?:sent|envoyé|enviado|gesendet) (?:from|de|desde|von) (?:my|mon|mi|meinem) (?:iphone|ipad|blackberry|android|mobile|smartphone|samsung)|(?:disclaimer|confidentiality notice|avis de confidentialité|aviso legal)\b)/i;

const LABEL =
  /^(headline|head|hed|title|heading|überschrift|titular|titre|titolo|abstract|summary|standfirst|teaser|intro|resumen|zusammenfassung|chapeau|sommario|slug|slugline|keywords?|stichwort|byline|by|author|autor|auteur|note|ednote|editor'?s note|notes? to editors?|advisory|hinweis|priority|urgency|prio|category|categories|cat|ressort|desk)\s*:\s*(.*)$/i;
type LabelRole = 'headline' | 'summary' | 'slugline' | 'byline' | 'edNote' | 'urgency' | 'subjects';
const LABEL_ROLES: ReadonlyArray<readonly [RegExp, LabelRole]> = [
  [/^(?:headline|head|hed|title|heading|überschrift|titular|titre|titolo)$/, 'headline'],
  [/^(?:abstract|summary|standfirst|teaser|intro|resumen|zusammenfassung|chapeau|sommario)$/, 'summary'],
  [/^(?:slug|slugline|keywords?|stichwort)$/, 'slugline'],
  [/^(?:byline|by|author|autor|auteur)$/, 'byline'],
  [/^(?:priority|urgency|prio)$/, 'urgency'],
  [/^(?:category|categories|cat|ressort|desk)$/, 'subjects'],
  [/./, 'edNote'],
];

/** Lines the front may hold before the copy starts; past this, there is no labelled front. */
const MAX_FRONT_LINES = 25;
/** A mail's signature and footer are short; a longer tail is more copy, not a signature. */
const MAX_TAIL_LINES = 40;

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** Blank-line separated chunks of the lines, separators on their own, as removed parts. */
function asRemoved(lines: string[], kind: RemovedPart['kind']): RemovedPart[] {
  const parts: RemovedPart[] = [];
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length > 0) parts.push({ kind, text: chunk.join('\n') });
    chunk = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') flush();
    else if (SEPARATOR_LINE.test(line)) {
      flush();
      parts.push({ kind: 'separator', text: line });
    } else chunk.push(line);
  }
  flush();
  return parts;
}

/**
 * For each line, whether what follows it is signature-sized: at most
 * MAX_TAIL_LINES lines of text, none of them a paragraph. Computed once from the
 * end, so checking every line stays linear.
 */
function shortTails(lines: string[]): boolean[] {
  const short = new Array<boolean>(lines.length).fill(false);
  let filled = 0;
  let long = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    short[i] = filled <= MAX_TAIL_LINES && !long;
    const line = lines[i] as string;
    if (line.trim() !== '') filled++;
    if (line.length > 300) long = true;
  }
  return short;
}

function takeForward(lines: string[], copy: MailCopy): string[] {
  const limit = Math.min(lines.length, 60);
  for (let i = 0; i < limit; i++) {
    if (!FORWARD_MARKER.test((lines[i] as string).trim())) continue;
    const note = lines.slice(0, i);
    if (note.some((l) => l.trim() !== '')) {
      copy.before.push(...asRemoved(note, 'boilerplate'));
      copy.warnings.push("The mail forwards the copy; the forwarder's own note was set aside.");
    }
    let j = i + 1;
    while (j < lines.length && isBlank(lines[j])) j++;
    const forwarded: ForwardedHeaders = {};
    for (; j < lines.length; j++) {
      const m = FORWARD_FIELD.exec((lines[j] as string).trim());
      if (!m) break;
      const role = FORWARD_ROLE[(m[1] as string).toLowerCase()];
      const value = (m[2] as string).trim();
      if (role && value !== '') forwarded[role] ??= value;
    }
    copy.forwarded = forwarded;
    return lines.slice(j);
  }
  return lines;
}

function takeTail(lines: string[], copy: MailCopy): string[] {
  const firstText = lines.findIndex((l) => l.trim() !== '');
  if (firstText < 0) return lines;
  const short = shortTails(lines);
  for (let i = firstText + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const trimmed = line.trim();
    // "-- " is the signature separator (RFC 3676); without its space only when what follows is signature-sized.
    if (line === '-- ' || (trimmed === '--' && short[i])) {
      copy.after.push(...asRemoved(lines.slice(i + 1), 'boilerplate'));
      return lines.slice(0, i);
    }
    if (!short[i] || trimmed.length > 40) continue;
    const desk = DESK_SIGNOFF.exec(trimmed);
    const agency = desk ? knownAgency(desk[1] as string) : undefined;
    if (desk && agency !== undefined) {
      copy.signoff = trimmed;
      copy.signoffAgency = agency;
      copy.after.push({ kind: 'signoff', text: trimmed }, ...asRemoved(lines.slice(i + 1), 'boilerplate'));
      return lines.slice(0, i);
    }
  }
  // No signature: confidentiality footers (and the rules above them) at the very end.
  let end = lines.length;
  const footer: string[][] = [];
  for (let guard = 0; guard < 6; guard++) {
    while (end > 0 && isBlank(lines[end - 1])) end--;
    let start = end;
    while (start > 0 && !isBlank(lines[start - 1])) start--;
    const chunk = lines.slice(start, end);
    const text = chunk
      .map((l) => l.trim())
      .filter((l) => !SEPARATOR_LINE.test(l))
      .join(' ');
    if (start === 0 || chunk.length === 0 || !(DISCLAIMER.test(text) || chunk.every((l) => SEPARATOR_LINE.test(l.trim())))) break;
    footer.unshift(chunk);
    end = start;
  }
  if (footer.some((chunk) => !chunk.every((l) => SEPARATOR_LINE.test(l.trim())))) {
    copy.after.push(...asRemoved(footer.flatMap((c) => [...c, '']), 'boilerplate'));
    return lines.slice(0, end);
  }
  return lines;
}

function labelRole(label: string): LabelRole {
  const name = label.toLowerCase();
  return (LABEL_ROLES.find(([pattern]) => pattern.test(name)) as (typeof LABEL_ROLES)[number])[1];
}

function applyLabel(role: LabelRole, label: string, value: string, copy: MailCopy): void {
  if (value === '') return;
  if (role === 'headline') copy.headline ??= value;
  else if (role === 'summary') copy.before.push({ kind: 'boilerplate', text: `${label}: ${value}` });
  else if (role === 'slugline') copy.slugline ??= value;
  else if (role === 'byline') copy.byline ??= bylineOf(`By ${value}`) ?? value;
  else if (role === 'urgency') {
    const n = /^\d$/.test(value) ? Number(value) : undefined;
    if (n !== undefined && n >= 1) copy.urgency ??= n;
  } else if (role === 'subjects') copy.subjects.push(...value.split(/\s*[,;]\s*/).filter((s) => s !== ''));
  else copy.edNote = copy.edNote === undefined ? value : `${copy.edNote} ${value}`;
}

/** A line that can only be a code or a slug: short, few words, no sentence punctuation. */
function isCodeLine(line: string): boolean {
  return line.length <= 40 && line.split(/\s+/).length <= 5 && !/[.!?,;:]$/.test(line) && !bylineOf(line);
}

/**
 * AAP-style labelled fronts: "Headline: …", "Abstract: …", a slug line and
 * "By …" above the copy. Only read when a headline label is there; otherwise the
 * plain-text parser reads the front as it reads any agency copy.
 */
function takeLabelledFront(lines: string[], copy: MailCopy): string[] {
  const front: number[] = [];
  for (let i = 0; i < lines.length && front.length < MAX_FRONT_LINES; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    if (datelineLeadOf(line) || (line.length > 160 && !LABEL.test(line))) break;
    front.push(i);
  }
  const hasHeadline = front.some((i) => {
    const m = LABEL.exec((lines[i] as string).trim());
    return m !== null && labelRole(m[1] as string) === 'headline';
  });
  if (!hasHeadline) return lines;

  const kept: string[] = [];
  const codes: string[] = [];
  let lastCode: string | undefined;
  let consumed = -1;
  for (let k = 0; k < front.length; k++) {
    const i = front[k] as number;
    if (i <= consumed) continue;
    const line = (lines[i] as string).trim();
    const m = LABEL.exec(line);
    if (m) {
      let value = (m[2] as string).trim();
      // A long labelled value was hard-wrapped onto the following lines.
      let j = i;
      while (value.length >= 50 && j + 1 < lines.length && !isBlank(lines[j + 1]) && !LABEL.test((lines[j + 1] as string).trim())) {
        j++;
        value += ` ${(lines[j] as string).trim()}`;
      }
      consumed = j;
      applyLabel(labelRole(m[1] as string), m[1] as string, value, copy);
      continue;
    }
    const byline = bylineOf(line);
    if (byline !== undefined && copy.byline === undefined) {
      copy.byline = byline;
      if (lastCode !== undefined && copy.slugline === undefined) copy.slugline = codes.pop();
      lastCode = undefined;
      continue;
    }
    if (isCodeLine(line)) {
      codes.push(line);
      lastCode = line;
      continue;
    }
    kept.push(line);
  }
  // A code line right above the copy is its slug; the others are routing codes.
  if (copy.slugline === undefined && lastCode !== undefined) copy.slugline = codes.pop();
  if (codes.length > 0) {
    copy.before.unshift(...codes.map((text) => ({ kind: 'boilerplate' as const, text })));
    copy.warnings.push(`Set aside as routing codes above the headline: ${codes.map((c) => `“${c}”`).join(', ')}.`);
  }
  const last = front[front.length - 1] ?? -1;
  return [...kept, '', ...lines.slice(Math.max(last, consumed) + 1)];
}

/** One-line-per-paragraph text gets blank lines between its paragraphs; wrapped text keeps its lines. */
function paragraphText(lines: string[]): string {
  return plainParagraphLines(lines.join('\n'))
    .map((p) => p.join('\n'))
    .join('\n\n');
}

/** A mail's decoded text → the copy in it, and what the mail wrapped around it. */
export function readMailCopy(text: string): MailCopy {
  const copy: MailCopy = { text: '', subjects: [], before: [], after: [], warnings: [] };
  let lines = text.split('\n');
  lines = takeForward(lines, copy);
  lines = takeTail(lines, copy);
  lines = takeLabelledFront(lines, copy);
  copy.text = paragraphText(lines);
  return copy;
}
