import { afterAll, describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../db/search/fts-query.ts';
import { ftsTable } from './fts-table.ts';

const ONLY_EXCLUSION = 'An exclusion ("-word" or "NOT word") needs a word to search for beside it; it was left out.';
const UNMATCHED_CLOSE = 'The unmatched ")" was ignored.';
const UNCLOSED_OPEN = 'The unclosed "(" was closed at the end.';
const UNCLOSED_QUOTE = 'The phrase with no closing quote runs to the end.';
const AND = '"AND" needs a word on both sides; it was left out.';
const OR = '"OR" needs a word on both sides; it was left out.';
const NOT = '"NOT" needs a word after it; it was left out.';
const TOO_DEEP = 'Brackets nested more than 8 deep were ignored.';

type Case = [input: string, match: string | null, notice?: string];

function check(cases: readonly Case[]): void {
  it.each(cases)('%j', (input, match, notice) => {
    expect(parseSearchQuery(input)).toEqual({ match, notice: notice ?? null });
  });
}

describe('parseSearchQuery renders', () => {
  describe('words, phrases and prefixes', () => {
    check([
      ['putin', '"putin"'],
      ['putin opiates', '"putin" AND "opiates"'],
      ['  putin\t\nopiates\u00a0moscow ', '"putin" AND "opiates" AND "moscow"'],
      ['"Vladimir Putin"', '"Vladimir Putin"'],
      ['"Vladimir   Putin"  war', '"Vladimir Putin" AND "war"'],
      ['say "hi', '"say" AND "hi"', UNCLOSED_QUOTE],
      ['“Vladimir Putin” «el presidente»', '"Vladimir Putin" AND "el presidente"'],
      ['ab"cd ef"gh', '"ab" AND "cd ef" AND "gh"'],
      ['opi*', '"opi"*'],
      ['opi***', '"opi"*'],
      ['"Putin"*', '"Putin"*'],
      ['"vladimir pu"* war', '"vladimir pu"* AND "war"'],
      ['*', null],
      ['-*', null],
      ['*opi', '"*opi"'],
      ['op*i', '"op*i"'],
      ['""', null],
      ['"', null],
      ['Putin\'s', '"Putin\'s"'],
      ['quake-chile', '"quake-chile"'],
      ['2,000', '"2,000"'],
    ]);
  });

  describe('text that only looks like syntax', () => {
    check([
      ['10:30', '"10:30"'],
      ['http://example.com/a?b=c', '"http://example.com/a?b=c"'],
      ['xyz:word', '"xyz:word"'],
      ['and or not', '"and" AND "or" AND "not"'],
      ['"OR" "NOT"', '"OR" AND "NOT"'],
      ['AND* OR*', '"AND"* AND "OR"*'],
      ['a^b NEAR/3 c+d', '"a^b" AND "NEAR/3" AND "c+d"'],
      ["'; DROP TABLE stories; --", '"DROP" AND "TABLE" AND "stories;"'],
      ['" OR 1=1 --', '"OR 1=1 --"', UNCLOSED_QUOTE],
      ['a\u0000b', '"a" AND "b"'],
      ['"a\u0000b"', '"a b"'],
      ['^ - -- : ; \u0000 \u0007', null],
    ]);
  });

  describe('boolean operators (NOT binds tighter than AND, AND than OR, as in FTS5)', () => {
    check([
      ['a AND b', '"a" AND "b"'],
      ['a OR b', '"a" OR "b"'],
      ['a OR b OR c', '"a" OR "b" OR "c"'],
      ['a OR b c', '"a" OR ("b" AND "c")'],
      ['a b OR c', '("a" AND "b") OR "c"'],
      ['a AND b OR c AND d', '("a" AND "b") OR ("c" AND "d")'],
      ['a NOT b', '"a" NOT "b"'],
      ['a NOT b c', '("a" AND "c") NOT "b"'],
      ['a -b', '"a" NOT "b"'],
      ['a -b -c', '"a" NOT ("b" OR "c")'],
      ['a -"b c"', '"a" NOT "b c"'],
      ['a AND NOT b', '"a" NOT "b"'],
      ['a OR b NOT c', '"a" OR ("b" NOT "c")'],
      ['NOT b a', '"a" NOT "b"'],
      ['NOT NOT a', '"a"'],
      ['-OR a', '"a" NOT "OR"'],
      ['a - b', '"a" AND "b"'],
      ['a --b', '"a" AND "--b"'],
      // Neither side of an OR may be "not x" alone: by De Morgan, a ∨ ¬b = ¬(b ∧ ¬a).
      ['x (a OR -b)', '"x" NOT ("b" NOT "a")'],
      ['x (-a OR -b)', '"x" NOT ("a" AND "b")'],
    ]);
  });

  describe('brackets', () => {
    check([
      ['(a OR b) c', '("a" OR "b") AND "c"'],
      ['c (a OR b)', '"c" AND ("a" OR "b")'],
      ['(a b) OR c', '("a" AND "b") OR "c"'],
      ['((a))', '"a"'],
      ['(big)', '"big"'],
      ['a -(b OR c)', '"a" NOT ("b" OR "c")'],
      ['a NOT (b c)', '"a" NOT ("b" AND "c")'],
      ['()', null],
      ['(', null, UNCLOSED_OPEN],
      [')', null, UNMATCHED_CLOSE],
      ['((((a', '"a"', UNCLOSED_OPEN],
      ['a))))', '"a"', UNMATCHED_CLOSE],
      ['(a OR b', '"a" OR "b"', UNCLOSED_OPEN],
      ['a) OR (b', '"a" OR "b"', `${UNMATCHED_CLOSE} ${UNCLOSED_OPEN}`],
      ['NEAR(', '"NEAR"', UNCLOSED_OPEN],
      ['NEAR(a b)', '"NEAR" AND "a" AND "b"'],
      [`${'('.repeat(9)}a OR b${')'.repeat(9)} c`, '("a" OR "b") AND "c"', TOO_DEEP],
      // The ninth bracket is ignored, so its words join the eighth group (a OR b c OR d), as the notice warns.
      [`${'('.repeat(8)}a OR (b c OR d)${')'.repeat(8)}`, '"a" OR ("b" AND "c") OR "d"', TOO_DEEP],
    ]);
  });

  describe('field filters', () => {
    check([
      ['headline:putin', '{headline} : "putin"'],
      ['Headline:Putin', '{headline} : "Putin"'],
      ['headline:"a phrase"', '{headline} : "a phrase"'],
      ['headline:(a OR b)', '{headline} : ("a" OR "b")'],
      ['headline:(a b)', '{headline} : ("a" AND "b")'],
      ['headline:opi*', '{headline} : "opi"*'],
      ['by:ruiz', '{byline} : "ruiz"'],
      ['byline:ruiz', '{byline} : "ruiz"'],
      ['slug:quake', '{slugline} : "quake"'],
      ['slugline:quake', '{slugline} : "quake"'],
      ['body:rubble', '{body} : "rubble"'],
      ['headline:10:30', '{headline} : "10:30"'],
      ['headline:OR', '{headline} : "OR"'],
      ['headline:putin moscow', '{headline} : "putin" AND "moscow"'],
      ['-headline:putin moscow', '"moscow" NOT {headline} : "putin"'],
      ['moscow headline:-putin', '"moscow" NOT {headline} : "putin"'],
      ['headline:(a -b)', '{headline} : ("a" NOT "b")'],
      ['headline:headline:a', '{headline} : "a"'],
      ['headline:(body:a)', '{headline} : ({body} : "a")'],
      ['headline:body:by:a', '{headline} : ({body} : "a")'],
      ['headline:', '"headline:"', '"headline:" was searched as a word; to search one field, write headline:word with no space.'],
      ['by: ruiz', '"by:" AND "ruiz"', '"by:" was searched as a word; to search one field, write by:word with no space.'],
      ['headline:*', null, '"headline:" needs a word right after it; it was left out.'],
      ['by:"', null, '"by:" needs a word right after it; it was left out.'],
      ['headline:(', null, `${UNCLOSED_OPEN} "headline:" needs a word right after it; it was left out.`],
    ]);
  });

  describe('operators with nothing to work on', () => {
    check([
      ['a OR', '"a"', OR],
      ['OR a', '"a"', OR],
      ['OR', null, OR],
      ['OR OR', null, OR],
      ['a OR OR b', '"a" OR "b"', OR],
      ['a OR *', '"a"', OR],
      ['(a OR) b', '"a" AND "b"', OR],
      ['AND', null, AND],
      ['AND b', '"b"', AND],
      ['a AND', '"a"', AND],
      ['a AND AND b', '"a" AND "b"', AND],
      ['a AND * b', '"a" AND "b"'],
      ['NOT', null, NOT],
      ['a NOT', '"a"', NOT],
      ['a NOT OR b', '"a" OR "b"', NOT],
      ['NOT AND', null, `${NOT} ${AND}`],
      ['a OR AND b', '"a" OR "b"', AND],
    ]);
  });

  describe('exclusions alone', () => {
    check([
      ['NOT x', null, ONLY_EXCLUSION],
      ['-x', null, ONLY_EXCLUSION],
      ['-"x"', null, ONLY_EXCLUSION],
      ['-x -y', null, ONLY_EXCLUSION],
      ['-headline:x', null, ONLY_EXCLUSION],
      ['a OR -b', null, ONLY_EXCLUSION],
      ['(NOT x) OR (NOT y)', null, ONLY_EXCLUSION],
    ]);
  });

  describe('symbols and emoji, which unicode61 indexes only in part', () => {
    check([
      ['🙂', '"🙂"'],
      ['putin 👍', '"putin"'],
      ['👍 -putin', '"👍" NOT "putin"'],
      ['putin OR 👍', '"putin" OR "👍"'],
      ['©', '"©"'],
      ['putin🙂', '"putin🙂"'],
      ['€ $ ¢', null],
    ]);
  });
});

/** Small stories, each word placed to tell one construct from another. */
const STORIES = [
  { headline: 'Putin meets Xi in Moscow', slugline: 'RUSSIA-CHINA', byline: 'By Ana Ruiz', body: 'Vladimir Putin and Xi Jinping met in Moscow on Friday.' },
  { headline: 'Opioid crisis deepens', slugline: 'US-OPIOIDS', byline: 'By John Smith', body: 'Opiates killed thousands. Putin Vladimir was not mentioned.' },
  { headline: 'Floods in Málaga', slugline: 'SPAIN-FLOODS', byline: 'By María López', body: 'Heavy rain flooded the city at 10:30 on Tuesday.' },
  { headline: "Putin's speech", slugline: 'RUSSIA-SPEECH', byline: 'By Ana Ruiz', body: 'The speech lasted an hour.' },
  { headline: 'Markets rally', slugline: 'MARKETS', byline: 'By Lee Kim', body: 'Stocks rose 🙂 after the decision, see http://example.com/a?b=c' },
  { headline: 'Ruiz wins final', slugline: 'TENNIS-RUIZ', byline: 'By Tom Hall', body: 'The Spanish player won in three sets.' },
  { headline: 'Insurance costs rise', slugline: 'INSURANCE', byline: 'By John Smith', body: 'Insurers count the cost of the floods in Malaga.' },
  { headline: 'Opium poppy harvest', slugline: 'AFGHAN-OPIUM', byline: 'By Lee Kim', body: 'Farmers harvested opium; Moscow and the West watched.' },
];

describe('parseSearchQuery against a real FTS5 table', () => {
  const table = ftsTable(STORIES);
  afterAll(() => table.db.close());

  function found(query: string): number[] | null {
    const { match } = parseSearchQuery(query);
    return match === null ? null : table.rowids(match);
  }

  it.each<[string, number[]]>([
    ['putin', [1, 2, 4]],
    ['vladimir putin', [1, 2]],
    ['"vladimir putin"', [1]],
    ['"putin vladimir"', [2]],
    ['opi*', [2, 8]],
    ['opi', []],
    ['"putin vla"*', [2]],
    ['putin OR opium', [1, 2, 4, 8]],
    ['putin NOT moscow', [2, 4]],
    ['putin -moscow', [2, 4]],
    ['putin -"vladimir putin"', [2, 4]],
    ['putin -moscow -speech', [2]],
    // AND binds tighter than OR; brackets change that.
    ['putin OR opium moscow', [1, 2, 4, 8]],
    ['(putin OR opium) moscow', [1, 8]],
    ['putin moscow OR floods', [1, 3, 7]],
    ['putin (moscow OR floods)', [1]],
    ['putin (moscow OR -speech)', [1, 2]],
    ['putin NOT NOT moscow', [1]],
    ['headline:putin', [1, 4]],
    ['body:putin', [1, 2]],
    ['putin headline:-putin', [2]],
    ['putin -headline:putin', [2]],
    ['headline:(putin OR floods)', [1, 3, 4]],
    ['headline:"putin\'s speech"', [4]],
    ['headline:m*', [1, 3, 5]],
    ['headline:(body:putin)', []],
    ['ruiz', [1, 4, 6]],
    ['by:ruiz', [1, 4]],
    ['byline:ruiz', [1, 4]],
    ['headline:ruiz', [6]],
    ['floods', [3, 7]],
    ['slug:floods', [3]],
    ['slugline:russia', [1, 4]],
    ['slug:opi*', [2, 8]],
    ['malaga', [3, 7]],
    ['Málaga', [3, 7]],
    ['MALAGA', [3, 7]],
    ["putin's", [4]],
    ["Putin's speech", [4]],
    ['🙂', [5]],
    ['stocks 👍', [5]],
    ['10:30', [3]],
    ['http://example.com/a?b=c', [5]],
    ['"Vladimir Putin', [1]],
    ['((((moscow', [1, 8]],
    ['moscow))))', [1, 8]],
    ['moscow OR', [1, 8]],
  ])('%j finds %j', (query, rowids) => {
    expect(found(query)).toEqual(rowids);
  });

  it('lists everything (null) for exclusions alone and for text with nothing to search', () => {
    for (const query of ['-putin', 'NOT putin', '', '   ', '"', '(', '*', '-']) expect(found(query), query).toBeNull();
  });

  const HOSTILE = [
    '"', 'headline:', '(', ')', '*', '🙂', "'; DROP TABLE stories; --", 'NEAR(', 'a OR', 'AND', '"unclosed', '^', '-', '\u0000',
    '" OR 1=1 --', '((((a', 'a))))', 'NOT', '-"x"', 'headline:(', 'by:"', '10:30', 'http://example.com/a?b=c',
    'NEAR(a b, 3)', 'a NEAR b', '{headline}: x', 'headline : x', 'x:', ':x', 'a + b', 'a*b*', '"a""b"', 'OR OR', 'NOT NOT',
    '\uD800', 'a\uDC00b', '*:*', '^putin', 'col:(', '-(', '-)', '(-)', 'a\u0000b', '"a\u0000b', '\u202e\u200b',
  ];

  it.each(HOSTILE)('%j never breaks the query', (query) => {
    const parsed = parseSearchQuery(query);
    if (parsed.match !== null) expect(() => table.rowids(parsed.match as string)).not.toThrow();
    expect(parsed.notice === null || parsed.notice.length > 0).toBe(true);
  });

  it('makes a query of any 1,000 characters quickly, however it is built', () => {
    const pathological = [
      '('.repeat(1000),
      ')'.repeat(1000),
      '('.repeat(500) + ')'.repeat(500),
      '('.repeat(500) + 'a'.repeat(500),
      '"'.repeat(1000),
      '*'.repeat(1000),
      '-'.repeat(1000),
      'a' + '*'.repeat(999),
      '*'.repeat(999) + 'a',
      'a*'.repeat(500),
      '-('.repeat(500),
      'NOT '.repeat(250),
      'NOT '.repeat(249) + 'a',
      'OR '.repeat(333),
      'a OR '.repeat(200),
      'headline:'.repeat(111),
      'headline:'.repeat(110) + 'a',
      '-headline:'.repeat(100),
      'a (b OR -('.repeat(100),
      '(a OR (b -(c '.repeat(76),
      'x -(a OR -('.repeat(90),
      'headline:(a OR -by:('.repeat(50),
      'a '.repeat(500),
      '"a" '.repeat(250),
      'a:'.repeat(500),
      '\u0000'.repeat(1000),
      '🙂'.repeat(500),
      '👍 '.repeat(333),
    ];
    for (const query of pathological) {
      expect(query.length, query.slice(0, 20)).toBeLessThanOrEqual(1000);
      const { match } = parseSearchQuery(query);
      if (match !== null) expect(() => table.rowids(match), query.slice(0, 20)).not.toThrow();
    }
  });
});
