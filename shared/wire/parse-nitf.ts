import type { Dateline, PubStatus } from '../model/story.ts';
import { placeName } from './dateline.ts';
import type { ParseResult } from './types.ts';
import { bodyParagraphs } from './xml/body-paragraphs.ts';
import { finishStory, type StoryDraft } from './xml/finish-story.ts';
import { agencyName } from './xml/provider-name.ts';
import { attrText, child, children, collapseSpace, descendants, readXml, textOf, type XmlElement } from './xml/read-xml.ts';
import { assignDefined, bylineText, isUri, positiveInt, urgencyOf } from './xml/values.ts';
import { wireDateTime } from './xml-dates.ts';

const STATUSES: Record<string, PubStatus> = { usable: 'usable', embargoed: 'usable', withheld: 'withheld', canceled: 'canceled', cancelled: 'canceled' };

/** NITF's meta names that carry the slug (ANPA's keyword is the slugline). */
const SLUG_METAS = new Set(['anpa-keyword', 'slug', 'slugline', 'keyword']);

/** "By BERNARD CONDON<byttl>AP Business Writer</byttl>" → "BERNARD CONDON, AP Business Writer". */
function nitfByline(byline: XmlElement | undefined): string | undefined {
  if (!byline) return undefined;
  const title = textOf(child(byline, 'byttl'));
  const persons = children(byline, 'person').map((p) => textOf(p)).filter((p) => p !== undefined);
  let name: string;
  if (persons.length > 0) {
    name = persons.join(', ');
  } else {
    const parts: string[] = [];
    for (const c of byline.children) {
      if (typeof c === 'string') parts.push(c);
      else if (c.local !== 'byttl') parts.push(textOf(c) ?? '');
    }
    name = collapseSpace(parts.join(' '));
  }
  const line = [bylineText(name), title].filter((p) => p !== undefined && p !== '').join(', ');
  return line === '' ? undefined : line;
}

/** The dateline element: its printed text, located place and story.date. */
function nitfDateline(el: XmlElement | undefined, evloc: XmlElement | undefined): Partial<Dateline> {
  const located = textOf(child(el, 'location'));
  const storyDate = child(el, 'story.date');
  const parts: string[] = [];
  for (const c of el?.children ?? []) {
    if (typeof c === 'string') parts.push(c);
    else if (c.local !== 'story.date') parts.push(textOf(c) ?? '');
  }
  const printed = collapseSpace(parts.join(' ')) || undefined;
  const place = located ?? printed ?? attrText(evloc, 'city');
  const date = wireDateTime(attrText(storyDate, 'norm') ?? textOf(storyDate));
  return assignDefined<Partial<Dateline>>({}, { text: printed, place: place !== undefined ? placeName(place) : undefined, date });
}

/** tobject.subject → the most specific name the wire gives, else its code. */
function nitfSubjects(head: XmlElement | undefined): string[] {
  const out: string[] = [];
  for (const s of descendants(child(head, 'tobject'), 'tobject.subject')) {
    const name = attrText(s, 'tobject.subject.detail') ?? attrText(s, 'tobject.subject.matter') ?? attrText(s, 'tobject.subject.type');
    const code = attrText(s, 'tobject.subject.refnum');
    const ipr = attrText(s, 'tobject.subject.ipr');
    const scoped = code !== undefined && /^\d{8}$/.test(code) && (ipr === undefined || ipr === 'IPTC') ? `subj:${code}` : code;
    const subject = name ?? scoped;
    if (subject !== undefined) out.push(subject);
  }
  return out;
}

function nitfSlugline(head: XmlElement | undefined, docdata: XmlElement | undefined): string | undefined {
  const keyword = attrText(child(docdata, 'key-list', 'keyword'), 'key') ?? attrText(child(docdata, 'du-key'), 'key');
  if (keyword !== undefined) return keyword;
  for (const meta of children(head, 'meta')) {
    const name = attrText(meta, 'name')?.toLowerCase();
    if (name !== undefined && SLUG_METAS.has(name)) {
      const content = attrText(meta, 'content');
      if (content !== undefined) return content;
    }
  }
  return undefined;
}

function nitfCopyright(docdata: XmlElement | undefined, bodyHead: XmlElement | undefined): string | undefined {
  const notice = child(docdata, 'doc.copyright');
  const holder = attrText(notice, 'holder');
  if (holder !== undefined) {
    const year = attrText(notice, 'year');
    return year !== undefined ? `© ${year} ${holder}` : `© ${holder}`;
  }
  const owner = textOf(child(bodyHead, 'rights', 'rights.owner'));
  return owner !== undefined ? `© ${owner}` : undefined;
}

function nitfUsageTerms(docdata: XmlElement | undefined): string | undefined {
  const rights = child(docdata, 'doc.rights');
  const terms = [attrText(rights, 'type'), attrText(rights, 'limitations')].filter((t) => t !== undefined);
  return terms.length > 0 ? terms.join(' ') : undefined;
}

