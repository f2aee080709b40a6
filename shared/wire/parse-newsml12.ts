import type { Dateline, PubStatus, WireStory } from '../model/story.ts';
import { placeName } from './dateline.ts';
import { hasCopy, nitfDraft } from './parse-nitf.ts';
import { plainTextParagraphs } from './plain-paragraphs.ts';
import type { ParseResult } from './types.ts';
import { bodyParagraphs } from './xml/body-paragraphs.ts';
import { finishStory, type StoryDraft } from './xml/finish-story.ts';
import { readPrintedDateline } from './xml/dateline-text.ts';
import { agencyName } from './xml/provider-name.ts';
import { attrText, child, children, descendant, elements, rawText, readXml, textOf, type XmlElement } from './xml/read-xml.ts';
import { assignDefined, bylineText, positiveInt, urgencyOf } from './xml/values.ts';
import { wireDateTime } from './xml-dates.ts';

const FORMAT = 'newsml-1.2';

const STATUSES: Record<string, PubStatus> = { usable: 'usable', embargoed: 'usable', withheld: 'withheld', canceled: 'canceled', cancelled: 'canceled' };

/** Metadata a NewsComponent inherits from the components around it. */
interface Inherited {
  newsLines?: XmlElement;
  administrative?: XmlElement;
  descriptive?: XmlElement;
  rights?: XmlElement;
}

interface TextComponent {
  component: XmlElement;
  content: XmlElement;
  meta: Inherited;
}

function formalName(el: XmlElement | undefined): string | undefined {
  return attrText(el, 'FormalName');
}

function mediaTypeOf(item: XmlElement): string | undefined {
  return formalName(child(item, 'MediaType'))?.toLowerCase();
}

/** Text components in document order, each with the metadata in force where it stands. */
function textComponents(component: XmlElement, inherited: Inherited, out: TextComponent[], media: Set<string>): void {
  const meta: Inherited = {
    newsLines: child(component, 'NewsLines') ?? inherited.newsLines,
    administrative: child(component, 'AdministrativeMetadata') ?? inherited.administrative,
    descriptive: child(component, 'DescriptiveMetadata') ?? inherited.descriptive,
    rights: child(component, 'RightsMetadata') ?? inherited.rights,
  };
  const items = children(component, 'ContentItem');
  const textItem = items.find((item) => {
    const type = mediaTypeOf(item);
    return (type === undefined || type === 'text') && child(item, 'DataContent') !== undefined;
  });
  if (textItem) out.push({ component, content: child(textItem, 'DataContent') as XmlElement, meta });
  for (const item of items) {
    const type = mediaTypeOf(item);
    if (type !== undefined && type !== 'text') media.add(type);
  }
  for (const inner of children(component, 'NewsComponent')) textComponents(inner, meta, out, media);
}

/** urn:newsml:afp.com:20210516T080625Z:TX-PAR-WGF71:1 → the URN without its revision, and the revision. */
function identity(item: XmlElement): { uri?: string; version?: number } {
  const id = child(item, 'Identification', 'NewsIdentifier');
  const revision = positiveInt(textOf(child(id, 'RevisionId')));
  const urn = textOf(child(id, 'PublicIdentifier'));
  if (urn !== undefined) {
    // The revision may carry its update flag: "…:2U".
    const m = /^(.*):(\d{1,12})[NAU]?$/.exec(urn);
    if (m) return { uri: m[1] as string, version: revision ?? positiveInt(m[2]) };
    return { uri: urn, version: revision };
  }
  const parts = [textOf(child(id, 'ProviderId')), textOf(child(id, 'DateId')), textOf(child(id, 'NewsItemId'))];
  if (parts.some((p) => p === undefined)) return { version: revision };
  return { uri: `urn:newsml:${parts.map((p) => encodeURIComponent(p as string)).join(':')}`, version: revision };
}

function newsLine(lines: XmlElement | undefined, type: string): string | undefined {
  const texts = children(lines, 'NewsLine')
    .filter((l) => formalName(child(l, 'NewsLineType'))?.toLowerCase() === type)
    .map((l) => textOf(child(l, 'NewsLineText')))
    .filter((t) => t !== undefined);
  return texts.length > 0 ? texts.join(' ') : undefined;
}

function subjectsOf(descriptive: XmlElement | undefined): string[] {
  const out: string[] = [];
  for (const code of children(descriptive, 'SubjectCode')) {
    for (const s of elements(code)) {
      const name = formalName(s);
      if (name !== undefined) out.push(/^\d{8}$/.test(name) ? `subj:${name}` : name);
    }
  }
  for (const p of children(descriptive, 'Property')) {
    // Keywords with a Role describe pictures (PersonInImage), not the story.
    if (formalName(p) === 'Keyword' && attrText(p, 'Role') === undefined) {
      const value = attrText(p, 'Value');
      if (value !== undefined) out.push(value);
    }
  }
  return out;
}

