import { agateCells, formatSpacedTable, formatTable, isAgateRow, isSemicolonRow, isSpacedTableLine } from './agate-table.ts';
import { agencyMentionedIn } from './agencies.ts';
import { bylineOf, looksLikeHeadline, looksLikeSlugline } from './headline.ts';
import { fromSevenBit, sevenBitStyleOf, type SevenBitStyle } from './seven-bit-typography.ts';
import { isSignoffParagraph, splitTrailingSignoff } from './signoff.ts';
import { isKillLine } from './take-key.ts';

export interface CopyParagraph {
  text: string;
  /** A table: lines and spacing must stay as they are. */
  preformatted: boolean;
}

/** What the text of one transmission (STX to ETX) holds, before it becomes a story. */
export interface TransmissionCopy {
  /** AP's slug line, the first ^ line: "BC-BKN--Heat-Hawks, 1st Ld-Writethru,416". */
  slug?: string;
  takeKeys: string[];
  headline?: string;
  byline?: string;
  /** The copy had a line that is only "KILL" (or "WITHDRAWN"). */
  killLine: boolean;
  /** Notes to editors, verbatim and in copy order: Eds lines, editor's notes, photo references, not-for-publication notes. */
  notes: string[];
  /** Header lines that summarise the story (AP's abstract): not headline, not body. */
  abstracts: string[];
  paragraphs: CopyParagraph[];
  signoff?: string;
  /** Control characters that are neither framing nor typesetting codes, removed from the text. */
  strayControls: number;
}

type Kind = 'blank' | 'caret' | 'tab' | 'indent' | 'plain' | 'agate';

interface Line {
  kind: Kind;
  /** The line without control characters, tabs and spacing kept (tables need them). */
  clean: string;
  /** What the line says: markers stripped, spacing collapsed, 7-bit typography resolved. */
  text: string;
  /** How an ANPA ^ line ends: "<" flush left (notes, abstracts), "=" centred (bylines, titles). */
  end: string;
  /** The line as sent, for agate rows. */
  raw: string;
}

/** Codes that belong in a transmission's text: tab, ANPA's table and typesetting codes, page and fill. */
const EXPECTED_CONTROL = /[\u0008-\u0009\u000b\u000c\u0010-\u0014\u0016\u001e\u001f\u007f]/;
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const END_MARKS = '@<=';

