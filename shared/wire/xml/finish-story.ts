import type { Dateline, PubStatus, RemovedPart, WireStory } from '../../model/story.ts';
import { agencyMentionedIn } from '../agencies.ts';
import { classifyBoilerplate } from '../boilerplate.ts';
import { isoDate, parseDatelineLead, type DatelineLead } from '../dateline.ts';
import { deriveHeadline } from '../headline.ts';
import { isSignoffParagraph, splitTrailingSignoff } from '../signoff.ts';
import type { BodyText } from './body-paragraphs.ts';

/** What an XML parser read from the markup, before the copy itself is looked at. */
export interface StoryDraft {
  format: string;
  uri?: string;
  version?: number;
  headline?: string;
  slugline?: string;
  byline?: string;
  /** The dateline as the markup states it (element, attributes); the copy's printed dateline completes it. */
  dateline?: Partial<Dateline>;
  body: BodyText;
  language?: string;
  /** The agency as the metadata names it: wins over the dateline's. */
  provider?: string;
  /** A weaker guess (a feed's title): used only when neither metadata nor dateline names the agency. */
  providerFallback?: string;
  distributor?: string;
  copyright?: string;
  usageTerms?: string;
  urgency?: number;
  embargoedUntil?: string;
  firstCreated?: string;
  versionCreated?: string;
  pubStatus: PubStatus;
  edNote?: string;
  signals?: string[];
  subjects?: string[];
  signoff?: string;
  removed?: RemovedPart[];
  warnings: string[];
}

interface Paragraph {
  text: string;
  pre: boolean;
}

/** AFP and EFE desk initials closing the copy: "bur-dar-gl/fz", "gr/bp". */
const DESK_INITIALS = /^[a-z]{2,5}(?:[-/][a-z]{2,5}){1,8}$/;
/** A credit in brackets closing the copy: "(©NTB)", "(c) AFP". */
const CREDIT = /^\(?\s*(?:©|\(c\))\s*([^()©]{1,60}?)\s*\)?$/i;

function sameText(a: string, b: string): boolean {
  return a.length === b.length && a.toLowerCase() === b.toLowerCase();
}

