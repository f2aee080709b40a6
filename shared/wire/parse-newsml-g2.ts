import type { Dateline, PubStatus, WireStory } from '../model/story.ts';
import { nitfDraft } from './parse-nitf.ts';
import { htmlToText } from './html-to-text.ts';
import { plainTextParagraphs } from './plain-paragraphs.ts';
import type { ParseResult } from './types.ts';
import { bodyParagraphs, type BodyText } from './xml/body-paragraphs.ts';
import { finishStory, type StoryDraft } from './xml/finish-story.ts';
import { readPrintedDateline } from './xml/dateline-text.ts';
import { agencyName, codeOf } from './xml/provider-name.ts';
import { attr, attrText, child, children, descendant, elements, rawText, readXml, textOf, type XmlElement } from './xml/read-xml.ts';
import { signalsFromSlugAndHeadline } from './xml/slug-signals.ts';
import { assignDefined, bylineText, positiveInt, urgencyOf } from './xml/values.ts';
import { wireDateTime } from './xml-dates.ts';

const FORMAT = 'newsml-g2';

const ITEMS: Record<string, string> = {
  newsItem: 'news item',
  packageItem: 'package item',
  conceptItem: 'concept item',
  knowledgeItem: 'knowledge item',
  planningItem: 'planning item',
  catalogItem: 'catalog item',
};

const STATUSES: Record<string, PubStatus> = { usable: 'usable', withheld: 'withheld', canceled: 'canceled', cancelled: 'canceled' };

/** What a news item of another class than text holds, in words. */
const CLASS_WORDS: Record<string, string> = {
  picture: 'a picture',
  graphic: 'a graphic',
  video: 'a video',
  audio: 'audio',
  animation: 'an animation',
  composite: 'a composite of other items',
  interactive: 'interactive content',
};

/** Parts of a G2 item outside any item: fragments IPTC's guidelines print on their own. */
const FRAGMENTS = new Set(['contentMeta', 'itemMeta', 'groupSet', 'rightsInfo', 'header', 'itemSet', 'assert', 'inlineXML']);

function guidNote(item: XmlElement): string {
  const guid = attrText(item, 'guid');
  return guid !== undefined ? ` (${guid})` : '';
}

/** The code of a QCode in a known scheme alias or CV URI: "sig:update" or ".../newscodes/signal/update" → "update". */
function signalCode(qcode: string | undefined): string | undefined {
  if (qcode === undefined) return undefined;
  const t = qcode.trim();
  if (/^sig:/i.test(t) || /\/signal\/[^/]+$/i.test(t)) return codeOf(t);
  return undefined;
}

function nameOrLiteral(el: XmlElement | undefined): string | undefined {
  return textOf(child(el, 'name')) ?? attrText(el, 'literal');
}

function providerOf(itemMeta: XmlElement | undefined, contentMeta: XmlElement | undefined): string | undefined {
  const sources = children(contentMeta, 'infoSource');
  const original = sources.find((s) => /origprov|originator/i.test(attr(s, 'role') ?? ''));
  const provider = child(itemMeta, 'provider');
  return (
    agencyName(nameOrLiteral(original) ?? codeOf(attr(original, 'qcode'))) ??
    agencyName(nameOrLiteral(provider) ?? codeOf(attr(provider, 'qcode')) ?? attr(provider, 'uri')) ??
    agencyName(nameOrLiteral(sources[0]))
  );
}

function headlineOf(contentMeta: XmlElement | undefined, itemMeta: XmlElement | undefined): string | undefined {
  const headlines = children(contentMeta, 'headline');
  const main = headlines.find((h) => {
    const role = attr(h, 'role');
    return role === undefined || /main$/i.test(role);
  });
  return textOf(main ?? headlines[0]) ?? textOf(child(itemMeta, 'title'));
}

function copyrightOf(rights: XmlElement | undefined): string | undefined {
  const notice = textOf(child(rights, 'copyrightNotice'));
  if (notice !== undefined) return notice;
  const holder = nameOrLiteral(child(rights, 'copyrightHolder'));
  return holder !== undefined ? `© ${holder}` : undefined;
}

function subjectsOf(contentMeta: XmlElement | undefined): string[] {
  const out: string[] = [];
  for (const s of children(contentMeta, 'subject')) {
    const concept = child(s, 'mainConcept') ?? s;
    const subject = nameOrLiteral(concept) ?? attrText(concept, 'qcode');
    if (subject !== undefined) out.push(subject);
  }
  return out;
}

