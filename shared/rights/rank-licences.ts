import type { Licence, Territories } from '../model/licence.ts';

/**
 * Where several licences cover a story, the one that lets the newsroom do the
 * most applies: an editor then sees the widest rights they hold, and the
 * credit printed is that licence's.
 */

/** Higher is wider: worldwide, then everywhere but a few countries, then only a few (more listed is wider). */
function territoryBreadth(territories: Territories): number {
  const listed = new Set(territories.countries).size;
  if (territories.mode === 'worldwide') return 2_000;
  if (territories.mode === 'exclude') return 1_000 - listed;
  return listed;
}

/** Open-ended counts as the largest. */
function openEnded(value: number | null): number {
  return value ?? Number.POSITIVE_INFINITY;
}

/** Negative when a is wider than b. */
type Comparison = (a: Licence, b: Licence) => number;

const byFlag =
  (pick: (licence: Licence) => boolean): Comparison =>
  (a, b) =>
    Number(pick(b)) - Number(pick(a));

const byWider =
  (pick: (licence: Licence) => number): Comparison =>
  (a, b) => {
    const wa = pick(a);
    const wb = pick(b);
    return wa === wb ? 0 : wa > wb ? -1 : 1;
  };

const byText =
  (pick: (licence: Licence) => string): Comparison =>
  (a, b) => {
    const ta = pick(a);
    const tb = pick(b);
    return ta === tb ? 0 : ta < tb ? -1 : 1;
  };

/** Last day as a sortable number; null (until further notice) is the latest of all. */
function lastDay(licence: Licence): number {
  return licence.validTo === null ? Number.POSITIVE_INFINITY : Number(licence.validTo.replaceAll('-', '')) || 0;
}

const RANKING: readonly Comparison[] = [
  // A retired licence allows nothing, so it can never be the widest.
  byFlag((l) => !l.retired),
  byWider((l) => new Set(l.channels).size),
  byWider((l) => territoryBreadth(l.territories)),
  byFlag((l) => l.mayModify),
  byFlag((l) => l.mayTranslate),
  byFlag((l) => l.mayExcerpt),
  byWider((l) => (l.mayExcerpt ? openEnded(l.maxExcerptWords) : 0)),
  byWider(lastDay),
  byWider((l) => openEnded(l.monthlyCap)),
  byText((l) => l.reference),
  byText((l) => l.id),
];

/** Negative when a is more permissive than b (then by reference, then id, so the order never depends on input order). */
export function compareLicences(a: Licence, b: Licence): number {
  for (const compare of RANKING) {
    const order = compare(a, b);
    if (order !== 0) return order;
  }
  return 0;
}

/** Most permissive first. */
export function rankLicences(licences: readonly Licence[]): Licence[] {
  return [...licences].sort(compareLicences);
}
