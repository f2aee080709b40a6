/**
 * Agency-style wire copy for benchmarks: real-looking datelines in each
 * agency's lead convention, a Zipf-shaped vocabulary, sign-offs and copyright
 * lines, as plain text, NITF 3.x, NewsML-G2 and ninjs. Deterministic for a
 * given seed.
 */

const agencies = [
  { name: 'EFE', lead: (place: string) => `${place} (EFE).- `, signoff: ' EFE', copyright: (y: number) => `© ${y} EFE News Services (U.S.) Inc.` },
  { name: 'Reuters', lead: (place: string, day: string) => `${place.toUpperCase()}, ${day} (Reuters) - `, signoff: '', copyright: (y: number) => `Copyright ${y} Thomson Reuters.` },
  { name: 'AP', lead: (place: string) => `${place.toUpperCase()} (AP) — `, signoff: '', copyright: (y: number) => `Copyright ${y} The Associated Press. All rights reserved.` },
  { name: 'AFP', lead: (place: string) => `${place} (AFP) - `, signoff: '', copyright: (y: number) => `© ${y} AFP` },
  { name: 'dpa', lead: (place: string) => `${place} (dpa) - `, signoff: '', copyright: (y: number) => `© ${y} dpa` },
];

const places = ['Moscow', 'Madrid', 'Paris', 'Washington', 'Berlin', 'Lisbon', 'Rome', 'Brussels', 'Nairobi', 'Lima', 'Bogota', 'Tokyo', 'Geneva', 'Kyiv', 'Ankara', 'Cairo'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const subjects = ['The government', 'The minister', 'Officials', 'The central bank', 'Opposition leaders', 'The president', 'Police', 'Health authorities', 'The company', 'Union representatives', 'Prosecutors', 'Analysts'];
const verbs = ['said', 'announced', 'warned', 'confirmed', 'denied', 'reported', 'insisted', 'argued', 'estimated', 'acknowledged'];
const vocabulary = (
  'the of and to in a that on for with as was by at from said it is be were has have which not an its after their '
  + 'government minister election parliament budget inflation economy security border talks agreement ceasefire '
  + 'summit exports energy prices gas oil drought floods harvest hospital vaccine court ruling protest strike '
  + 'union wages pension reform investment bank currency debt bond market shares growth forecast quarter '
  + 'opposition coalition referendum constitution corruption investigation prosecutor police arrest verdict '
  + 'refugees migration humanitarian aid convoy shelter emergency earthquake wildfire storm coast river dam '
  + 'railway airport tourism football championship coach transfer stadium festival museum exhibition novelist '
  + 'satellite launch telescope research university students teachers climate emissions renewable solar wind '
  + 'negotiations delegation embassy sanctions tariff shipment port fishermen farmers cattle wheat coffee cocoa'
).split(' ');

export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Zipf-like: low ranks (function words) far more often than the tail. */
function zipfWord(random: () => number): string {
  const rank = Math.floor(Math.pow(vocabulary.length + 1, random())) - 1;
  return vocabulary[Math.min(rank, vocabulary.length - 1)] as string;
}

function sentence(random: () => number): string {
  const words = Array.from({ length: 8 + Math.floor(random() * 18) }, () => zipfWord(random));
  return `${pick(random, subjects)} ${pick(random, verbs)} ${words.join(' ')}.`;
}

function paragraph(random: () => number): string {
  return Array.from({ length: 1 + Math.floor(random() * 3) }, () => sentence(random)).join(' ');
}

/** The facts of one synthetic story, before it is written in a format. */
interface StoryFacts {
  agency: (typeof agencies)[number];
  place: string;
  year: number;
  day: string;
  month: number;
  /** Body paragraphs, the first opening with the agency's dateline. */
  paragraphs: string[];
  headline: string;
}

function storyFacts(random: () => number, index: number): StoryFacts {
  const agency = pick(random, agencies);
  const place = pick(random, places);
  const year = 2018 + Math.floor(random() * 8);
  const month = Math.floor(random() * 12);
  const day = `${months[month]} ${1 + Math.floor(random() * 28)}`;
  const paragraphs = Array.from({ length: 5 + Math.floor(random() * 15) }, () => paragraph(random));
  paragraphs[0] = `${agency.lead(place, day)}${paragraphs[0]} The figure given was ${index + 1}.`;
  paragraphs[paragraphs.length - 1] += agency.signoff;
  const headline = `${pick(random, subjects)} ${pick(random, verbs)} ${zipfWord(random)} ${zipfWord(random)} in ${place} (${index + 1})`;
  return { agency, place, year, day, month, paragraphs, headline };
}

/** One story as an agency would file it in plain text; `index` makes every story distinct. */
export function syntheticWireText(random: () => number, index: number): string {
  const f = storyFacts(random, index);
  return `${f.paragraphs.join('\n\n')}\n\n${f.agency.copyright(f.year)}\n`;
}

function xml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function isoDate(f: StoryFacts): string {
  return `${f.year}-${String(f.month + 1).padStart(2, '0')}-${f.day.split(' ')[1]!.padStart(2, '0')}`;
}

/** The same story as NITF 3.x without a namespace, as EFE and AP send it. */
export function syntheticNitf(random: () => number, index: number): string {
  const f = storyFacts(random, index);
  const date = isoDate(f).replaceAll('-', '');
  return `<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.3//EN">
  <head>
    <title>${xml(f.headline)}</title>
    <docdata>
      <doc-id id-string="${f.agency.name}-${index + 1}"/>
      <urgency ed-urg="${1 + (index % 8)}"/>
      <date.issue norm="${date}T120000Z"/>
      <doc.copyright holder="${xml(f.agency.name)}"/>
      <key-list><keyword key="${xml(f.place.toUpperCase())}-${index + 1}"/></key-list>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>${xml(f.headline)}</hl1></hedline>
      <byline>By ${xml(f.agency.name)} staff</byline>
      <dateline><location><city>${xml(f.place)}</city></location></dateline>
    </body.head>
    <body.content>
${f.paragraphs.map((p) => `      <p>${xml(p)}</p>`).join('\n')}
    </body.content>
    <body.end><tagline>${xml(f.agency.copyright(f.year))}</tagline></body.end>
  </body>
</nitf>
`;
}

/** The same story as a NewsML-G2 news item with an inline NITF body; `version` > 1 updates the story of `guidIndex`. */
export function syntheticNewsmlG2(random: () => number, index: number, update?: { guidIndex: number; version: number }): string {
  const f = storyFacts(random, index);
  // One provider for the whole feed, so that an update matches its original whatever agency wrote either.
  const guid = `urn:newsml:wire.example:${update?.guidIndex ?? index}`;
  const stamp = `${isoDate(f)}T12:00:00Z`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${guid}" version="${update?.version ?? 1}" standard="NewsML-G2" standardversion="2.25" conformance="power" xml:lang="en">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_30.xml"/>
  <rightsInfo>
    <copyrightHolder literal="${xml(f.agency.name)}"/>
    <copyrightNotice>${xml(f.agency.copyright(f.year))}</copyrightNotice>
  </rightsInfo>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="wire.example"/>
    <versionCreated>${stamp}</versionCreated>
    <pubStatus qcode="stat:usable"/>
  </itemMeta>
  <contentMeta>
    <urgency>${1 + (index % 8)}</urgency>
    <located><name>${xml(f.place)}</name></located>
    <slugline>${xml(f.place.toUpperCase())}-${index + 1}</slugline>
    <headline>${xml(f.headline)}</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/nitf+xml">
      <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
        <body>
          <body.content>
${f.paragraphs.map((p) => `            <p>${xml(p)}</p>`).join('\n')}
          </body.content>
        </body>
      </nitf>
    </inlineXML>
  </contentSet>
</newsItem>
`;
}

/** The same story as ninjs 2.x JSON. */
export function syntheticNinjs(random: () => number, index: number): string {
  const f = storyFacts(random, index);
  return `${JSON.stringify(
    {
      uri: `urn:ninjs:${f.agency.name.toLowerCase()}.example:${index}`,
      version: '1',
      type: 'text',
      language: 'en',
      versioncreated: `${isoDate(f)}T12:00:00Z`,
      pubstatus: 'usable',
      headlines: [{ role: 'main', value: f.headline }],
      slugline: `${f.place.toUpperCase()}-${index + 1}`,
      located: f.place,
      copyrightholder: f.agency.name,
      copyrightnotice: f.agency.copyright(f.year),
      bodies: [{ role: 'main', contenttype: 'text/plain', value: f.paragraphs.join('\n\n') }],
    },
    null,
    2,
  )}\n`;
}

export type SyntheticFormat = 'text' | 'nitf' | 'newsml-g2' | 'ninjs';
export const SYNTHETIC_FORMATS: readonly SyntheticFormat[] = ['text', 'nitf', 'newsml-g2', 'ninjs'];

/** Every UPDATE_EVERY-th file (a NewsML-G2 one) is version 2 of the G2 item UPDATE_LAG files before it. */
const UPDATE_EVERY = 80;
const UPDATE_LAG = 40;

/**
 * The mixed feed the ingest benchmark reads: the formats in turn, and now and
 * then a NewsML-G2 item that is a second version of an earlier one (the same
 * guid), as real feeds carry updates.
 */
export function syntheticWireFile(random: () => number, index: number): { format: SyntheticFormat; extension: string; text: string } {
  const format = SYNTHETIC_FORMATS[index % SYNTHETIC_FORMATS.length] as SyntheticFormat;
  switch (format) {
    case 'text':
      return { format, extension: 'txt', text: syntheticWireText(random, index) };
    case 'nitf':
      return { format, extension: 'xml', text: syntheticNitf(random, index) };
    case 'newsml-g2': {
      const isUpdate = index >= UPDATE_EVERY && index % UPDATE_EVERY === UPDATE_EVERY - 2;
      const update = isUpdate ? { guidIndex: index - UPDATE_LAG, version: 2 } : undefined;
      return { format, extension: 'xml', text: syntheticNewsmlG2(random, index, update) };
    }
    case 'ninjs':
      return { format, extension: 'json', text: syntheticNinjs(random, index) };
  }
}
