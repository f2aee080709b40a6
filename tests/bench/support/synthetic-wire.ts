/**
 * Agency-style plain-text wire copy for benchmarks: real-looking datelines in
 * each agency's lead convention, a Zipf-shaped vocabulary, sign-offs and
 * copyright lines. Deterministic for a given seed.
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

/** One story as an agency would file it; `index` makes every story distinct. */
export function syntheticWireText(random: () => number, index: number): string {
  const agency = pick(random, agencies);
  const place = pick(random, places);
  const year = 2018 + Math.floor(random() * 8);
  const day = `${pick(random, months)} ${1 + Math.floor(random() * 28)}`;
  const paragraphs = Array.from({ length: 5 + Math.floor(random() * 15) }, () => paragraph(random));
  paragraphs[0] = `${agency.lead(place, day)}${paragraphs[0]} The figure given was ${index + 1}.`;
  paragraphs[paragraphs.length - 1] += agency.signoff;
  return `${paragraphs.join('\n\n')}\n\n${agency.copyright(year)}\n`;
}
