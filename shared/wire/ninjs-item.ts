import type { Dateline, PubStatus, RemovedPart, WireStory } from '../model/story.ts';
import { agencyMentionedIn, knownAgency } from './agencies.ts';
import { applyBodyConventions, type BodyConventions } from './body-conventions.ts';
import { isoDate, placeName } from './dateline.ts';
import { bylineOf, deriveHeadline } from './headline.ts';
import { htmlToText } from './html-to-text.ts';
import { ninjsBody, type NinjsBody } from './ninjs-body.ts';
import { fieldsOf, integerOf, isObject, type Fields } from './ninjs-fields.ts';
import { oneLine } from './one-line.ts';
import { plainTextParagraphs } from './plain-paragraphs.ts';
import { agencyOfSignoff } from './signoff.ts';
import { toRfc3339 } from './to-ninjs.ts';

/** One item of a ninjs file: a story, or a note saying what it is instead. */
export type NinjsItemResult = { story: WireStory } | { note: string };

/** ninjs types that are never copy, whatever text they carry (captions, event descriptions), by the name an editor knows. */
const NOT_COPY: ReadonlyMap<string, string> = new Map([
  ['picture', 'picture'],
  ['image', 'picture'],
  ['photo', 'picture'],
  ['graphic', 'graphic'],
  ['audio', 'audio'],
  ['video', 'video'],
  ['event', 'event'],
  ['planning', 'planning'],
  ['component', 'component'],
  ['concept', 'concept'],
]);

const MAX_SUBJECTS = 200;