/** contentMeta's dateline and located place. */
function datelineOf(contentMeta: XmlElement | undefined): Partial<Dateline> {
  const printed = textOf(child(contentMeta, 'dateline'));
  const located = textOf(child(contentMeta, 'located', 'name'));
  return assignDefined<Partial<Dateline>>({ ...readPrintedDateline(printed) }, { text: printed, place: located });
}

interface Content {
  draft?: StoryDraft;
  body?: BodyText;
  /** Inline XML that is neither NITF nor XHTML (SportsML, events): said in a warning. */
  other?: string;
}

/** The item's text: NITF or XHTML in inlineXML, or text/HTML in inlineData. */
function contentOf(contentSet: XmlElement | undefined): Content {
  for (const inline of children(contentSet, 'inlineXML')) {
    const nitf = descendant(inline, 'nitf');
    if (nitf) return { draft: nitfDraft(nitf, FORMAT) };
    const first = elements(inline)[0];
    if (!first) continue;
    if (first.local === 'html' || first.local === 'body' || first.local === 'div' || first.local === 'article') {
      return { body: bodyParagraphs(child(first, 'body') ?? first) };
    }
    return { other: `${first.local}${attr(inline, 'contenttype') !== undefined ? ` (${attr(inline, 'contenttype')})` : ''}` };
  }
  const data = child(contentSet, 'inlineData');
  if (data) {
    const raw = rawText(data);
    if (/html/i.test(attr(data, 'contenttype') ?? '') || /<\/?(?:p|br|div)\b/i.test(raw)) {
      const { paragraphs, preformatted } = htmlToText(raw);
      return { body: { paragraphs, preformatted, loose: [] } };
    }
    return { body: { paragraphs: plainTextParagraphs(raw), preformatted: [], loose: [] } };
  }
  return {};
}

function noteForOther(item: XmlElement): string {
  const kind = ITEMS[item.local] ?? item.local;
  if (item.local !== 'newsItem') return `a NewsML-G2 ${kind}${guidNote(item)}, not a story`;
  const cls = codeOf(attr(child(item, 'itemMeta', 'itemClass'), 'qcode'));
  const events = descendant(child(item, 'contentSet'), 'events') !== undefined;
  const what = events ? 'events' : cls !== undefined ? (CLASS_WORDS[cls] ?? `content of class ${cls}`) : 'no text';
  return `a NewsML-G2 news item holding ${what}${guidNote(item)}, not a text story`;
}

function isTextItem(item: XmlElement): boolean {
  if (item.local !== 'newsItem') return false;
  const cls = codeOf(attr(child(item, 'itemMeta', 'itemClass'), 'qcode'));
  return cls === undefined || cls === 'text';
}

