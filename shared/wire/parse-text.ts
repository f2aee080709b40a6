import type { Dateline, RemovedPart, WireStory } from '../model/story.ts';
import { agencyMentionedIn } from './agencies.ts';
import { classifyBoilerplate, type Boilerplate } from './boilerplate.ts';
import { isoDate, parseDatelineLead, type DatelineLead } from './dateline.ts';
import { bylineOf, deriveHeadline, looksLikeHeadline, looksLikeSlugline } from './headline.ts';
import { agencyOfSignoff, isSignoffParagraph, splitTrailingSignoff } from './signoff.ts';
import type { ParseResult } from './types.ts';

/** A run of story lines between blank lines (or boilerplate), with where it started for ordering. */
interface Paragraph {
  lines: string[];
  /** Line number of the first line in the file. */
  pos: number;
}

interface Placed<T> {
  pos: number;
  value: T;
}

const text = (p: Paragraph) => p.lines.join(' ');

/** C0/C1 controls other than tab and newline: 7901 leftovers and scraping noise, never story text. */
const STRAY_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFEFF\u200B]/g;
/** Vertical tab and form feed break lines in old wire systems. */
const LINE_BREAKING_CONTROLS = /[\u000B\u000C]/g;
const ANY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\u200B]/;

function cleanLines(input: string, warnings: string[]): string[] {
  let cleaned = input;
  // Most copy has none; one scan to find out is cheaper than two replacing passes.
  if (ANY_CONTROL.test(input)) {
    let strays = 0;
    cleaned = input.replace(LINE_BREAKING_CONTROLS, '\n').replace(STRAY_CONTROLS, () => {
      strays++;
      return '';
    });
    if (strays > 0) warnings.push(`Removed ${strays} stray control character${strays === 1 ? '' : 's'} from the text.`);
  }
  return cleaned.split('\n').map((l) => (l.includes('  ') || l.includes('\t') ? l.replace(/[ \t]+/g, ' ') : l).trim());
}

