/** The longest headline Copydesk derives from a lead, in characters. */
export const DERIVED_HEADLINE_MAX = 100;

/**
 * A line that can be the copy's own headline: short, one line, and not ending
 * like a sentence (a question or exclamation mark is fine; a period is not).
 */
export function looksLikeHeadline(line: string): boolean {
  if (line.length < 3 || line.length > 200) return false;
  if (!/\p{L}/u.test(line)) return false;
  if (line.split(/\s+/).length > 30) return false;
  if (/^(?:by|von|por|par)\s/i.test(line)) return false;
  return !/[.,;:\-–—]["”’»)]*$/u.test(line);
}

/** A slug above the headline: one token of words joined by hyphens or slashes ("BC-US--Senate-Shutdown", "Yemen/conflict/"). */
export function looksLikeSlugline(line: string): boolean {
  return line.length <= 60 && /^[\p{L}\d]+(?:(?:-{1,2}|\/)[\p{L}\d]*)+(?:,\d+)?$/u.test(line);
}

/** "By JANE DOE", "Von Christian Hollmann, dpa", "Por Ana López": the byline without its "By". */
export function bylineOf(line: string): string | undefined {
  const m = /^(?:by|von|por|par)\s+(.{2,120})$/i.exec(line);
  if (!m) return undefined;
  const name = (m[1] as string).trim().replace(/[.,;]$/, '');
  // A byline names people: short, mostly capitalised words.
  const words = name.split(/\s+/);
  if (words.length > 12 || /[.!?]\s/.test(name)) return undefined;
  return name;
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'lt', 'col', 'capt', 'sgt', 'gov', 'sen', 'rep', 'pres', 'rev',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'corp',
    'co', 'ltd', 'mt', 'ft', 'approx', 'sra', 'srta', 'dña', 'avda', 'mme', 'mlle', 'hr', 'fr', 'nr', 'bzw', 'ca',
  ].map((a) => a.toLowerCase()),
);

function endsWithAbbreviation(before: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^["“‘«(]+/, '').replace(/\.$/, '');
  if (bare === '') return false;
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(bare) || /^\p{L}$/u.test(bare)) return true; // U.S., U.N., J.
  if (/^\d{1,2}$/.test(bare)) return true; // German ordinals: "am 3. November"
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/** The text up to the end of its first sentence, not fooled by "U.S." or "Gen.". */
export function firstSentence(text: string): string {
  const end = /[.!?…]+["”’»)]*(?=\s|$)/gu;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stop = m.index + m[0].length;
    const after = text.slice(stop).trimStart();
    if (after === '') return text.slice(0, stop);
    if (m[0].startsWith('.') && endsWithAbbreviation(text.slice(0, m.index + 1))) continue;
    if (/^\p{Ll}/u.test(after)) continue;
    return text.slice(0, stop);
  }
  return text;
}

/** Words a cut headline must not end on (articles, conjunctions, prepositions in the languages Copydesk reads). */
const DANGLING = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'that', 'which', 'who', 'whose', 'than', 'into', 'about', 'after', 'before', 'over', 'under', 'while', 'its', 'their', 'his', 'her',
  'el', 'la', 'los', 'las', 'un', 'una', 'y', 'o', 'de', 'del', 'en', 'con', 'por', 'para', 'que', 'al', 'su', 'sus',
  'le', 'les', 'une', 'et', 'ou', 'des', 'du', 'au', 'aux', 'à', 'pour', 'par', 'sur', 'dans', 'avec', 'qui',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'im', 'an', 'am', 'auf', 'für', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'bei', 'nach', 'dass',
  'il', 'lo', 'i', 'gli', 'e', 'di', 'della', 'nel', 'per', 'su', 'da', 'che',
  'os', 'as', 'um', 'uma', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'com',
]);

const TRAILING_PUNCTUATION = /[\s.,;:…\-–—]+$/u;
const CLOSERS: Record<string, string> = { '(': ')', '“': '”', '«': '»', '‘': '’' };

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** Trailing punctuation off, also inside a closing quote: 'said “it is over.”' → 'said “it is over”'. */
function stripTrailingPunctuation(text: string): string {
  let t = text.replace(TRAILING_PUNCTUATION, '');
  const inner = /[.,;:…]+(["”’»)]+)$/u.exec(t);
  if (inner) t = t.slice(0, inner.index) + inner[1];
  return t;
}

/**
 * A headline made from the lead's first sentence (dateline already removed):
 * cut at a word boundary to at most {@link DERIVED_HEADLINE_MAX} characters,
 * not ending on a dangling word or punctuation.
 */
export function deriveHeadline(lead: string): string {
  let text = firstSentence(lead.trim()).replace(/\s+/g, ' ');
  if (text.length > DERIVED_HEADLINE_MAX) {
    const cut = text.slice(0, DERIVED_HEADLINE_MAX + 1);
    const space = cut.lastIndexOf(' ');
    text = space > DERIVED_HEADLINE_MAX / 3 ? cut.slice(0, space) : cut.slice(0, DERIVED_HEADLINE_MAX);
    let words = text.split(' ');
    while (words.length > 3 && DANGLING.has((words[words.length - 1] ?? '').replace(/[.,;:]+$/, '').toLowerCase())) {
      words = words.slice(0, -1);
    }
    text = words.join(' ');
  }
  text = stripTrailingPunctuation(text);
  // A cut inside brackets or quotes would leave them open.
  for (const [open, close] of Object.entries(CLOSERS)) {
    if (count(text, open) > count(text, close)) text += close;
  }
  if (count(text, '"') % 2 === 1) text += '"';
  return text;
}