function storyOf(item: XmlElement, fragmentWarning?: string): WireStory | undefined {
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const rights = child(item, 'rightsInfo');
  const content = contentOf(child(item, 'contentSet'));
  const headline = headlineOf(contentMeta, itemMeta);
  const base: StoryDraft = content.draft ?? { format: FORMAT, body: content.body ?? { paragraphs: [], preformatted: [], loose: [] }, pubStatus: 'usable', warnings: [] };
  if (headline === undefined && base.headline === undefined && base.body.paragraphs.length === 0) return undefined;

  const draft: StoryDraft = { ...base, warnings: [...base.warnings] };
  if (fragmentWarning !== undefined) draft.warnings.push(fragmentWarning);
  if (content.other !== undefined) draft.warnings.push(`The item's content is ${content.other}, not text Copydesk reads as a story body.`);

  const statusCode = codeOf(attr(child(itemMeta, 'pubStatus'), 'qcode'))?.toLowerCase();
  const pubStatus = statusCode !== undefined ? STATUSES[statusCode] : undefined;
  if (statusCode !== undefined && pubStatus === undefined) draft.warnings.push(`The publishing status "${statusCode}" is not one Copydesk knows; the story is taken as usable.`);
  const slugline = textOf(child(contentMeta, 'slugline'));
  const signals = [
    ...children(itemMeta, 'signal').map((s) => signalCode(attr(s, 'qcode'))).filter((s) => s !== undefined),
    ...signalsFromSlugAndHeadline(slugline, headline),
  ];
  if (pubStatus === 'canceled') signals.push('kill');
  const edNotes = children(itemMeta, 'edNote').map((n) => textOf(n)).filter((n) => n !== undefined);
  const creator = textOf(child(contentMeta, 'creator', 'name'));
  const firstCreated = wireDateTime(textOf(child(itemMeta, 'firstCreated'))) ?? wireDateTime(textOf(child(contentMeta, 'contentCreated')));

  assignDefined(draft, {
    format: FORMAT,
    uri: attrText(item, 'guid'),
    version: positiveInt(attrText(item, 'version')),
    pubStatus: pubStatus ?? 'usable',
    headline,
    slugline,
    byline: bylineText(textOf(child(contentMeta, 'by'))) ?? draft.byline ?? creator,
    dateline: { ...draft.dateline, ...datelineOf(contentMeta) },
    language: attrText(child(contentMeta, 'language'), 'tag') ?? attrText(item, 'xml:lang') ?? draft.language,
    provider: providerOf(itemMeta, contentMeta) ?? draft.provider,
    copyright: copyrightOf(rights) ?? draft.copyright,
    usageTerms: textOf(child(rights, 'usageTerms')) ?? draft.usageTerms,
    urgency: urgencyOf(textOf(child(contentMeta, 'urgency'))) ?? draft.urgency,
    embargoedUntil: wireDateTime(textOf(child(itemMeta, 'embargoed'))) ?? draft.embargoedUntil,
    firstCreated: firstCreated ?? draft.firstCreated,
    versionCreated: wireDateTime(textOf(child(itemMeta, 'versionCreated'))) ?? wireDateTime(textOf(child(contentMeta, 'contentModified'))) ?? draft.versionCreated,
    edNote: edNotes.length > 0 ? edNotes.join(' ') : draft.edNote,
    signals,
    subjects: [...subjectsOf(contentMeta), ...(draft.subjects ?? [])],
  });
  if (draft.dateline !== undefined && Object.keys(draft.dateline).length === 0) delete draft.dateline;

  // With no body at all, a summary is better than nothing; a caption is not (Reuters captions repeat the slug).
  if (draft.body.paragraphs.length === 0 && draft.pubStatus !== 'canceled') {
    const summary = children(contentMeta, 'description').find((d) => {
      const role = attr(d, 'role');
      return role === undefined || /summary|abstract/i.test(role);
    });
    const text = textOf(summary);
    if (text !== undefined) {
      draft.body = { paragraphs: [text], preformatted: [], loose: [] };
      draft.warnings.push("The item carries no story text; its summary is shown as the body.");
    }
  }
  return finishStory(draft);
}

function itemsOf(root: XmlElement): XmlElement[] {
  if (root.local === 'newsMessage') return elements(child(root, 'itemSet')).filter((e) => ITEMS[e.local] !== undefined);
  return [root];
}

function noStory(message: string): ParseResult {
  return { ok: false, error: { code: 'no-story', message } };
}

/**
 * NewsML-G2 (a newsMessage of many items, or one bare item; any namespace
 * prefixes) → one story per text news item, or a typed error. Packages,
 * concepts, knowledge, planning and catalog items and news items holding
 * pictures, video or events are reported in notes, never read as stories.
 * Never throws.
 */
export function parseNewsmlG2(text: string): ParseResult {
  const read = readXml(text);
  if (!read.ok) return read;
  const root = read.root;

  if (root.local === 'contentSet') {
    const story = storyOf({ ...root, local: 'newsItem', children: [root] }, "The file is a NewsML-G2 contentSet on its own: the item's identity and metadata are missing.");
    return story ? { ok: true, format: FORMAT, stories: [story] } : noStory('the file is a NewsML-G2 contentSet on its own, with no text in it');
  }
  if (FRAGMENTS.has(root.local)) {
    return noStory(`the file is a NewsML-G2 <${root.local}> on its own, a fragment of an item, not a story`);
  }
  if (root.local !== 'newsMessage' && ITEMS[root.local] === undefined) {
    return { ok: false, error: { code: 'unsupported-format', message: `the XML's root element is <${root.name}>, not a NewsML-G2 item or newsMessage` } };
  }

  const stories: WireStory[] = [];
  const notes: string[] = [];
  const items = itemsOf(root);
  for (const item of items) {
    if (!isTextItem(item)) {
      notes.push(noteForOther(item));
      continue;
    }
    const story = storyOf(item);
    if (story) stories.push(story);
    else notes.push(`a NewsML-G2 news item${guidNote(item)} with neither a headline nor text`);
  }
  if (stories.length === 0) {
    if (items.length === 0) return noStory('the NewsML-G2 message holds no items');
    const listed = notes.slice(0, 3).join('; ') + (notes.length > 3 ? `; and ${notes.length - 3} more` : '');
    return noStory(`the file holds no text story: ${listed}`);
  }
  return notes.length > 0 ? { ok: true, format: FORMAT, stories, notes } : { ok: true, format: FORMAT, stories };
}