/** Boilerplate paragraphs (rules, copyright and licence lines, page debris) lifted out of the body. */
function liftBoilerplate(paragraphs: Paragraph[], draft: StoryDraft, removed: RemovedPart[]): Paragraph[] {
  const usage: string[] = [];
  const kept = paragraphs.filter((p) => {
    if (p.pre) return true;
    const hit = classifyBoilerplate(p.text);
    if (!hit) return true;
    if (hit.kind === 'removed') {
      removed.push(hit.part);
      if (hit.distributor !== undefined) draft.distributor ??= hit.distributor;
    } else if (hit.kind === 'copyright') {
      if (draft.copyright === undefined) draft.copyright = hit.copyright;
      else removed.push({ kind: 'boilerplate', text: hit.copyright });
      if (hit.usageTerms !== undefined) usage.push(hit.usageTerms);
    } else {
      usage.push(hit.usageTerms);
    }
    return false;
  });
  if (usage.length > 0) {
    if (draft.usageTerms === undefined) draft.usageTerms = usage.join(' ');
    else for (const text of usage) removed.push({ kind: 'boilerplate', text });
  }
  return kept;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "AAP RTV ar", "dpa kb yyzz n1 sk": the agency's name and desk codes on a closing line of their own. */
function isAgencyDeskLine(text: string, agency: string | undefined): boolean {
  if (agency === undefined || text.length > 60) return false;
  return new RegExp(String.raw`^${escapeRegExp(agency)}(?:[ /][A-Za-z\d]{1,5}){1,6}\.?$`).test(text);
}

/** Sign-offs closing the copy, last first: "EFE", "(Reporting by …)", desk initials. */
function takeSignoffs(paragraphs: Paragraph[], agency: string | undefined): string[] {
  const signoffs: string[] = [];
  for (let guard = 0; guard < 4 && paragraphs.length > 0; guard++) {
    const last = paragraphs[paragraphs.length - 1] as Paragraph;
    if (last.pre) break;
    const closing = isSignoffParagraph(last.text, agency) || DESK_INITIALS.test(last.text) || isAgencyDeskLine(last.text, agency) || CREDIT.test(last.text);
    if (paragraphs.length > 1 && closing) {
      paragraphs.pop();
      signoffs.unshift(last.text);
      continue;
    }
    const split = splitTrailingSignoff(last.text, agency);
    if (!split || split.text === '') break;
    last.text = split.text;
    signoffs.unshift(split.signoff);
  }
  return signoffs;
}

function yearOf(timestamp: string | undefined): number | undefined {
  const m = timestamp === undefined ? null : /^(\d{4})-/.exec(timestamp);
  return m ? Number(m[1]) : undefined;
}

/** A dateline printed at the start of one of the first paragraphs (Reuters puts a correction note first). */
function findLead(paragraphs: Paragraph[]): DatelineLead | undefined {
  for (const p of paragraphs.slice(0, 3)) {
    if (p.pre) continue;
    const lead = parseDatelineLead(p.text);
    if (lead) return lead;
  }
  return undefined;
}

/** The markup's dateline completed from the one printed at the start of the lead. */
function mergeDateline(marked: Partial<Dateline> | undefined, lead: DatelineLead | undefined, draft: StoryDraft): Dateline | undefined {
  const printed = lead?.dateline;
  // The dateline as it stands in the copy ("NEW YORK (AP) —") over the markup's bare "NEW YORK".
  const text = printed?.text ?? marked?.text ?? marked?.place;
  if (text === undefined) return undefined;
  const dateline: Dateline = { text };
  const place = marked?.place ?? printed?.place;
  if (place !== undefined) dateline.place = place;
  let date = marked?.date ?? printed?.date;
  if (date === undefined && lead?.day) {
    const year = yearOf(draft.versionCreated ?? draft.firstCreated);
    if (year !== undefined) date = isoDate(lead.day, year);
  }
  if (date !== undefined) dateline.date = date;
  const agency = marked?.agency ?? printed?.agency;
  if (agency !== undefined) dateline.agency = agency;
  return dateline;
}

/**
 * The story an XML item holds: the markup's fields, plus what only the copy
 * says (a printed dateline, sign-offs, boilerplate lines, a headline derived
 * from the lead when the markup has none), in the same model the plain-text
 * parser fills.
 */
export function finishStory(input: StoryDraft): WireStory {
  // Boilerplate found in the copy may fill the draft's copyright and usage terms.
  const draft: StoryDraft = { ...input };
  const warnings = [...draft.warnings];
  const removed: RemovedPart[] = [];
  const preIndexes = new Set(draft.body.preformatted);
  let paragraphs: Paragraph[] = draft.body.paragraphs.map((text, i) => ({ text, pre: preIndexes.has(i) }));
  for (const text of draft.body.loose) removed.push({ kind: 'page-debris', text });

  const headline = draft.headline?.trim() || undefined;
  // XHTML bodies often repeat the headline as their first heading.
  const first = paragraphs[0];
  if (headline !== undefined && first && !first.pre && sameText(first.text, headline)) paragraphs = paragraphs.slice(1);

  paragraphs = liftBoilerplate(paragraphs, draft, removed);
  const lead = findLead(paragraphs);
  const signoffs = takeSignoffs(paragraphs, draft.provider ?? lead?.dateline.agency);
  for (const text of signoffs) {
    removed.push({ kind: 'signoff', text });
    const credit = CREDIT.exec(text);
    if (credit && draft.copyright === undefined) draft.copyright = `© ${credit[1] as string}`;
  }
  // What the markup set apart (a NITF tagline) follows the copy's own closing lines.
  removed.push(...(draft.removed ?? []));
  const signoff = [...signoffs, draft.signoff].filter((s) => s !== undefined).join('\n') || undefined;

  const dateline = mergeDateline(draft.dateline, lead, draft);
  const provider =
    draft.provider ??
    dateline?.agency ??
    draft.providerFallback ??
    (draft.copyright !== undefined ? agencyMentionedIn(draft.copyright) : undefined);

  let title = headline;
  if (title === undefined) {
    const leadText = lead ? lead.rest : (paragraphs.find((p) => !p.pre)?.text ?? '');
    title = deriveHeadline(leadText) || 'Untitled story';
    warnings.push("The item has no headline; one was derived from the lead's first sentence.");
  }
  const body = paragraphs.map((p) => p.text);
  const preformatted = paragraphs.flatMap((p, i) => (p.pre ? [i] : []));
  if (body.length === 0 && draft.pubStatus !== 'canceled') warnings.push('The item carries no story text.');

  const out: WireStory = {
    format: draft.format,
    headline: title,
    headlineDerived: headline === undefined,
    body,
    pubStatus: draft.pubStatus,
    removed,
    warnings,
  };
  const optional: Partial<WireStory> = {
    uri: draft.uri,
    version: draft.version,
    slugline: draft.slugline,
    byline: draft.byline,
    dateline,
    language: draft.language,
    provider,
    distributor: draft.distributor !== undefined && draft.distributor !== provider && agencyMentionedIn(draft.distributor) !== provider ? draft.distributor : undefined,
    copyright: draft.copyright,
    usageTerms: draft.usageTerms,
    signoff,
    urgency: draft.urgency,
    embargoedUntil: draft.embargoedUntil,
    firstCreated: draft.firstCreated,
    versionCreated: draft.versionCreated,
    edNote: draft.edNote,
    signals: draft.signals !== undefined && draft.signals.length > 0 ? [...new Set(draft.signals)] : undefined,
    subjects: draft.subjects !== undefined && draft.subjects.length > 0 ? [...new Set(draft.subjects)] : undefined,
    preformatted: preformatted.length > 0 ? preformatted : undefined,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined && value !== '') (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
