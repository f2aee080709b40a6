import type { RemovedPart, WireStory } from '../model/story.ts';
import { agencyMentionedIn, knownAgency } from './agencies.ts';
import { decodeEntities, htmlToText } from './html-to-text.ts';
import { plainTextParagraphs } from './plain-paragraphs.ts';
import type { ParseResult } from './types.ts';
import { bodyParagraphs, type BodyText } from './xml/body-paragraphs.ts';
import { finishStory, type StoryDraft } from './xml/finish-story.ts';
import { agencyName } from './xml/provider-name.ts';
import { attrText, child, children, collapseSpace, elements, rawText, readXml, textOf, type XmlElement } from './xml/read-xml.ts';
import { assignDefined, bylineText, isUri } from './xml/values.ts';
import { wireDateTime } from './xml-dates.ts';

const FORMAT = 'feed';

/** Lines feed software appends to every item: not story text, kept beside it. */
const FEED_DEBRIS = [/^The post .{1,300} appeared first on .{1,200}$/i, /^(?:Continue reading|Read more|Read the full (?:story|article))\b.{0,120}$/i];

/** What the whole feed says, used for each item that does not say better. */
interface Channel {
  title?: string;
  language?: string;
  copyright?: string;
}

function noBody(): BodyText {
  return { paragraphs: [], preformatted: [], loose: [] };
}

/** Feed markup is HTML inside XML: decoded once by the XML reader, read as HTML here. */
function htmlBody(el: XmlElement | undefined): BodyText {
  if (!el) return noBody();
  const raw = rawText(el);
  // Many feeds put plain text where HTML belongs; then its line breaks are the paragraph breaks.
  if (!/<[A-Za-z/!]/.test(raw)) return { paragraphs: plainTextParagraphs(decodeEntities(raw)), preformatted: [], loose: [] };
  const { paragraphs, preformatted } = htmlToText(raw);
  return { paragraphs, preformatted, loose: [] };
}

/** A one-line text from HTML (a feed title): tags dropped, references decoded, whitespace collapsed. */
function htmlLine(raw: string): string | undefined {
  const line = raw.includes('<') ? htmlToText(raw).paragraphs.join(' ') : collapseSpace(decodeEntities(raw));
  return line === '' ? undefined : line;
}

/** Atom text constructs: type="text" (the default), "html" or "xhtml". */
function atomBody(el: XmlElement | undefined): BodyText {
  if (!el || attrText(el, 'src') !== undefined) return noBody();
  const type = attrText(el, 'type')?.toLowerCase() ?? 'text';
  if (type === 'xhtml') return bodyParagraphs(elements(el)[0] ?? el);
  if (type.includes('html')) return htmlBody(el);
  return { paragraphs: plainTextParagraphs(rawText(el)), preformatted: [], loose: [] };
}

function atomLine(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const type = attrText(el, 'type')?.toLowerCase() ?? 'text';
  if (type === 'xhtml') return textOf(el);
  if (type.includes('html')) return htmlLine(rawText(el));
  return textOf(el);
}

/** "jane.doe@example.com (Jane Doe)" → "Jane Doe"; a plain name stays. */
function authorName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^\S+@\S+\s+\((.{1,120})\)$/.exec(value);
  const name = bylineText(m ? (m[1] as string) : value);
  return name === undefined || /^\S+@\S+$/.test(name) ? undefined : name;
}

function joined(values: Array<string | undefined>): string | undefined {
  const present = values.filter((v) => v !== undefined && v !== '');
  return present.length > 0 ? [...new Set(present)].join(', ') : undefined;
}

/** Drops the feed software's own closing lines from the body. */
function liftFeedDebris(body: BodyText): { body: BodyText; removed: RemovedPart[] } {
  const removed: RemovedPart[] = [];
  const keep = body.paragraphs.map((p) => !FEED_DEBRIS.some((r) => r.test(p)));
  body.paragraphs.forEach((p, i) => {
    if (!keep[i]) removed.push({ kind: 'page-debris', text: p });
  });
  if (removed.length === 0) return { body, removed };
  const index = new Map<number, number>();
  const paragraphs: string[] = [];
  body.paragraphs.forEach((p, i) => {
    if (keep[i]) {
      index.set(i, paragraphs.length);
      paragraphs.push(p);
    }
  });
  const preformatted = body.preformatted.flatMap((i) => (index.has(i) ? [index.get(i) as number] : []));
  return { body: { paragraphs, preformatted, loose: body.loose }, removed };
}

/** The agency a feed's title names ("AP Top News" → AP), else the title itself. */
function channelProvider(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  return knownAgency(title) ?? agencyMentionedIn(title) ?? title;
}

function draftFor(channel: Channel, body: BodyText, fields: Partial<StoryDraft>): StoryDraft {
  const lifted = liftFeedDebris(body);
  const draft: StoryDraft = { format: FORMAT, body: lifted.body, pubStatus: 'usable', warnings: [], removed: lifted.removed };
  assignDefined(draft, {
    language: channel.language,
    copyright: channel.copyright,
    providerFallback: channelProvider(channel.title),
  });
  return assignDefined(draft, fields);
}