/** "ASSOCIATED PRESS" → "AP", "Australian Associated Press" → "AAP": the agency as Copydesk names it, if known. */
export function agencyName(name: string): string | undefined {
  const known = knownAgency(name) ?? agencyMentionedIn(name);
  if (known !== undefined) return known;
  if (name === name.toUpperCase()) {
    return agencyMentionedIn(name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
  }
  return undefined;
}

function normalisedForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function headlineOf(item: Fields): string | undefined {
  const headlines = item.objects('headlines').map(fieldsOf);
  const main =
    headlines.find((h) => (h.text('role') ?? '').toLowerCase() === 'main') ?? headlines.find((h) => !h.has('role')) ?? headlines[0];
  if (main) {
    const value = main.longText('value');
    const type = (main.text('contentType', 'contenttype') ?? '').toLowerCase();
    if (value !== undefined) {
      const text = oneLine(type.includes('html') || /<[a-z][^<>]{0,200}>/i.test(value) ? htmlToText(value).paragraphs.join(' ') : value);
      if (text !== '') return text;
    }
  }
  return item.text('headline');
}

function descriptionOf(item: Fields, roles: readonly string[]): string | undefined {
  for (const d of item.objects('descriptions').map(fieldsOf)) {
    const role = (d.text('role') ?? '').toLowerCase();
    if (!roles.includes(role)) continue;
    const value = d.longText('value');
    if (value === undefined) continue;
    const type = (d.text('contentType', 'contenttype') ?? '').toLowerCase();
    const text = type.includes('html') ? htmlToText(value).paragraphs.join('\n\n') : value;
    if (text.trim() !== '') return text;
  }
  // ninjs 1.x: description_text, description_html.
  if (roles.includes('text') || roles.includes('summary')) {
    const plain = item.longText('description_text');
    if (plain !== undefined) return plain;
    const html = item.longText('description_html');
    if (html !== undefined) return htmlToText(html).paragraphs.join('\n\n');
  }
  return undefined;
}

function dateField(item: Fields, names: string[], label: string, warnings: string[]): string | undefined {
  const raw = item.text(...names);
  if (raw === undefined) return undefined;
  const date = toRfc3339(raw);
  if (date === undefined) warnings.push(`The item's ${label} ("${raw}") is not a date Copydesk can read; it was left out.`);
  return date;
}

function pubStatusOf(item: Fields, warnings: string[]): PubStatus {
  const raw = item.text('pubStatus', 'pubstatus');
  if (raw === undefined) return 'usable';
  const status = raw.toLowerCase().replace(/^stat:/, '');
  if (status === 'usable' || status === 'withheld' || status === 'canceled') return status;
  if (status === 'cancelled') return 'canceled';
  warnings.push(`The item's publication status "${raw}" is not one ninjs defines; it was read as usable.`);
  return 'usable';
}

interface Sources {
  provider?: string;
  distributor?: string;
}

const DISTRIBUTOR_ROLE = /distribut|aggregat|supplier|syndicat|publisher|reseller/i;

function infoSourcesOf(item: Fields): Sources {
  const sources: Sources = {};
  for (const source of item.objects('infoSources', 'infosource').map(fieldsOf)) {
    const name = source.text('name', 'literal');
    if (name === undefined) continue;
    const role = source.text('role', 'rel') ?? '';
    if (DISTRIBUTOR_ROLE.test(role)) sources.distributor ??= agencyName(name) ?? name;
    else sources.provider ??= agencyName(name) ?? name;
  }
  return sources;
}

function subjectsOf(item: Fields): string[] | undefined {
  const names = new Set<string>();
  for (const subject of item.objects('subjects', 'subject').map(fieldsOf)) {
    const name = subject.text('name', 'literal', 'code', 'qcode', 'uri');
    if (name !== undefined) names.add(name);
    if (names.size >= MAX_SUBJECTS) break;
  }
  return names.size > 0 ? [...names] : undefined;
}

function associationsOf(item: Fields): string[] {
  const raw = item.get('associations');
  const list = Array.isArray(raw) ? raw.filter(isObject) : isObject(raw) ? Object.values(raw).filter(isObject) : [];
  return list.slice(0, 50).map((a) => {
    const f = fieldsOf(a);
    const type = f.text('type') ?? 'item';
    const uri = f.text('uri', 'guid');
    return uri === undefined ? `a ${type}` : `a ${type} (${uri})`;
  });
}

function versionOf(item: Fields, warnings: string[]): number | undefined {
  const raw = item.get('version');
  if (raw === undefined) return undefined;
  const n = integerOf(raw);
  if (n !== undefined && n > 0 && Number.isSafeInteger(n)) return n;
  if (n === 0) warnings.push('The item says it is version 0 (AP counts from 0); no version number was recorded.');
  else if (n !== undefined && n > 0) warnings.push(`The item's version ${String(raw)} is too large to be a version number; none was recorded.`);
  else warnings.push(`The item's version "${String(raw)}" is not a whole number; no version number was recorded.`);
  return undefined;
}

function urgencyOf(item: Fields, warnings: string[]): number | undefined {
  const raw = item.get('urgency');
  if (raw === undefined) return undefined;
  const n = integerOf(raw);
  if (n !== undefined && n >= 1 && n <= 9) return n;
  warnings.push(`The item's urgency "${String(raw)}" is not 1 to 9; it was left out.`);
  return undefined;
}

/** TT and others put the dateline on a line of its own: "STOCKHOLM TT", or a section label and the agency, "Försvar TT". */
function agencyLine(paragraph: string, provider: string | undefined): Dateline | undefined {
  if (paragraph.length > 40 || /[.!?:;,]$/.test(paragraph)) return undefined;
  const words = paragraph.split(' ');
  if (words.length < 2 || words.length > 5) return undefined;
  const last = words[words.length - 1] as string;
  const agency = knownAgency(last) ?? (provider !== undefined && last.toLowerCase() === provider.toLowerCase() ? provider : undefined);
  if (agency === undefined) return undefined;
  const before = words.slice(0, -1).join(' ');
  const dateline: Dateline = { text: paragraph, agency };
  // House style prints the place in capitals; anything else there is a section label, not a place.
  if (before === before.toUpperCase() && /\p{Lu}/u.test(before)) dateline.place = placeName(before);
  return dateline;
}

function yearOf(date: string | undefined): number | undefined {
  return date === undefined ? undefined : Number(date.slice(0, 4));
}

interface Built {
  body: NinjsBody;
  conventions: BodyConventions;
  dateline?: Dateline;
}

function buildBody(item: Fields, headline: string | undefined, provider: string | undefined, warnings: string[]): Built | undefined {
  const headlineKey = headline === undefined ? undefined : normalisedForCompare(headline);
  let body = ninjsBody(item, (p) => headlineKey !== undefined && normalisedForCompare(p) === headlineKey);
  if (!body) {
    const description = descriptionOf(item, ['text', 'summary', 'lead', 'abstract', '']);
    if (description === undefined) return undefined;
    warnings.push('The item has no body; its description was read as the story text.');
    body = { paragraphs: plainTextParagraphs(description), preformatted: [], source: 'descriptions', skipped: [] };
    if (body.paragraphs.length === 0) return undefined;
  }
  // IPTC's example keeps the lead paragraph in descriptions (role "lead") and the rest in the body.
  const lead = descriptionOf(item, ['lead', 'lede']);
  if (lead !== undefined && body.source !== 'descriptions') {
    const leadText = plainTextParagraphs(lead).join(' ');
    const key = normalisedForCompare(leadText).slice(0, 60);
    if (key !== '' && !body.paragraphs.some((p) => normalisedForCompare(p).startsWith(key))) {
      body.paragraphs.unshift(leadText);
      body.preformatted = body.preformatted.map((i) => i + 1);
    }
  }
  if (body.skipped.length > 0) warnings.push(`Left out of the body: ${body.skipped.join(', ')}.`);

  let dateline: Dateline | undefined;
  const first = body.paragraphs[0];
  if (body.paragraphs.length > 1 && first !== undefined) {
    dateline = agencyLine(first, provider);
    if (dateline) {
      body.paragraphs.shift();
      body.preformatted = body.preformatted.map((i) => i - 1).filter((i) => i >= 0);
    }
  }
  const conventions = applyBodyConventions(body.paragraphs, body.preformatted);
  if (conventions.body.length === 0) return undefined;
  const built: Built = { body, conventions };
  if (dateline) built.dateline = dateline;
  return built;
}

function itemKind(item: Fields): string {
  const type = (item.text('type') ?? '').toLowerCase();
  if (type !== '') return NOT_COPY.get(type) ?? type;
  if (item.has('eventDetails') || item.has('eventdetails')) return 'event';
  if (item.has('plannedCoverage') || item.has('plannedcoverage')) return 'planning';
  return 'text';
}

function describe(kind: string, item: Fields, headline: string | undefined): string {
  const article = /^[aeiou]/.test(kind) ? 'an' : 'a';
  const uri = item.text('uri', 'guid');
  const name = headline ?? item.text('title');
  return `${article} ${kind} item${uri === undefined ? '' : ` (${uri})`}${name === undefined ? '' : ` “${name}”`}`;
}

/** One ninjs object (any version) → a story, or a note when it is not copy. */
export function readNinjsItem(object: Record<string, unknown>): NinjsItemResult {
  const item = fieldsOf(object);
  const warnings: string[] = [];
  const kind = itemKind(item);
  const givenHeadline = headlineOf(item);
  if (NOT_COPY.has(kind)) {
    return { note: `${describe(kind, item, givenHeadline)}, not a story` };
  }

  const sources = infoSourcesOf(item);
  const holder = item.text('copyrightHolder', 'copyrightholder');
  const holderAgency = holder === undefined ? undefined : agencyName(holder);
  const source = item.text('source');
  let provider = sources.provider ?? holderAgency ?? (source === undefined ? undefined : (agencyName(source) ?? source));

  const built = buildBody(item, givenHeadline, provider, warnings);
  if (!built) {
    const what = kind === 'text' ? 'text' : kind;
    return { note: `${describe(what, item, givenHeadline)} without any story text, not a story` };
  }
  const { conventions } = built;
  warnings.push(...conventions.warnings);
  const lead = conventions.lead;
  provider ??=
    lead?.dateline.agency ??
    built.dateline?.agency ??
    (conventions.signoff !== undefined ? agencyOfSignoff(conventions.signoff) : undefined) ??
    (conventions.copyright !== undefined ? agencyMentionedIn(conventions.copyright) : undefined) ??
    holder;
  if (provider === undefined) warnings.push('No agency found in the item (infoSources, copyright holder, dateline or sign-off).');

  let headline = givenHeadline ?? item.text('title');
  const headlineDerived = headline === undefined;
  if (headline === undefined) {
    headline = deriveHeadline(lead ? lead.rest : (conventions.body[0] ?? '')) || 'Untitled story';
    warnings.push("The item has no headline; one was derived from the lead's first sentence.");
  }

  const removed: RemovedPart[] = [...conventions.removed];
  let copyright = item.text('copyrightNotice', 'copyrightnotice');
  if (copyright === undefined) copyright = conventions.copyright ?? holder;
  else if (conventions.copyright !== undefined) removed.push({ kind: 'boilerplate', text: conventions.copyright });
  let usageTerms = item.text('usageTerms', 'usageterms');
  if (usageTerms === undefined) usageTerms = conventions.usageTerms;
  else if (conventions.usageTerms !== undefined) removed.push({ kind: 'boilerplate', text: conventions.usageTerms });
  const rights = item.object('rightsInfo', 'rightsinfo');
  if (rights) {
    const r = fieldsOf(rights);
    const linked = r.text('linkedRights', 'linkedrights');
    if (linked !== undefined && usageTerms === undefined) usageTerms = `Rights statement: ${linked}`;
    if (r.has('encodedRights') || r.has('encodedrights')) warnings.push('The item carries machine-readable rights (rightsInfo.encodedRights) that Copydesk does not interpret.');
  }

  const versionCreated = dateField(item, ['versionCreated', 'versioncreated'], 'versionCreated', warnings);
  const firstCreated = dateField(item, ['firstCreated', 'firstcreated'], 'firstCreated', warnings);

  let dateline: Dateline | undefined = lead?.dateline ?? built.dateline;
  if (dateline && lead?.day && dateline.date === undefined) {
    const year = yearOf(firstCreated ?? versionCreated);
    if (year !== undefined) dateline = { ...dateline, date: isoDate(lead.day, year) };
  }
  const located = item.text('located');
  if (located !== undefined) dateline = { ...(dateline ?? { text: located }), place: placeName(located) };

  const story: WireStory = {
    format: 'ninjs',
    headline,
    headlineDerived,
    body: conventions.body,
    pubStatus: pubStatusOf(item, warnings),
    removed,
    warnings,
  };
  const set = <K extends keyof WireStory>(key: K, value: WireStory[K] | undefined) => {
    if (value !== undefined) story[key] = value;
  };
  set('uri', item.text('uri', 'guid'));
  if (story.uri === undefined) warnings.push('The item has no uri; Copydesk cannot link later versions of it.');
  set('version', versionOf(item, warnings));
  set('slugline', item.text('slugline'));
  const by = item.text('by', 'byline');
  set('byline', by === undefined ? undefined : (bylineOf(by) ?? by));
  set('dateline', dateline);
  set('language', item.text('language'));
  set('provider', provider);
  set('distributor', sources.distributor ?? conventions.distributor);
  set('copyright', copyright);
  set('usageTerms', usageTerms);
  set('signoff', conventions.signoff);
  set('urgency', urgencyOf(item, warnings));
  set('embargoedUntil', dateField(item, ['embargoedUntil', 'embargoed'], 'embargo time', warnings));
  set('firstCreated', firstCreated);
  set('versionCreated', versionCreated);
  set('edNote', item.text('edNote', 'ednote'));
  set('subjects', subjectsOf(item));
  if (conventions.preformatted.length > 0) story.preformatted = conventions.preformatted;
  const associations = associationsOf(item);
  if (associations.length > 0) warnings.push(`The item links media Copydesk does not import: ${associations.join(', ')}.`);
  return { story };
}
