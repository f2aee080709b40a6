/**
 * What Reuters-style slugs and headlines say about a version: the slug's
 * bracketed tags ("USA-WEATHER/ (UPDATE 1, PIX, CORRECTED)") and the
 * headline's prefix ("CORRECTED-S. Illinois battles…", "UPDATE 2-…").
 */
const TAG_SIGNALS: ReadonlyArray<{ pattern: RegExp; signal: string }> = [
  { pattern: /^UPDATE\s*\d*$/, signal: 'update' },
  { pattern: /^(?:CORRECTED|CORRECTION|RECASTS?)$/, signal: 'correction' },
  { pattern: /^(?:WRITETHRU|WRITETHROUGH|\d+(?:ST|ND|RD|TH)\s*LD\s*-?\s*WRITETHRU)$/, signal: 'writethru' },
  { pattern: /^(?:KILL|KILLED|WITHDRAWN|WITHDRAWAL)$/, signal: 'kill' },
  { pattern: /^ADVISORY$/, signal: 'advisory' },
];

const HEADLINE_PREFIX = /^((?:[A-Z]+(?:\s\d+)?-)+)\S/;

function signalOf(tag: string): string | undefined {
  const t = tag.trim().toUpperCase();
  return TAG_SIGNALS.find(({ pattern }) => pattern.test(t))?.signal;
}

export function signalsFromSlugAndHeadline(slugline: string | undefined, headline: string | undefined): string[] {
  const signals: string[] = [];
  const bracket = slugline !== undefined ? /\(([^()]{1,120})\)\s*$/.exec(slugline) : null;
  if (bracket) {
    for (const tag of (bracket[1] as string).split(',')) {
      const signal = signalOf(tag);
      if (signal !== undefined) signals.push(signal);
    }
  }
  const prefix = headline !== undefined ? HEADLINE_PREFIX.exec(headline.slice(0, 60)) : null;
  if (prefix) {
    for (const tag of (prefix[1] as string).split('-')) {
      const signal = tag === '' ? undefined : signalOf(tag);
      if (signal !== undefined) signals.push(signal);
    }
  }
  return [...new Set(signals)];
}