function rssItem(item: XmlElement, channel: Channel): StoryDraft {
  const guid = textOf(child(item, 'guid'));
  const link = textOf(child(item, 'link')) ?? attrText(item, 'rdf:about');
  const encoded = child(item, 'encoded');
  const body = encoded !== undefined && textOf(encoded) !== undefined ? htmlBody(encoded) : htmlBody(child(item, 'description'));
  const source = textOf(child(item, 'source'));
  const title = child(item, 'title');
  return draftFor(channel, body, {
    uri: guid !== undefined && isUri(guid) ? guid : link !== undefined && isUri(link) ? link : guid,
    headline: title !== undefined ? htmlLine(rawText(title)) : undefined,
    byline: joined([...children(item, 'creator').map((c) => authorName(textOf(c))), authorName(textOf(child(item, 'author')))]),
    versionCreated: wireDateTime(textOf(child(item, 'pubDate'))) ?? wireDateTime(textOf(child(item, 'date'))),
    subjects: [...children(item, 'category'), ...children(item, 'subject')].map((c) => textOf(c)).filter((c) => c !== undefined),
    provider: source !== undefined ? agencyName(source) : undefined,
    language: textOf(child(item, 'language')),
    copyright: textOf(child(item, 'rights')),
  });
}

function atomEntry(entry: XmlElement, channel: Channel): StoryDraft {
  const content = child(entry, 'content');
  let body = atomBody(content);
  if (body.paragraphs.length === 0) body = atomBody(child(entry, 'summary'));
  const alternate = children(entry, 'link').find((l) => (attrText(l, 'rel') ?? 'alternate') === 'alternate');
  const updated = wireDateTime(textOf(child(entry, 'updated')));
  const published = wireDateTime(textOf(child(entry, 'published')));
  return draftFor(channel, body, {
    uri: textOf(child(entry, 'id')) ?? attrText(alternate, 'href'),
    headline: atomLine(child(entry, 'title')),
    byline: joined(children(entry, 'author').map((a) => authorName(textOf(child(a, 'name'))))),
    versionCreated: updated ?? published,
    firstCreated: published,
    subjects: children(entry, 'category').map((c) => attrText(c, 'label') ?? attrText(c, 'term')).filter((c) => c !== undefined),
    language: attrText(entry, 'xml:lang') ?? attrText(content, 'xml:lang'),
    copyright: atomLine(child(entry, 'rights')),
  });
}

/** A feed's items: RSS 2.0 (rss/channel/item), RSS 1.0 (rdf:RDF/item) and Atom (feed/entry, or one entry). */
function readFeed(root: XmlElement): { items: XmlElement[]; channel: Channel; read: (item: XmlElement, channel: Channel) => StoryDraft } | undefined {
  if (root.local === 'rss' || root.local === 'RDF') {
    const ch = child(root, 'channel');
    const items = root.local === 'rss' ? children(ch, 'item') : children(root, 'item');
    const channel = assignDefined<Channel>({}, {
      title: ch !== undefined ? htmlLine(rawText(child(ch, 'title'))) : undefined,
      language: textOf(child(ch, 'language')),
      copyright: textOf(child(ch, 'copyright')) ?? textOf(child(ch, 'rights')),
    });
    return { items, channel, read: rssItem };
  }
  if (root.local === 'feed' || root.local === 'entry') {
    const channel = assignDefined<Channel>({}, {
      title: root.local === 'feed' ? atomLine(child(root, 'title')) : undefined,
      language: attrText(root, 'xml:lang'),
      copyright: root.local === 'feed' ? atomLine(child(root, 'rights')) : undefined,
    });
    return { items: root.local === 'feed' ? children(root, 'entry') : [root], channel, read: atomEntry };
  }
  return undefined;
}

/**
 * An RSS 2.0/1.0 or Atom feed → one story per item with a title or text
 * (HTML turned into plain paragraphs, never kept as markup), or a typed
 * error. Never throws.
 */
export function parseFeed(text: string): ParseResult {
  const read = readXml(text);
  if (!read.ok) return read;
  const feed = readFeed(read.root);
  if (!feed) {
    return { ok: false, error: { code: 'unsupported-format', message: `the XML's root element is <${read.root.name}>, not an RSS or Atom feed` } };
  }
  const stories: WireStory[] = [];
  const notes: string[] = [];
  feed.items.forEach((item, i) => {
    const draft = feed.read(item, feed.channel);
    if (draft.headline === undefined && draft.body.paragraphs.length === 0) notes.push(`item ${i + 1} of the feed has neither a title nor text`);
    else stories.push(finishStory(draft));
  });
  if (stories.length === 0) {
    return { ok: false, error: { code: 'no-story', message: feed.items.length === 0 ? 'the feed holds no items' : 'no item in the feed has a title or text' } };
  }
  return notes.length > 0 ? { ok: true, format: FORMAT, stories, notes } : { ok: true, format: FORMAT, stories };
}
