/**
 * The credit line a licence obliges the newsroom to print, from the licence's
 * template and the story's own copyright line.
 */

/** The first 19xx or 20xx standing on its own ("© 2021 EFE", "(c)2021"), not inside a longer number. */
const COPYRIGHT_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
const LEADING_YEAR = /^\s*(\d{4})-/u;

function yearOfInstant(text: string | null): number | null {
  if (text === null) return null;
  const leading = LEADING_YEAR.exec(text);
  if (leading?.[1] !== undefined) return Number(leading[1]);
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? new Date(ms).getUTCFullYear() : null;
}

/** The story's copyright year: its copyright line's, else the year the wire first sent it, else the year it arrived. */
export function copyrightYear(story: {
  copyright: string | null;
  firstCreated: string | null;
  versionCreated: string | null;
  receivedAt: string;
}): number {
  const stated = story.copyright === null ? null : COPYRIGHT_YEAR.exec(story.copyright);
  if (stated) return Number(stated[0]);
  return (
    yearOfInstant(story.firstCreated) ??
    yearOfInstant(story.versionCreated) ??
    yearOfInstant(story.receivedAt) ??
    // Only a corrupt archive row gets here; the credit then carries this year rather than nothing.
    new Date().getUTCFullYear()
  );
}

const PLACEHOLDER = /\{(year|provider|distributor|reference|copyright)\}/gu;

/** One line: wire text may carry line breaks and runs of spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The template with {year}, {provider}, {distributor}, {reference} and
 * {copyright} filled in; a missing value leaves nothing, and the spaces around
 * it are tidied. Values are inserted once: a copyright line that itself reads
 * "{provider}" stays as written.
 */
export function renderAttribution(
  template: string,
  values: { year: number; provider: string; distributor: string | null; reference: string; copyright: string | null },
): string {
  const filled = template.replace(PLACEHOLDER, (_match, name: string) => {
    switch (name) {
      case 'year':
        return Number.isFinite(values.year) ? String(values.year) : '';
      case 'provider':
        return values.provider;
      case 'distributor':
        return values.distributor ?? '';
      case 'reference':
        return values.reference;
      default:
        return values.copyright ?? '';
    }
  });
  return oneLine(filled);
}

/** The credit line `licence` asks for, filled in for this story. */
export function attributionFor(
  licence: { attribution: string; provider: string; distributor: string | null; reference: string },
  story: { copyright: string | null; firstCreated: string | null; versionCreated: string | null; receivedAt: string },
): string {
  return renderAttribution(licence.attribution, {
    year: copyrightYear(story),
    provider: licence.provider,
    distributor: licence.distributor,
    reference: licence.reference,
    copyright: story.copyright,
  });
}
