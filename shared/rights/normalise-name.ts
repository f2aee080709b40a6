/**
 * Names as agencies, distributors and copyright lines spell them vary in case,
 * accents and punctuation ("Agencia EFE", "AGENCIA EFE.", "Acquire Media
 * (NewsEdge)"): matching compares them in one canonical form.
 */

/** Dots and apostrophes join what they separate ("U.S." is "us", "Reuters'" is "reuters"); other punctuation separates words. */
const JOINING = /[.'\u2019\u02bc]/gu;
const SEPARATING = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** Lower case, accents and punctuation removed, words separated by single spaces. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(JOINING, '')
    .replace(SEPARATING, ' ')
    .trim();
}

/** The needle's words appear in the haystack, in order and as whole words ("EFE" is in "© 2021 EFE News", not in "EFEX"). */
export function containsName(haystack: string, needle: string): boolean {
  const want = normaliseName(needle);
  if (want === '') return false;
  return ` ${normaliseName(haystack)} `.includes(` ${want} `);
}