/** Groups lines into paragraphs, lifting out every line that is boilerplate rather than story. */
function splitParagraphs(lines: string[], found: Placed<Boilerplate>[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  const flush = () => {
    if (current) paragraphs.push(current);
    current = undefined;
  };
  lines.forEach((line, pos) => {
    if (line === '') return flush();
    const hit = classifyBoilerplate(line);
    if (hit) {
      flush();
      found.push({ pos, value: hit });
      return;
    }
    if (current) current.lines.push(line);
    else current = { lines: [line], pos };
  });
  flush();
  // Boilerplate wrapped over several lines is only recognisable as a whole.
  return paragraphs.filter((p) => {
    if (p.lines.length < 2) return true;
    const hit = classifyBoilerplate(text(p));
    if (hit) found.push({ pos: p.pos, value: hit });
    return !hit;
  });
}

interface Extras {
  removed: Placed<RemovedPart>[];
  distributor?: string;
  copyright?: string;
  usageTerms?: string;
}

function collectExtras(found: Placed<Boilerplate>[], warnings: string[]): Extras {
  const extras: Extras = { removed: [] };
  const usage: string[] = [];
  for (const { pos, value } of [...found].sort((a, b) => a.pos - b.pos)) {
    if (value.kind === 'removed') {
      extras.removed.push({ pos, value: value.part });
      if (value.distributor !== undefined) {
        if (extras.distributor === undefined) extras.distributor = value.distributor;
        else if (extras.distributor !== value.distributor) warnings.push(`A second distributor statement names ${value.distributor}; ${extras.distributor} was kept.`);
      }
    } else if (value.kind === 'copyright') {
      if (extras.copyright === undefined) extras.copyright = value.copyright;
      else {
        extras.removed.push({ pos, value: { kind: 'boilerplate', text: value.copyright } });
        warnings.push('The copy has more than one copyright line; the first is the notice, the others are listed as removed.');
      }
      if (value.usageTerms !== undefined) usage.push(value.usageTerms);
    } else {
      usage.push(value.usageTerms);
    }
  }
  if (usage.length > 0) extras.usageTerms = usage.join(' ');
  return extras;
}

/** The lead is the first paragraph (or line, after a headline) that opens with a dateline. */
function findLead(paragraphs: Paragraph[]): { index: number; lead: DatelineLead } | undefined {
  for (let i = 0; i < Math.min(4, paragraphs.length); i++) {
    const p = paragraphs[i] as Paragraph;
    for (let l = 0; l < Math.min(4, p.lines.length); l++) {
      const lead = parseDatelineLead(p.lines.slice(l).join(' '));
      if (!lead) continue;
      if (l > 0) {
        // "Headline\nWASHINGTON (AP) — …" without a blank line between.
        paragraphs.splice(i, 1, { lines: p.lines.slice(0, l), pos: p.pos }, { lines: p.lines.slice(l), pos: p.pos + l });
        return { index: i + 1, lead };
      }
      return { index: i, lead };
    }
  }
  return undefined;
}

interface Front {
  slugline?: string;
  headline?: string;
  byline?: string;
  /** Paragraphs before the lead that are neither headline nor byline: story text, kept. */
  kept: Paragraph[];
}

/** Headline and byline from the lines above the lead. */
function readFront(pre: Paragraph[]): Front {
  const lines = pre.flatMap((p, para) => p.lines.map((line, i) => ({ line, pos: p.pos + i, para })));
  const front: Front = { kept: [] };
  let i = 0;
  if (lines[0] && lines.length > 1 && looksLikeSlugline(lines[0].line)) {
    front.slugline = lines[0].line;
    i = 1;
  }
  const first = lines[i];
  if (first && looksLikeHeadline(first.line)) {
    front.headline = first.line;
    i++;
  }
  const candidate = lines[i];
  const byline = candidate && bylineOf(candidate.line);
  if (byline) {
    front.byline = byline;
    i++;
    // AP's "By JANE DOE" is followed by "Associated Press" on a line of its own.
    const next = lines[i];
    if (next && next.line.length <= 40 && agencyMentionedIn(next.line)) {
      front.byline += `, ${next.line}`;
      i++;
    }
  }
  let lastPara = -1;
  for (const { line, pos, para } of lines.slice(i)) {
    const last = front.kept[front.kept.length - 1];
    if (last && para === lastPara) last.lines.push(line);
    else front.kept.push({ lines: [line], pos });
    lastPara = para;
  }
  return front;
}

/** Without a dateline, a short single first line before more text is still the headline. */
function readFrontWithoutLead(paragraphs: Paragraph[]): { front: Front; bodyStart: number } {
  const front: Front = { kept: [] };
  let i = 0;
  const first = paragraphs[0];
  if (paragraphs.length >= 2 && first && first.lines.length === 1 && looksLikeHeadline(text(first))) {
    front.headline = text(first);
    i = 1;
  }
  const next = paragraphs[i];
  const byline = next && next.lines.length === 1 && paragraphs.length > i + 1 ? bylineOf(text(next)) : undefined;
  if (byline) {
    front.byline = byline;
    i++;
  }
  return { front, bodyStart: i };
}

/** Sign-offs at the end of the story, last paragraph first: " EFE", "(Reporting by …)". */
function takeSignoffs(body: Placed<string>[], agency: string | undefined): Placed<string>[] {
  const signoffs: Placed<string>[] = [];
  for (let guard = 0; guard < 4 && body.length > 0; guard++) {
    const last = body[body.length - 1] as Placed<string>;
    if (body.length > 1 && isSignoffParagraph(last.value, agency)) {
      body.pop();
      signoffs.unshift(last);
      continue;
    }
    const split = splitTrailingSignoff(last.value, agency);
    if (!split || split.text === '') break;
    last.value = split.text;
    signoffs.unshift({ pos: last.pos + 0.5, value: split.signoff });
  }
  return signoffs;
}

function yearOf(copyright: string | undefined): number | undefined {
  const m = copyright === undefined ? null : /\b((?:19|20)\d{2})\b/.exec(copyright);
  return m ? Number(m[1]) : undefined;
}

/** Splits headline, slug and byline off the paragraphs; the rest is the body, lead first. */
function frontAndBody(paragraphs: Paragraph[], warnings: string[]): { front: Front; body: Paragraph[]; lead?: DatelineLead } {
  const leadAt = findLead(paragraphs);
  if (!leadAt) {
    warnings.push('No dateline ("PLACE (AGENCY) -") found at the start of the story.');
    const { front, bodyStart } = readFrontWithoutLead(paragraphs);
    return { front, body: paragraphs.slice(bodyStart) };
  }
  const front = readFront(paragraphs.slice(0, leadAt.index));
  if (front.kept.length > 0) warnings.push('Text above the dateline that is neither headline nor byline was kept at the start of the body.');
  return { front, body: [...front.kept, ...paragraphs.slice(leadAt.index)], lead: leadAt.lead };
}

/** The dateline, dated only when a year is known: printed in it, or from the copyright line. */
function datelineOf(lead: DatelineLead, copyright: string | undefined, warnings: string[]): Dateline {
  const dateline = { ...lead.dateline };
  if (lead.day && dateline.date === undefined) {
    const year = yearOf(copyright);
    if (year !== undefined) dateline.date = isoDate(lead.day, year);
    else warnings.push(`The dateline names a day ("${dateline.text}") but no year, so no date was recorded.`);
  }
  return dateline;
}

/** Agency plain text (decoded, LF line ends) → one story, or a typed error. Never throws on odd input. */
export function parseText(input: string): ParseResult {
  const warnings: string[] = [];
  const found: Placed<Boilerplate>[] = [];
  const paragraphs = splitParagraphs(cleanLines(input, warnings), found);
  const extras = collectExtras(found, warnings);
  if (paragraphs.length === 0) {
    return { ok: false, error: { code: 'no-story', message: 'the file holds no story text, only page debris or boilerplate' } };
  }

  const { front, body: bodyParagraphs, lead } = frontAndBody(paragraphs, warnings);
  const body: Placed<string>[] = bodyParagraphs.map((p) => ({ pos: p.pos + p.lines.length - 1, value: text(p) }));
  const signoffs = takeSignoffs(body, lead?.dateline.agency);
  const signoff = signoffs.length > 0 ? signoffs.map((s) => s.value).join('\n') : undefined;

  const provider =
    lead?.dateline.agency ??
    (signoff !== undefined ? agencyOfSignoff(signoff) : undefined) ??
    (extras.copyright !== undefined ? agencyMentionedIn(extras.copyright) : undefined);
  if (provider === undefined) warnings.push('No agency found in the dateline, the sign-off or the copyright line.');

  let headline = front.headline;
  if (headline === undefined) {
    const leadText = lead ? lead.rest : (body[0]?.value ?? '');
    headline = deriveHeadline(leadText) || deriveHeadline(body.map((b) => b.value).join(' ')) || 'Untitled story';
    warnings.push("The copy has no headline; one was derived from the lead's first sentence.");
  }

  const removed = [...extras.removed, ...signoffs.map((s) => ({ pos: s.pos, value: { kind: 'signoff' as const, text: s.value } }))]
    .sort((a, b) => a.pos - b.pos)
    .map((r) => r.value);

  const story: WireStory = {
    format: 'text',
    headline,
    headlineDerived: front.headline === undefined,
    body: body.map((b) => b.value).filter((b) => b !== ''),
    pubStatus: 'usable',
    removed,
    warnings,
  };
  if (front.slugline !== undefined) story.slugline = front.slugline;
  if (front.byline !== undefined) story.byline = front.byline;
  if (lead) story.dateline = datelineOf(lead, extras.copyright, warnings);
  if (provider !== undefined) story.provider = provider;
  if (extras.distributor !== undefined) story.distributor = extras.distributor;
  if (extras.copyright !== undefined) story.copyright = extras.copyright;
  if (extras.usageTerms !== undefined) story.usageTerms = extras.usageTerms;
  if (signoff !== undefined) story.signoff = signoff;

  if (story.body.length === 0) {
    return { ok: false, error: { code: 'no-story', message: 'the file holds a headline but no story text' } };
  }
  return { ok: true, format: 'text', stories: [story] };
}
