import type { Dateline, RemovedPart, WireStory } from '../model/story.ts';
import { agencyMentionedIn, knownAgency } from './agencies.ts';
import { classifyBoilerplate } from './boilerplate.ts';
import { isoDate, parseDatelineLead, type DatelineLead } from './dateline.ts';
import { deriveHeadline } from './headline.ts';
import { splitTransmissions, transmissionParts } from './split-transmission.ts';
import { readVersionMarks } from './take-key.ts';
import { readTrailerTime, isRealDate, type PrintedDate, type TrailerTime } from './trailer-time.ts';
import { readTransmissionCopy, type CopyParagraph, type TransmissionCopy } from './transmission-copy.ts';
import { readHeader, urgencyOf, type TransmissionHeader } from './transmission-header.ts';
import type { ParseResult, WireError } from './types.ts';

/** A file is at most 20 MB; this many transmissions is already far more than any feed batches in one. */
const MAX_TRANSMISSIONS = 5000;

/**
 * Slugs AP gives many different stories on the same day: a version link built
 * from them would tie unrelated alerts together, so they get no uri.
 */
const SHARED_SLUGS = /^(?:ap)?-?news-?alert$|^advisory$|^digest$|^budget$|^sked$|^glance$/i;

type Outcome = { story: WireStory } | { error: WireError };

interface Extras {
  removed: RemovedPart[];
  copyright?: string;
  usageTerms: string[];
}

/** Separators, copyright and usage lines out of the body, kept beside it; tables are never judged. */
function splitBoilerplate(paragraphs: CopyParagraph[], extras: Extras): CopyParagraph[] {
  return paragraphs.filter((p) => {
    if (p.preformatted) return true;
    const hit = classifyBoilerplate(p.text);
    if (!hit) return true;
    if (hit.kind === 'removed') extras.removed.push(hit.part);
    else if (hit.kind === 'copyright') {
      if (extras.copyright === undefined) extras.copyright = hit.copyright;
      else extras.removed.push({ kind: 'boilerplate', text: hit.copyright });
      if (hit.usageTerms !== undefined) extras.usageTerms.push(hit.usageTerms);
    } else extras.usageTerms.push(hit.usageTerms);
    return false;
  });
}

/** "San Diego (tca/dpa) -": a partner's copy sent on by an agency. */
const RELAYED_CREDIT = /\(([^()/\s]{1,20})\/([^()/\s]{1,20})\)/;

function leadOf(text: string): DatelineLead | undefined {
  const lead = parseDatelineLead(text);
  if (lead) return lead;
  const m = RELAYED_CREDIT.exec(text.slice(0, 120));
  const agency = m ? knownAgency(m[2] as string) : undefined;
  if (!m || agency === undefined) return undefined;
  // Read it as the relaying agency's dateline, then put back what the copy prints.
  const relayed = parseDatelineLead(`${text.slice(0, m.index)}(${agency})${text.slice(m.index + m[0].length)}`);
  if (!relayed) return undefined;
  relayed.dateline.text = text.slice(0, text.length - relayed.rest.length).trim();
  relayed.dateline.agency = `${m[1] as string}/${agency}`;
  return relayed;
}

function findLead(paragraphs: CopyParagraph[]): DatelineLead | undefined {
  let tried = 0;
  for (const p of paragraphs) {
    if (p.preformatted) continue;
    const lead = leadOf(p.text);
    if (lead) return lead;
    if (++tried >= 3) break;
  }
  return undefined;
}