function originCity(descriptive: XmlElement | undefined): string | undefined {
  for (const location of children(descriptive, 'Location')) {
    const city = children(location, 'Property').find((p) => formalName(p) === 'City');
    const value = attrText(city, 'Value');
    if (value !== undefined) return value;
  }
  return undefined;
}

/** "Gaza City, Palestinian Territories, May 16, 2021 (AFP) -" → place, date and agency. */
function datelineOf(lines: XmlElement | undefined, descriptive: XmlElement | undefined): Partial<Dateline> | undefined {
  const printed = textOf(child(lines, 'DateLine'));
  const read = readPrintedDateline(printed);
  const city = originCity(descriptive);
  const date = read.date ?? wireDateTime(textOf(child(descriptive, 'DateLineDate')));
  return assignDefined<Partial<Dateline>>({}, {
    text: printed,
    place: read.place ?? (city !== undefined ? placeName(city) : undefined),
    date,
    agency: read.agency,
  });
}

function copyrightOf(lines: XmlElement | undefined, rights: XmlElement | undefined): string | undefined {
  const line = textOf(child(lines, 'CopyrightLine'));
  if (line !== undefined) return line;
  const copyright = child(rights, 'Copyright');
  const holderEl = child(copyright, 'CopyrightHolder');
  const holder = textOf(holderEl) ?? formalName(holderEl) ?? formalName(child(holderEl, 'Origin'));
  if (holder === undefined) return undefined;
  const date = textOf(child(copyright, 'CopyrightDate'));
  return date !== undefined ? `© ${date} ${holder}` : `© ${holder}`;
}

function usageTermsOf(lines: XmlElement | undefined, rights: XmlElement | undefined): string | undefined {
  const line = textOf(child(lines, 'RightsLine'));
  if (line !== undefined) return line;
  const terms: string[] = [];
  for (const usage of children(rights, 'UsageRights')) {
    for (const part of ['UsageType', 'Geography', 'Limitations']) {
      const t = textOf(child(usage, part));
      if (t !== undefined) terms.push(t);
    }
  }
  return terms.length > 0 ? terms.join(' ') : undefined;
}

/** What NewsML 1.2 says this revision is, in Copydesk's signal words. */
function signalsOf(item: XmlElement, status: string | undefined, descriptive: XmlElement | undefined, version: number | undefined): string[] {
  const signals: string[] = [];
  if (status === 'canceled' || status === 'cancelled') signals.push('kill');
  const management = child(item, 'NewsManagement');
  const revision = child(item, 'Identification', 'NewsIdentifier', 'RevisionId');
  const previous = positiveInt(attrText(revision, 'PreviousRevision'));
  if ((version !== undefined && version > 1) || previous !== undefined || attrText(revision, 'Update') === 'U') signals.push('update');
  const words = [
    ...children(descriptive, 'Genre').map(formalName),
    ...children(management, 'Instruction').map(formalName),
  ].map((w) => w?.toLowerCase() ?? '');
  for (const word of words) {
    if (word.includes('kill') || word.includes('cancel')) signals.push('kill');
    else if (word.includes('correct') || word.includes('rectif')) signals.push('correction');
    else if (word.includes('update')) signals.push('update');
    else if (word.includes('advisory')) signals.push('advisory');
  }
  return signals;
}

/** The body a text ContentItem carries: NITF, XHTML or plain text. */
function contentDraft(content: XmlElement): StoryDraft {
  const nitf = content.local === 'nitf' ? content : descendant(content, 'nitf');
  if (nitf) return nitfDraft(nitf, FORMAT);
  const html = descendant(content, 'body') ?? descendant(content, 'html');
  const warnings: string[] = [];
  const body = html ? bodyParagraphs(html) : elements(content).length > 0 ? bodyParagraphs(content) : { paragraphs: plainTextParagraphs(rawText(content)), preformatted: [], loose: [] };
  return { format: FORMAT, body, pubStatus: 'usable', warnings };
}