function nitfUri(docId: XmlElement | undefined, source: string | undefined): string | undefined {
  const id = attrText(docId, 'id-string');
  if (id === undefined) return undefined;
  if (isUri(id)) return id;
  // A bare number is unique only within its agency: qualify it so versions link without clashing across agencies.
  return source !== undefined ? `urn:nitf:${encodeURIComponent(source)}:${encodeURIComponent(id)}` : `urn:nitf:${encodeURIComponent(id)}`;
}

/** Later than the issue time: NITF says "do not use before" with date.release. */
function embargoOf(status: string | undefined, issued: string | undefined, release: string | undefined): string | undefined {
  if (release === undefined) return undefined;
  if (status === 'embargoed') return release;
  if (issued !== undefined && Date.parse(release) > Date.parse(issued)) return release;
  return undefined;
}

/**
 * Everything a NITF document says about its story, for NITF files and for
 * NITF carried inside NewsML 1.2 and NewsML-G2 (which add their own metadata).
 */
export function nitfDraft(nitf: XmlElement, format = 'nitf'): StoryDraft {
  const head = child(nitf, 'head');
  const docdata = child(head, 'docdata');
  const body = child(nitf, 'body');
  const bodyHead = child(body, 'body.head');
  const docId = child(docdata, 'doc-id');
  const warnings: string[] = [];

  const regsrc = attrText(docId, 'regsrc');
  const copyright = nitfCopyright(docdata, bodyHead);
  const distributor = textOf(child(bodyHead, 'distributor'));
  const provider =
    agencyName(regsrc) ??
    agencyName(attrText(child(docdata, 'doc.copyright'), 'holder')) ??
    agencyName(textOf(child(bodyHead, 'rights', 'rights.owner'))) ??
    (distributor !== undefined ? agencyName(distributor) : undefined);

  const rawStatus = attrText(docdata, 'management-status')?.toLowerCase();
  const pubStatus = (rawStatus !== undefined ? STATUSES[rawStatus] : undefined) ?? 'usable';
  if (rawStatus !== undefined && STATUSES[rawStatus] === undefined) warnings.push(`The NITF management status "${rawStatus}" is not one Copydesk knows; the story is taken as usable.`);

  const issued = wireDateTime(attrText(child(docdata, 'date.issue'), 'norm')) ?? wireDateTime(attrText(child(head, 'pubdata'), 'date.publication'));
  const release = wireDateTime(attrText(child(docdata, 'date.release'), 'norm'));
  const version = positiveInt(attrText(child(docdata, 'du-key'), 'version'));

  const draft: StoryDraft = {
    format,
    body: bodyParagraphs(child(body, 'body.content')),
    pubStatus,
    warnings,
  };
  assignDefined(draft, {
    uri: nitfUri(docId, regsrc ?? provider),
    version,
    headline: textOf(child(bodyHead, 'hedline', 'hl1')) ?? textOf(child(head, 'title')),
    slugline: nitfSlugline(head, docdata),
    byline: nitfByline(child(bodyHead, 'byline')),
    dateline: nitfDateline(child(bodyHead, 'dateline'), child(docdata, 'evloc')),
    language: attrText(nitf, 'xml:lang') ?? attrText(nitf, 'baselang'),
    provider,
    distributor,
    copyright,
    usageTerms: nitfUsageTerms(docdata),
    urgency: urgencyOf(attrText(child(docdata, 'urgency'), 'ed-urg')),
    embargoedUntil: embargoOf(rawStatus, issued, release),
    versionCreated: issued,
    // The issue time is the first version's creation only when this is the first version.
    firstCreated: version === undefined || version === 1 ? issued : undefined,
    edNote: attrText(child(docdata, 'ed-msg'), 'info'),
    subjects: nitfSubjects(head),
    signoff: textOf(child(body, 'body.end', 'tagline')),
  });
  if (draft.signoff !== undefined) draft.removed = [{ kind: 'signoff', text: draft.signoff }];
  return draft;
}

/** True when the draft has anything an editor could read. */
export function hasCopy(draft: StoryDraft): boolean {
  return draft.headline !== undefined || draft.body.paragraphs.length > 0;
}

/** NITF 3.x (any version, with or without namespace) → its story, or a typed error. Never throws. */
export function parseNitf(text: string): ParseResult {
  const read = readXml(text);
  if (!read.ok) return read;
  const root = read.root;
  if (root.local !== 'nitf') {
    return { ok: false, error: { code: 'unsupported-format', message: `the XML's root element is <${root.name}>, not NITF's <nitf>` } };
  }
  const draft = nitfDraft(root);
  if (!hasCopy(draft)) return { ok: false, error: { code: 'no-story', message: 'the NITF document has neither a headline nor story text' } };
  return { ok: true, format: 'nitf', stories: [finishStory(draft)] };
}