const EDS = /^\(?\s*eds?\s*:/i;
const EDITORS_NOTE = /^\(?\s*editor['’]?s\s+note\b/i;
// "AP Photo XNP101, XNP102", "AP Video: …": media the agency sends with the story.
const MEDIA = /^(?:AP\s+|Reuters\s+|AFP\s+|dpa\s+)?(?:photos?|video|audio|graphics?|interactive)\s*(?::|[A-Z]{2,}\d)/i;
/** dpa's notebook heading ("# dpa NOTEBOOK", "Notizblock"): links and contacts for editors follow. */
const NOTEBOOK = /^(?:#{1,3}\s*(?:dpa[- ])?(?:notebook|notizblock)|dpa[- ](?:notebook|notizblock)|notizblock)\s*:?$/i;
/** A line that opens with the note itself, so a quote that mentions publication stays copy. */
const NOT_FOR_PUBLICATION =
  /^[-*#=(\s]*(?:(?:the\s+)?following\b[^.]{0,60}?\b(?:is|are)\s+|die\s+folgenden?\b[^.]{0,60}?\b(?:ist|sind)\s+)?(?:not (?:intended )?for publication|nicht (?:zur|f(?:ü|ue)r die) ver(?:ö|oe)ffentlichung)/i;
const AGENCY_LINE_WORDS = /\b(?:writer|correspondent|editor|reporter|press|staff)\b/i;

// Every pattern a whole line meets is anchored or linear, so a hostile 50,000-character line costs its length and no more.
function classify(line: string, anpa: boolean, style: SevenBitStyle | undefined, stray: { count: number }): Line {
  if (isAgateRow(line)) return { kind: 'agate', clean: '', text: '', end: '', raw: line };
  let clean = line;
  if (ANY_CONTROL.test(line)) {
    clean = line.replace(CONTROLS, (c) => {
      if (!EXPECTED_CONTROL.test(c)) stray.count++;
      // RS and US space table cells; the others carry no text.
      return c === '\u001e' || c === '\u001f' ? ' ' : '';
    });
  }
  let kind: Kind;
  let body = clean;
  if (clean.trim() === '') kind = 'blank';
  else if (clean.startsWith('^')) {
    kind = 'caret';
    // "^*9006< ^AP-Top-…": a reference number in front of the slug.
    body = clean.slice(1).replace(/^\*\d{1,8}<\s*\^?/, '');
  } else if (clean.startsWith('\t')) kind = 'tab';
  else if (clean.startsWith('  ')) kind = 'indent';
  else kind = 'plain';
  let text = body.trim();
  if (text.includes('  ') || text.includes('\t')) text = text.replace(/[ \t]{2,}|\t/g, ' ');
  let end = '';
  if (anpa || kind === 'caret') {
    // ANPA ends lines with typesetting marks: "<" quad left, "=" quad centre, CP's "@<".
    let cut = text.length;
    while (cut > 0 && text.length - cut < 3 && END_MARKS.includes(text.charAt(cut - 1))) cut--;
    if (cut < text.length) {
      end = text.charAt(text.length - 1);
      text = text.slice(0, cut).trimEnd();
    }
  }
  if (style) text = fromSevenBit(text, style);
  return { kind, clean, text, end, raw: line };
}

/** AP's slug line: "BC-…" (cycle prefix), a slug before a take key, or a slug and word count. */
function readSlugLine(text: string): { slug: string; takeKeys: string[] } | undefined {
  if (text.length > 160) return undefined;
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const first = parts[0];
  if (first === undefined) return undefined;
  const counted = parts.length > 1 && /^\d{1,5}$/.test(parts[parts.length - 1] as string);
  const slugShaped = /^(?:BC|AM|PM|AP)-\S/i.test(first) || first.includes('--') || looksLikeSlugline(first);
  if (!slugShaped || (!counted && parts.length < 2 && !/^(?:BC|AM|PM)-/i.test(first))) return undefined;
  return { slug: first, takeKeys: parts.slice(1, counted ? -1 : undefined) };
}

function isAgencyLine(text: string): boolean {
  return text.length <= 50 && bylineOf(text) === undefined && (agencyMentionedIn(text) !== undefined || AGENCY_LINE_WORDS.test(text));
}

function isNoteLine(text: string): boolean {
  return EDS.test(text) || EDITORS_NOTE.test(text) || (text.length <= 300 && MEDIA.test(text));
}

/** A 7901 line above the headline that names the version ("1ST LEAD", "(Achtung)", "EXTRA"). */
function isTakeKeyLine(text: string): boolean {
  if (text.length > 40 || !/\p{L}/u.test(text)) return false;
  return text === text.toUpperCase() || /^\(.*\)$/.test(text) || !/\s/.test(text);
}

/** AP's ^ header lines: slug line, headline, notes, abstract, byline and its agency line. */
function readCaretFront(front: Line[], copy: TransmissionCopy): string[] {
  const leading: string[] = [];
  let from = 0;
  const slugLine = front[0] ? readSlugLine(front[0].text) : undefined;
  if (slugLine) {
    copy.slug = slugLine.slug;
    copy.takeKeys.push(...slugLine.takeKeys);
    from = 1;
  }
  let bylineAt = -1;
  front.slice(from).forEach((line, i) => {
    const t = line.text;
    if (t === '') return;
    if (bylineAt >= 0 && i === bylineAt + 1 && isAgencyLine(t)) {
      copy.byline += `, ${t}`;
      return;
    }
    if (isNoteLine(t)) {
      copy.notes.push(t);
      return;
    }
    if (isKillLine(t)) copy.killLine = true;
    if (bylineAt < 0 && (copy.headline !== undefined || line.end === '=')) {
      const byline = bylineOf(t);
      if (byline !== undefined) {
        copy.byline = byline;
        bylineAt = i;
        return;
      }
    }
    if (copy.headline === undefined && bylineAt < 0) copy.headline = t;
    // Under the byline, and centred lines anywhere, are display lines of the copy itself ("All Times EDT").
    else if (bylineAt >= 0 || line.end === '=') leading.push(t);
    else copy.abstracts.push(t);
  });
  return leading;
}

/** 7901's title block, STX to the line ending " =": take keys, headline, byline (dpa). */
function readTitleBlock(lines: Line[], copy: TransmissionCopy): void {
  const texts = lines.map((l) => l.text.replace(/\s*=$/, '').trim()).filter((t) => t !== '');
  let last = texts.pop();
  if (last !== undefined && texts.length > 0 && /^(?:by|von|por|par)\s/i.test(last)) {
    copy.byline = bylineOf(last) ?? last;
    last = texts.pop();
  }
  const keys: string[] = [];
  while (texts.length > 0 && isTakeKeyLine(texts[0] as string)) keys.push(texts.shift() as string);
  copy.takeKeys.push(...keys);
  // What is left above the last line is the headline's first part: dpa wraps long headlines.
  const headline = [...texts, ...(last === undefined ? [] : [last])].join(' ').trim();
  if (headline !== '') copy.headline = headline;
  if (copy.headline !== undefined && isKillLine(copy.headline)) copy.killLine = true;
}

/** Where the front ends: caret lines (ANPA), or the 7901 title block; returns the index of the first body line. */
function readFront(lines: Line[], copy: TransmissionCopy): { start: number; leading: string[] } {
  let i = 0;
  while (i < lines.length && lines[i]?.kind === 'blank') i++;
  if (lines[i]?.kind === 'caret') {
    const front: Line[] = [];
    while (i < lines.length && (lines[i]?.kind === 'caret' || lines[i]?.kind === 'blank')) {
      const line = lines[i] as Line;
      if (line.kind === 'caret') front.push(line);
      i++;
    }
    return { start: i, leading: readCaretFront(front, copy) };
  }
  // The title block is the first run of lines, up to one ending in "=" (dpa's divider).
  const block: Line[] = [];
  for (let j = i; j < lines.length && j < i + 8 && lines[j]?.kind !== 'blank'; j++) block.push(lines[j] as Line);
  const divider = block.findIndex((l) => /(?:^|[^=])=$/.test(l.text));
  if (divider >= 0) {
    readTitleBlock(block.slice(0, divider + 1), copy);
    return { start: i + divider + 1, leading: [] };
  }
  // Plain 7901: a single short line standing alone above the copy is its headline.
  const only = block[0];
  if (block.length === 1 && only && only.kind !== 'agate' && looksLikeHeadline(only.text) && lines.slice(i + 1).some((l) => l.kind !== 'blank')) {
    copy.headline = only.text;
    if (isKillLine(only.text)) copy.killLine = true;
    return { start: i + 1, leading: [] };
  }
  return { start: i, leading: [] };
}

const LETTER = /^\p{L}/u;

/** Joins hard-wrapped lines into a paragraph; a compound split at its own hyphen stays whole. */
function joinLines(lines: readonly string[]): string {
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1] as string;
    const next = lines[i] as string;
    const seam = before.endsWith('-') && LETTER.test(before.slice(-2)) && LETTER.test(next) ? '' : ' ';
    out += seam + next;
  }
  return out;
}

/** Takes desk sign-offs ("dpa wsz jln npr") off the end of the copy, last line first. */
function popSignoffs(lines: Line[], agency: string | undefined): string | undefined {
  const found: string[] = [];
  for (let guard = 0; guard < 3; guard++) {
    while (lines.length > 0 && lines[lines.length - 1]?.kind === 'blank') lines.pop();
    const last = lines[lines.length - 1];
    if (!last || last.kind === 'agate' || !isSignoffParagraph(last.text, agency)) break;
    found.unshift(last.text);
    lines.pop();
  }
  return found.length > 0 ? found.join('\n') : undefined;
}

/** Body lines → paragraphs and tables; from a notebook or not-for-publication line on, notes to editors. */
function readBody(lines: Line[], copy: TransmissionCopy): void {
  // The lines of the paragraph being read, joined when it ends.
  let current: string[] | undefined;
  let agate: { cells: string[]; text: string; marked: boolean }[] = [];
  let spaced: Line[] = [];
  let notes: string[] | undefined;
  const push = (text: string, preformatted = false) => {
    if (text !== '') copy.paragraphs.push({ text, preformatted });
  };
  const flushParagraph = () => {
    if (current !== undefined) push(joinLines(current));
    current = undefined;
  };
  const flushTables = () => {
    if (agate.length > 0) {
      if (agate.length > 1 || agate.some((r) => r.marked)) push(formatTable(agate.map((r) => r.cells)), true);
      else agate.forEach((r) => push(r.text));
    }
    if (spaced.length > 1) push(formatSpacedTable(spaced.map((l) => l.clean)), true);
    else spaced.forEach((l) => push(l.text));
    agate = [];
    spaced = [];
  };
  const flush = () => {
    flushParagraph();
    flushTables();
  };

  for (const line of lines) {
    const t = line.text;
    if (notes) {
      if (line.kind !== 'blank') notes.push(line.kind === 'agate' ? agateCells(line.raw).join(' ') : t);
      continue;
    }
    if (line.kind === 'blank') {
      flush();
      continue;
    }
    const isNotebook = NOTEBOOK.test(t);
    if (isNotebook || (t.length <= 160 && NOT_FOR_PUBLICATION.test(t))) {
      flush();
      // A note that opens the copy says the whole message is a service note; the text after it is still the copy.
      if (!isNotebook && copy.paragraphs.length === 0) copy.notes.push(t);
      else notes = [t];
      continue;
    }
    if (line.kind === 'agate') {
      flushParagraph();
      if (spaced.length > 0) flushTables();
      const cells = agateCells(line.raw);
      agate.push({ cells, text: cells.join(' '), marked: true });
      continue;
    }
    if (line.kind !== 'caret' && isSemicolonRow(t)) {
      flushParagraph();
      if (spaced.length > 0) flushTables();
      agate.push({ cells: agateCells(t), text: t, marked: false });
      continue;
    }
    if (line.kind !== 'caret' && isSpacedTableLine(line.clean)) {
      flushParagraph();
      if (agate.length > 0) flushTables();
      spaced.push(line);
      continue;
    }
    flushTables();
    if (line.kind === 'caret') {
      flushParagraph();
      if (isNoteLine(t)) copy.notes.push(t);
      else push(t);
      continue;
    }
    if (line.kind === 'tab' || line.kind === 'indent' || current === undefined) {
      flushParagraph();
      current = [t];
    } else {
      current.push(t);
    }
  }
  flush();
  if (notes) copy.notes.push(notes.join('\n'));
}

/** Reads the text of one transmission. `anpa` turns on ANPA's line marks and AP's 7-bit typography. */
export function readTransmissionCopy(text: string, opts: { anpa: boolean; agency?: string }): TransmissionCopy {
  const copy: TransmissionCopy = { takeKeys: [], killLine: false, notes: [], abstracts: [], paragraphs: [], strayControls: 0 };
  const stray = { count: 0 };
  const rawLines = text.split('\n');
  const caretStyle = rawLines.slice(0, 12).some((l) => l.startsWith('^'));
  const anpa = opts.anpa || caretStyle;
  const style = anpa ? sevenBitStyleOf(text) : undefined;
  const lines = rawLines.map((raw) => classify(raw, anpa, style, stray));
  copy.strayControls = stray.count;

  const { start, leading } = readFront(lines, copy);
  const rest = lines.slice(start);
  copy.signoff = popSignoffs(rest, opts.agency);
  leading.forEach((t) => copy.paragraphs.push({ text: t, preformatted: false }));
  readBody(rest, copy);
  if (copy.signoff === undefined) {
    const last = copy.paragraphs[copy.paragraphs.length - 1];
    if (last && !last.preformatted && copy.paragraphs.length > 1) {
      const split = splitTrailingSignoff(last.text, opts.agency);
      if (split && split.text !== '') {
        last.text = split.text;
        copy.signoff = split.signoff;
      }
    }
  }
  if (copy.signoff === undefined) delete copy.signoff;
  return copy;
}
