/**
 * Turns what an editor typed into an FTS5 MATCH expression that cannot fail
 * to parse. The editor's text is never passed raw: every word (or "quoted
 * phrase") becomes one double-quoted FTS5 string, inside which only `"` is
 * special, so colons, parentheses, stars, AND/OR/NEAR and SQL fragments are
 * just text. FTS5 tokenises each string with the index's own tokenizer, so
 * "Putin's" matches exactly where the index has "putin" followed by "s".
 *
 *   Putin opiates      → all of these words, anywhere
 *   "Vladimir Putin"   → this phrase
 *   opi*               → a word starting with "opi"
 */
export interface SearchTerm {
  text: string;
  prefix: boolean;
}

/** Characters FTS5's unicode61 tokenizer keeps in tokens (letters, digits, private use, symbols such as emoji). */
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}\p{So}]/u;

export function searchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (/\s/u.test(ch)) {
      i += 1;
      continue;
    }
    let raw: string;
    if (ch === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close === -1 ? input.length : close;
      raw = input.slice(i + 1, end);
      i = close === -1 ? input.length : close + 1;
    } else {
      let end = i;
      while (end < input.length && !/\s/u.test(input[end] as string) && input[end] !== '"') end += 1;
      raw = input.slice(i, end);
      i = end;
    }
    let prefix = false;
    if (input[i] === '*') {
      prefix = true;
      i += 1;
    } else if (raw.endsWith('*')) {
      prefix = true;
    }
    const text = raw.replace(/\*+$/u, '').replaceAll('"', ' ').replace(/\s+/gu, ' ').trim();
    if (TOKEN_CHAR.test(text)) terms.push({ text, prefix });
  }
  return terms;
}

/** The MATCH expression for the editor's text; null when it holds nothing searchable. */
export function toFtsMatch(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.text}"${t.prefix ? '*' : ''}`).join(' ');
}