function dayNumber(d: PrintedDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

/** A day without a year, placed in the year that puts it nearest the trailer's date (December copy sent in January). */
function nearestYear(month: number, day: number, near: PrintedDate): PrintedDate | undefined {
  const options = [near.year - 1, near.year, near.year + 1]
    .map((year) => ({ year, month, day }))
    .filter(isRealDate)
    .sort((a, b) => Math.abs(dayNumber(a) - dayNumber(near)) - Math.abs(dayNumber(b) - dayNumber(near)));
  return options[0];
}

/**
 * The day the story was filed: ANPA's filing date ("11-13", month first; CP
 * writes day first, so the reading nearest the trailer wins) with the year from
 * the trailer; the trailer's own date when there is no filing date.
 */
function filingDay(header: TransmissionHeader, trailer: TrailerTime | undefined): PrintedDate | undefined {
  if (!trailer) return undefined;
  const m = header.filingDate === undefined ? null : /^(\d{1,2})-(\d{1,2})$/.exec(header.filingDate);
  if (!m) return trailer.date;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const candidates = [nearestYear(a, b, trailer.date), nearestYear(b, a, trailer.date)].filter((d) => d !== undefined);
  candidates.sort((x, y) => Math.abs(dayNumber(x) - dayNumber(trailer.date)) - Math.abs(dayNumber(y) - dayNumber(trailer.date)));
  return candidates[0] ?? trailer.date;
}

/**
 * An identity every version of one AP story shares, so ingest can link a
 * write-through or a kill to the story it replaces: agency, slug (without the
 * AM/PM/BC cycle, which may change between versions) and filing day. Only ANPA
 * carries that: its slug names one story for its whole life, while a 7901
 * keyword line ("Germany-politics/") names a topic many stories share, so 7901
 * copy gets no uri rather than a false link.
 */
function storyUri(provider: string | undefined, slug: string | undefined, day: PrintedDate | undefined): string | undefined {
  if (provider === undefined || slug === undefined || day === undefined) return undefined;
  const bare = slug.replace(/^(?:BC|AM|PM)-/i, '');
  const keyword = bare.split('--').pop() ?? bare;
  if (SHARED_SLUGS.test(keyword.replace(/\s+/g, ''))) return undefined;
  const id = bare.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const agency = provider.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (id === '' || agency === '') return undefined;
  return `urn:copydesk:anpa:${agency}:${id}:${isoDate(day, day.year)}`;
}

function datelineOf(lead: DatelineLead, trailer: TrailerTime | undefined): Dateline {
  const dateline = { ...lead.dateline };
  if (dateline.date === undefined && lead.day && trailer) {
    const day = nearestYear(lead.day.month, lead.day.day, trailer.date);
    if (day) dateline.date = isoDate(day, day.year);
  }
  return dateline;
}

/** The body an editor sees when the copy has no paragraphs of its own: a list of headlines, or a kill notice. */
function fallbackBody(copy: TransmissionCopy, kill: boolean): CopyParagraph[] {
  if (copy.abstracts.length > 0) return copy.abstracts.map((text) => ({ text, preformatted: false }));
  if (kill && copy.notes.length > 0) return copy.notes.map((text) => ({ text, preformatted: false }));
  if (kill && copy.headline !== undefined) return [{ text: copy.headline, preformatted: false }];
  return [];
}

function readOne(segment: string, opened: boolean): Outcome {
  const parts = transmissionParts(segment, opened);
  const header = readHeader(parts.header);
  const trailer = readTrailerTime(parts.trailer);
  const trailerAgency = trailer?.agency === undefined ? undefined : (knownAgency(trailer.agency) ?? trailer.agency);
  const copy = readTransmissionCopy(parts.text, { anpa: header.kind === 'anpa1312', agency: header.agency ?? trailerAgency });
  const warnings: string[] = [];

  const marks = readVersionMarks([...header.takeKeys, ...copy.takeKeys], copy.killLine ? [...copy.notes, 'KILL'] : copy.notes);
  const kill = marks.signals.includes('kill');
  const extras: Extras = { removed: [], usageTerms: [] };
  let paragraphs = splitBoilerplate(copy.paragraphs, extras);
  if (paragraphs.length === 0) {
    paragraphs = fallbackBody(copy, kill);
    if (paragraphs.length > 0 && copy.abstracts.length > 0) copy.abstracts = [];
  }
  if (paragraphs.length === 0) {
    return { error: { code: 'no-story', message: 'the transmission holds no story text' } };
  }

  if (opened && header.kind === undefined) warnings.push('The transmission header could not be read; the copy was read without it.');
  if (opened && !parts.hasEtx) warnings.push('The transmission has no end-of-text mark (ETX); it may be cut off.');
  if (copy.strayControls > 0) {
    warnings.push(`Removed ${copy.strayControls} stray control character${copy.strayControls === 1 ? '' : 's'} from the text.`);
  }
  if (trailer?.warning !== undefined) warnings.push(trailer.warning);

  const lead = findLead(paragraphs);
  const preformatted = paragraphs.flatMap((p, i) => (p.preformatted ? [i] : []));
  // Kill notices and tables carry no dateline by nature.
  if (!lead && !kill && preformatted.length === 0) warnings.push('No dateline ("PLACE (AGENCY) -") found at the start of the story.');

  // The dateline's agency when it is one Copydesk knows; a relayed partner ("tca/dpa") yields to the agency the header names.
  const leadAgency = lead?.dateline.agency;
  const provider =
    (leadAgency !== undefined ? knownAgency(leadAgency) : undefined) ??
    header.agency ??
    leadAgency ??
    trailerAgency ??
    (copy.byline !== undefined ? agencyMentionedIn(copy.byline) : undefined);
  let headline = copy.headline;
  if (headline === undefined) {
    // A derived headline comes from the first sentence and is at most 100 characters; the rest of a long lead never matters.
    const first = (paragraphs.find((p) => !p.preformatted)?.text ?? '').slice(0, 1000);
    headline = deriveHeadline(lead ? lead.rest.slice(0, 1000) : first) || deriveHeadline(first) || 'Untitled story';
    warnings.push("The copy has no headline; one was derived from the lead's first sentence.");
  }

  const kind = header.kind ?? (copy.slug !== undefined ? 'anpa1312' : 'iptc7901');
  const story: WireStory = {
    format: kind,
    headline,
    headlineDerived: copy.headline === undefined,
    body: paragraphs.map((p) => p.text),
    pubStatus: kill ? 'canceled' : 'usable',
    removed: [...copy.abstracts.map((text) => ({ kind: 'boilerplate' as const, text })), ...extras.removed],
    warnings,
  };
  const slugline = copy.slug ?? (header.sluglines.length > 0 ? header.sluglines.join('/') : header.keyword);
  if (slugline !== undefined) story.slugline = slugline;
  if (kind === 'anpa1312') {
    const uri = storyUri(provider, slugline, filingDay(header, trailer));
    if (uri !== undefined) story.uri = uri;
  }
  if (marks.version !== undefined) story.version = marks.version;
  if (marks.signals.length > 0) story.signals = marks.signals;
  if (copy.byline !== undefined) story.byline = copy.byline;
  if (lead) story.dateline = datelineOf(lead, trailer);
  if (provider !== undefined) story.provider = provider;
  const urgency = urgencyOf(header);
  if (urgency !== undefined) story.urgency = urgency;
  if (trailer?.stamp !== undefined) story.versionCreated = trailer.stamp;
  if (copy.notes.length > 0) story.edNote = copy.notes.join('\n');
  if (extras.copyright !== undefined) story.copyright = extras.copyright;
  if (extras.usageTerms.length > 0) story.usageTerms = extras.usageTerms.join(' ');
  if (copy.signoff !== undefined) {
    story.signoff = copy.signoff;
    story.removed.push({ kind: 'signoff', text: copy.signoff });
  }
  if (header.category !== undefined) story.subjects = [`${kind === 'anpa1312' ? 'anpa' : 'iptc7901'}-category:${header.category}`];
  if (preformatted.length > 0) story.preformatted = preformatted;
  return { story };
}

/**
 * ANPA-1312 and IPTC 7901 transmissions (decoded text; one file may hold
 * several) → their stories, or a typed error. Both standards share the framing
 * (SOH header, STX text, ETX, trailer time stamp, EOT) and differ in the header
 * lines and the conventions of the copy, which are read as the copy shows them.
 * Never throws on odd input.
 */
export function parseAnpa(input: string): ParseResult {
  const { opened, segments, more } = splitTransmissions(input, MAX_TRANSMISSIONS);
  const stories: WireStory[] = [];
  const notes: string[] = [];
  let firstError: WireError | undefined;
  segments.forEach((segment, i) => {
    const outcome = readOne(segment, opened);
    if ('story' in outcome) stories.push(outcome.story);
    else {
      firstError ??= outcome.error;
      if (segments.length > 1) notes.push(`Transmission ${i + 1} of ${segments.length}: ${outcome.error.message}.`);
    }
  });
  if (more) notes.push(`The file holds more than ${MAX_TRANSMISSIONS} transmissions; only the first ${MAX_TRANSMISSIONS} were read.`);
  if (stories.length === 0) {
    return { ok: false, error: firstError ?? { code: 'no-story', message: 'the file holds no transmission with story text' } };
  }
  const result: ParseResult = { ok: true, format: 'iptc7901', stories };
  if (notes.length > 0) result.notes = notes;
  return result;
}