function storyOf(item: XmlElement, meta: Inherited, draft: StoryDraft, uriSuffix: string | undefined): WireStory {
  const management = child(item, 'NewsManagement');
  const { uri, version } = identity(item);
  const status = formalName(child(management, 'Status'))?.toLowerCase();
  const pubStatus = status !== undefined ? STATUSES[status] : undefined;
  if (status !== undefined && pubStatus === undefined) draft.warnings.push(`The NewsML status "${status}" is not one Copydesk knows; the story is taken as usable.`);
  const willChange = child(management, 'StatusWillChange');
  const firstCreated = wireDateTime(textOf(child(management, 'FirstCreated')));
  const lines = meta.newsLines;
  const creator = formalName(child(meta.administrative, 'Creator', 'Party'));
  const provider = agencyName(formalName(child(meta.administrative, 'Provider', 'Party'))) ?? agencyName(textOf(child(item, 'Identification', 'NewsIdentifier', 'ProviderId')));

  assignDefined(draft, {
    uri: uri !== undefined && uriSuffix !== undefined ? `${uri}#${encodeURIComponent(uriSuffix)}` : uri,
    version,
    pubStatus: pubStatus ?? 'usable',
    headline: textOf(child(lines, 'HeadLine')),
    slugline: textOf(child(lines, 'SlugLine')) ?? textOf(child(item, 'Identification', 'NameLabel')),
    byline: bylineText(textOf(child(lines, 'ByLine'))) ?? draft.byline ?? creator,
    dateline: { ...draft.dateline, ...datelineOf(lines, meta.descriptive) },
    language: formalName(child(meta.descriptive, 'Language')) ?? attrText(item, 'xml:lang') ?? attrText(child(lines, 'HeadLine'), 'xml:lang'),
    provider,
    copyright: copyrightOf(lines, meta.rights),
    usageTerms: usageTermsOf(lines, meta.rights),
    urgency: urgencyOf(formalName(child(management, 'Urgency'))),
    embargoedUntil: status === 'embargoed' || formalName(child(willChange, 'FutureStatus')) === 'Usable' ? wireDateTime(textOf(child(willChange, 'DateAndTime'))) : undefined,
    firstCreated,
    versionCreated: wireDateTime(textOf(child(management, 'ThisRevisionCreated'))) ?? firstCreated,
    edNote: newsLine(lines, 'advisoryline') ?? newsLine(lines, 'editorialnote'),
    signals: signalsOf(item, status, meta.descriptive, version),
    subjects: [...subjectsOf(meta.descriptive), ...(draft.subjects ?? [])],
  });
  return finishStory(draft);
}

function noteFor(item: XmlElement, media: Set<string>): string {
  const id = textOf(child(item, 'Identification', 'NewsIdentifier', 'PublicIdentifier'));
  const what = media.size > 0 ? `holding ${[...media].join(', ')}` : 'without text';
  return `a NewsML 1.2 news item${id !== undefined ? ` (${id})` : ''} ${what}, not a text story`;
}

/**
 * NewsML 1.2 (as EFE and AFP send it) → one story per text component of
 * every NewsItem, or a typed error. Photo and video components are reported
 * in notes. Never throws.
 */
export function parseNewsml12(text: string): ParseResult {
  const read = readXml(text);
  if (!read.ok) return read;
  const root = read.root;
  if (root.local !== 'NewsML' && root.local !== 'NewsItem') {
    return { ok: false, error: { code: 'unsupported-format', message: `the XML's root element is <${root.name}>, not NewsML 1.2's <NewsML>` } };
  }
  const items = root.local === 'NewsItem' ? [root] : children(root, 'NewsItem');
  const stories: WireStory[] = [];
  const notes: string[] = [];
  for (const item of items) {
    const found: TextComponent[] = [];
    const media = new Set<string>();
    for (const component of children(item, 'NewsComponent')) textComponents(component, {}, found, media);
    const usable = found
      .map((t) => ({ ...t, draft: contentDraft(t.content) }))
      .filter((t) => hasCopy(t.draft) || textOf(child(t.meta.newsLines, 'HeadLine')) !== undefined);
    if (usable.length === 0) {
      notes.push(noteFor(item, media));
      continue;
    }
    usable.forEach((t, i) => {
      const suffix = usable.length > 1 ? (attrText(t.component, 'Duid') ?? attrText(t.component, 'Euid') ?? String(i + 1)) : undefined;
      stories.push(storyOf(item, t.meta, t.draft, suffix));
    });
  }
  if (stories.length === 0) {
    const what = items.length === 0 ? 'no NewsItem' : notes.slice(0, 3).join('; ') + (notes.length > 3 ? `; and ${notes.length - 3} more` : '');
    return { ok: false, error: { code: 'no-story', message: `the NewsML 1.2 message holds no text story: ${what}` } };
  }
  return notes.length > 0 ? { ok: true, format: FORMAT, stories, notes } : { ok: true, format: FORMAT, stories };
}
