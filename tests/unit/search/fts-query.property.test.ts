import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../db/search/fts-query.ts';
import { ftsTable, type IndexedStory } from './fts-table.ts';

/** Pieces of queries, syntax and debris, shuffled into query-shaped nonsense. */
const PIECES = [
  'putin', 'Málaga', 'opi', 'a', 'b', 'x', '*', '**', '"', '“', '”', '„', '«', '»', "'", '(', ')', '((', '))', ':', '-', '--', ' ', ' ', ' ',
  '  ', '\t', '\n', '\r\n', 'AND', 'OR', 'NOT', 'and', 'or', 'not', 'NEAR', 'NEAR(', '^', '+', '{', '}', ',', ';', '=', '/', '\\',
  'headline:', 'Headline:', 'by:', 'BY:', 'byline:', 'slug:', 'slugline:', 'body:', 'xyz:', '10:30', 'http://x.y/a?b=c',
  "'; DROP TABLE stories; --", '" OR 1=1 --', '🙂', '👍', '🇪🇸', '👨‍👩‍👧', '©', '€', '½', '𝒜', '\u{E000}', 'é', 'e\u0301', '\u0301',
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u200b', '\u200d', '\u202e', '\ufeff', '\ufffd', '\uD800', '\uDC00',
];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...PIECES), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 4 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }), weight: 1 },
);
/** The API caps queries at 1,000 characters; slicing may split a surrogate pair, which is fine: that is input too. */
const query = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join('').slice(0, 1000));

/** One level of nesting each, with a hole (H) for the next: the shapes that cost FTS5's parser the most stack. */
const WRAPPERS = [
  '(H)', 'a (H)', '(H) b', 'a OR (H)', 'a -(H)', 'a NOT (H)', 'NOT (H) a', '-(H)', 'headline:(H)', '-headline:(H) a',
  'a OR -(H)', 'headline:(a OR -(H))', 'a OR NOT by:(H)', 'x -(a OR -(H))', 'body:(a NOT slug:(H))', '((H)', '(H))',
];
/** Chains of them, up to five times deeper than the bracket limit, around any query. */
const nested = fc
  .tuple(fc.array(fc.constantFrom(...WRAPPERS), { maxLength: 40, size: 'max' }), query.map((q) => q.slice(0, 40)))
  .map(([wrappers, core]) => wrappers.reduce((inner, wrapper) => wrapper.replace('H', () => inner), core))
  .filter((q) => q.length <= 1000);

/** Everything that is not inside a quoted string must be ours: operators, brackets, column filters, prefix stars. */
const OUR_SYNTAX = /^(?:P|AND|OR|NOT|[ ():*]|\{(?:headline|slugline|byline|body)\})*$/;
const QUOTED = /"(?:[^"]|"")*"/g;

describe('parseSearchQuery on anything', () => {
  const table = ftsTable([
    { headline: 'Putin meets Xi', slugline: 'RUSSIA', byline: 'By Ana Ruiz', body: 'Vladimir Putin met Xi in Moscow 🙂.' },
    { headline: 'Floods in Málaga', slugline: 'SPAIN-FLOODS', byline: 'By Lee Kim', body: 'Opiates, rain and a b x at 10:30.' },
  ]);
  afterAll(() => table.db.close());

  function checkParsed(input: string): void {
    const { match, notice } = parseSearchQuery(input);
    expect(notice === null || (typeof notice === 'string' && notice.length > 0)).toBe(true);
    if (match === null) return;
    expect(match).not.toContain('\u0000');
    expect(match.replace(QUOTED, 'P')).toMatch(OUR_SYNTAX);
    table.rowids(match); // throws on any FTS5 syntax error
  }

  it('never throws, and any match it makes runs against the real FTS5 table', () => {
    fc.assert(fc.property(query, checkParsed), { numRuns: 3000 });
  });

  it('keeps deeply nested queries within what FTS5 can parse', () => {
    fc.assert(fc.property(nested, checkParsed), { numRuns: 3000 });
  });
});

// ── Meaning: well-formed queries find exactly what a reference reading of the grammar finds ──

const WORDS = ['alpha', 'bravo', 'charlie', 'delta'] as const;
const COLUMNS = ['headline', 'slugline', 'byline', 'body'] as const;
type Column = (typeof COLUMNS)[number];
const FIELD_NAMES: ReadonlyArray<[string, Column]> = [
  ['headline', 'headline'], ['slug', 'slugline'], ['slugline', 'slugline'], ['by', 'byline'], ['byline', 'byline'], ['body', 'body'],
];

