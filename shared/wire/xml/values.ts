/** True for an absolute URI as ninjs accepts it (a scheme, then no spaces). */
export function isUri(value: string): boolean {
  return /^[A-Za-z][A-Za-z\d+.-]*:\S+$/.test(value);
}

/** A positive whole number, or undefined. */
export function positiveInt(value: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined || !/^\s*\d{1,16}\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? n : undefined;
}

/** Urgency on the 1 (flash) to 9 scale NITF, NewsML and ninjs share. */
export function urgencyOf(value: string | undefined): number | undefined {
  return positiveInt(value, 9);
}

/** Copies the defined values onto the target, so optional fields stay absent rather than undefined. */
export function assignDefined<T extends object>(target: T, values: Partial<T>): T {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

/** A byline without its "By" ("Por", "Von", "Par"…) and trailing punctuation; undefined when nothing is left. */
export function bylineText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const name = value.replace(/^(?:by|von|por|par|af|av)\s+/i, '').replace(/[\s,;:]+$/, '').trim();
  return name === '' ? undefined : name;
}