type Q =
  | { k: 'word'; word: number; form: 'bare' | 'quoted' | 'prefix' }
  | { k: 'field'; name: string; column: Column; q: Q }
  | { k: 'not'; style: 'NOT' | '-'; q: Q }
  | { k: 'and'; joiner: ' ' | ' AND '; bare: boolean; items: Q[] }
  | { k: 'or'; items: Q[] };

const tree = fc.letrec<{ q: Q }>((tie) => ({
  q: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'q', withCrossShrink: true },
    fc.record({ k: fc.constant('word' as const), word: fc.nat({ max: WORDS.length - 1 }), form: fc.constantFrom('bare' as const, 'quoted' as const, 'prefix' as const) }),
    fc.tuple(fc.constantFrom(...FIELD_NAMES), tie('q')).map(([[name, column], q]): Q => ({ k: 'field', name, column, q })),
    fc.tuple(fc.constantFrom('NOT' as const, '-' as const), tie('q')).map(([style, q]): Q => ({ k: 'not', style, q })),
    fc
      .tuple(fc.constantFrom(' ' as const, ' AND ' as const), fc.boolean(), fc.array(tie('q'), { minLength: 2, maxLength: 3 }))
      .map(([joiner, bare, items]): Q => ({ k: 'and', joiner, bare, items })),
    fc.array(tie('q'), { minLength: 2, maxLength: 3 }).map((items): Q => ({ k: 'or', items })),
  ),
})).q;

/** The query as an editor would type it; an AND inside an OR may go without brackets, since AND binds tighter. */
function typed(q: Q): string {
  switch (q.k) {
    case 'word': {
      const word = WORDS[q.word] as string;
      return q.form === 'bare' ? word : q.form === 'quoted' ? `"${word}"` : `${word.slice(0, 3)}*`;
    }
    case 'field':
      return `${q.name}:${attached(q.q, 'field')}`;
    case 'not':
      return q.style === 'NOT' ? `NOT ${unary(q.q)}` : `-${attached(q.q, 'minus')}`;
    case 'and':
      return q.items.map((item) => (item.k === 'and' || item.k === 'or' ? `(${typed(item)})` : typed(item))).join(q.joiner);
    case 'or':
      return q.items.map((item) => (item.k === 'or' || (item.k === 'and' && !item.bare) ? `(${typed(item)})` : typed(item))).join(' OR ');
  }
}

function unary(q: Q): string {
  return q.k === 'and' || q.k === 'or' ? `(${typed(q)})` : typed(q);
}

/** Right after "field:" or "-", a word is always text ("-NOT" leaves out "not"), and "--x" is a word: bracket those. */
function attached(q: Q, after: 'field' | 'minus'): string {
  return q.k === 'not' && (q.style === 'NOT' || after === 'minus') ? `(${typed(q)})` : unary(q);
}

/** The reference reading: nested fields narrow to the columns they share, NOT is the complement. */
function matches(q: Q, story: IndexedStory, columns: readonly Column[]): boolean {
  switch (q.k) {
    case 'word':
      return columns.some((c) => story[c].split(' ').includes(WORDS[q.word] as string));
    case 'field':
      return matches(q.q, story, columns.filter((c) => c === q.column));
    case 'not':
      return !matches(q.q, story, columns);
    case 'and':
      return q.items.every((item) => matches(item, story, columns));
    case 'or':
      return q.items.some((item) => matches(item, story, columns));
  }
}

/** 48 stories with the four words scattered over the four columns, one bit of a hash each. */
const STORIES: IndexedStory[] = Array.from({ length: 48 }, (_, i) => {
  const column = (c: number): string =>
    ['news', ...WORDS.filter((_, w) => ((Math.imul(i + 1, 2654435761) >>> (c * 4 + w + 3)) & 1) === 1)].join(' ');
  return { headline: column(0), slugline: column(1), byline: column(2), body: column(3) };
});

describe('parseSearchQuery means what the grammar says', () => {
  const table = ftsTable(STORIES);
  afterAll(() => table.db.close());

  it('finds exactly the stories a reference reading finds, or says the query is only an exclusion', () => {
    fc.assert(
      fc.property(tree, (q) => {
        const input = typed(q);
        const { match, notice } = parseSearchQuery(input);
        if (match === null) {
          expect(notice).toBe('An exclusion ("-word" or "NOT word") needs a word to search for beside it; it was left out.');
          return;
        }
        expect(notice).toBeNull();
        const expected = STORIES.flatMap((story, i) => (matches(q, story, COLUMNS) ? [i + 1] : []));
        expect(table.rowids(match), `${input}  →  ${match}`).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
