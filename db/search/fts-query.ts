/**
 * The archive's search language: turns what an editor typed into an FTS5
 * MATCH expression for story_search that cannot fail to parse, and says in
 * plain words what was made of anything it could not take as typed.
 *
 *   putin opiates          all of these words (AND binds tighter than OR, as in FTS5)
 *   "Vladimir Putin"       this phrase (a missing closing quote runs to the end)
 *   opi*                   a word starting with "opi"
 *   a OR b, a AND b        UPPERCASE only: "or" is a word
 *   NOT b, -b, -"a b"      leave these out (needs something to search for beside it)
 *   (a OR b) c             grouping; unbalanced brackets are mended
 *   headline:x  by:x  byline:x  slug:x  slugline:x  body:x   one column; also field:"a b", field:(a OR b)
 *
 * The editor's text is never passed raw: every word or phrase becomes one
 * double-quoted FTS5 string, inside which only `"` is special, so colons,
 * stars, carets, NEAR( and SQL fragments are just text, tokenised by the
 * index's own tokenizer ("Putin's" is the phrase "putin s", as in the index).
 * Operators, brackets and column filters in the output are only ever ours.
 */

export interface ParsedQuery {
  /** A valid FTS5 MATCH expression for story_search, or null when the text holds nothing to search for (list everything). */
  match: string | null;
  /** What was made of a query that could not be taken exactly as typed, in plain words for an editor (null when it was taken as typed). */
  notice: string | null;
}

type Column = 'headline' | 'slugline' | 'byline' | 'body';

/**
 * Brackets deeper than this are ignored. FTS5's parser has a fixed stack of
 * 100 entries and overflows ("parser stack overflow") at about 32 levels of
 * right-nested brackets, and a level typed can cost more than one written
 * (column filters, exclusions inside OR). No editor nests this deep on purpose.
 */
const MAX_DEPTH = 8;

const COLUMNS: Readonly<Record<string, Column>> = {
  headline: 'headline',
  slug: 'slugline',
  slugline: 'slugline',
  by: 'byline',
  byline: 'byline',
  body: 'body',
};
/** Sticky and anchored by the trailing colon, so it never backtracks beyond one name. */
const FIELD = /(headline|slugline|slug|byline|by|body):/iy;
/** Control characters separate too: a NUL inside an FTS5 string would end the expression there (SQLite reads it with strlen). */
const SEPARATOR = /[\s\p{Cc}]/u;
const SEPARATORS = /[\s\p{Cc}]+/gu;
/** Straight, typographic and angle quotes all delimit phrases: pasted copy uses all of them. */
const QUOTES = '"“”„«»';
/** Characters FTS5's unicode61 tokenizer keeps in tokens ("L* N* Co"). */
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;
/**
 * Symbols such as emoji: unicode61's tables predate most of them, so it
 * indexes some (🙂) and splits on others (👍, ©). A symbol-only term may thus
 * be an empty phrase, which matches nothing; it is kept only where it cannot
 * empty a result that other words would find.
 */
const SYMBOL_CHAR = /\p{So}/u;

const NOTICES = {
  unmatchedClose: 'The unmatched ")" was ignored.',
  unclosedOpen: 'The unclosed "(" was closed at the end.',
  tooDeep: `Brackets nested more than ${MAX_DEPTH} deep were ignored.`,
  unclosedQuote: 'The phrase with no closing quote runs to the end.',
  and: '"AND" needs a word on both sides; it was left out.',
  or: '"OR" needs a word on both sides; it was left out.',
  not: '"NOT" needs a word after it; it was left out.',
  onlyExclusion: 'An exclusion ("-word" or "NOT word") needs a word to search for beside it; it was left out.',
  emptyField: (typed: string) => `"${typed}" needs a word right after it; it was left out.`,
  fieldAsWord: (typed: string) => `"${typed}" was searched as a word; to search one field, write ${typed.toLowerCase()}word with no space.`,
};

type Token =
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { kind: 'minus' }
  | { kind: 'field'; column: Column; typed: string }
  | { kind: 'term'; text: string; prefix: boolean };

/** An FTS5 expression tree. A null column: nested filters on different columns, which match nothing. */
type Fts =
  | { t: 'phrase'; text: string; prefix: boolean }
  | { t: 'and' | 'or'; items: Fts[] }
  | { t: 'not'; keep: Fts; drop: Fts }
  | { t: 'col'; column: Column | null; item: Fts };

/**
 * What a piece of the query means: stories matching `fts` ('+'), or stories
 * NOT matching it ('-'), which FTS5 can only express beside a positive part.
 * `weak`: might match nothing only because the tokenizer skips its symbols.
 */
interface Meaning {
  sign: '+' | '-';
  fts: Fts;
  weak: boolean;
}

/** Notices in the order found, each once. */
type Notes = Set<string>;

export function parseSearchQuery(input: string): ParsedQuery {
  const notes: Notes = new Set();
  const tokens = balance(lex(input, notes), notes);
  const meaning = new Parser(tokens, notes).parseQuery();
  let match: string | null = null;
  if (meaning?.sign === '+') match = render(meaning.fts);
  else if (meaning?.sign === '-') notes.add(NOTICES.onlyExclusion);
  return { match, notice: notes.size === 0 ? null : [...notes].join(' ') };
}

// ── Lexing ──────────────────────────────────────────────────────────────────

function isSeparator(ch: string): boolean {
  return SEPARATOR.test(ch);
}

function isQuote(ch: string): boolean {
  return QUOTES.includes(ch);
}

function searchable(text: string): boolean {
  return TOKEN_CHAR.test(text) || SYMBOL_CHAR.test(text);
}

/** One pass, each character looked at a bounded number of times. */
function lex(input: string, notes: Notes): Token[] {
  const tokens: Token[] = [];
  const n = input.length;
  // A word right after `field:` or `-` is their operand, never an operator: `-OR` leaves out the word "or".
  let attached = false;
  const push = (token: Token): void => {
    tokens.push(token);
    attached = token.kind === 'field' || token.kind === 'minus';
  };
  let i = 0;
  while (i < n) {
    const ch = input[i] as string;
    if (isSeparator(ch)) {
      i += 1;
      continue;
    }
    if (ch === '(' || ch === ')') {
      push({ kind: ch === '(' ? 'open' : 'close' });
      i += 1;
      continue;
    }
    if (isQuote(ch)) {
      let end = i + 1;
      while (end < n && !isQuote(input[end] as string)) end += 1;
      const text = clean(input.slice(i + 1, end));
      if (end === n && searchable(text)) notes.add(NOTICES.unclosedQuote);
      i = Math.min(end + 1, n);
      let prefix = false;
      while (input[i] === '*') {
        prefix = true;
        i += 1;
      }
      push({ kind: 'term', text, prefix });
      continue;
    }
    const next = input[i + 1];
    if (ch === '-' && next !== undefined && !isSeparator(next) && next !== ')' && next !== '-') {
      push({ kind: 'minus' });
      i += 1;
      continue;
    }
    FIELD.lastIndex = i;
    const field = FIELD.exec(input);
    if (field) {
      const typed = field[0];
      const after = input[i + typed.length];
      if (after !== undefined && !isSeparator(after) && after !== ')') {
        push({ kind: 'field', column: COLUMNS[(field[1] as string).toLowerCase()] as Column, typed });
        i += typed.length;
        continue;
      }
      notes.add(NOTICES.fieldAsWord(typed));
    }
    let end = i;
    while (end < n) {
      const c = input[end] as string;
      if (isSeparator(c) || isQuote(c) || c === '(' || c === ')') break;
      end += 1;
    }
    let textEnd = end;
    while (textEnd > i && input[textEnd - 1] === '*') textEnd -= 1;
    const text = input.slice(i, textEnd);
    const prefix = textEnd < end;
    i = end;
    if (!attached && !prefix && (text === 'AND' || text === 'OR' || text === 'NOT')) push({ kind: 'op', op: text });
    else push({ kind: 'term', text, prefix });
  }
  return tokens;
}

function clean(text: string): string {
  return text.replace(SEPARATORS, ' ').trim();
}

/**
 * Pairs the brackets before parsing, so the parser only ever sees balanced
 * ones: an unmatched ")" is dropped, unclosed "(" are closed at the end, and
 * pairs deeper than MAX_DEPTH are dropped (their contents join the group
 * around them).
 */
function balance(tokens: Token[], notes: Notes): Token[] {
  const out: Token[] = [];
  const partner = new Map<number, number>();
  const open: number[] = [];
  for (const token of tokens) {
    if (token.kind === 'close') {
      const at = open.pop();
      if (at === undefined) {
        notes.add(NOTICES.unmatchedClose);
        continue;
      }
      partner.set(at, out.length);
    } else if (token.kind === 'open') {
      open.push(out.length);
    }
    out.push(token);
  }
  if (open.length > 0) notes.add(NOTICES.unclosedOpen);
  for (let at = open.pop(); at !== undefined; at = open.pop()) {
    partner.set(at, out.length);
    out.push({ kind: 'close' });
  }
  const dropped = new Set<number>();
  let depth = 0;
  out.forEach((token, at) => {
    if (dropped.has(at)) return;
    if (token.kind === 'close') depth -= 1;
    if (token.kind !== 'open') return;
    if (depth < MAX_DEPTH) {
      depth += 1;
      return;
    }
    notes.add(NOTICES.tooDeep);
    dropped.add(at);
    dropped.add(partner.get(at) as number);
  });
  return dropped.size === 0 ? out : out.filter((_, at) => !dropped.has(at));
}

// ── Parsing ─────────────────────────────────────────────────────────────────

/**
 * Recursive descent, precedence as FTS5's: NOT (and "-") binds tightest,
 * then AND (written or implied), then OR. `a NOT b` is read as `a AND (NOT b)`,
 * which is what FTS5's binary NOT means. Brackets are balanced and at most
 * MAX_DEPTH deep, so recursion is bounded except through chains of NOT or
 * fields, which are a few hundred frames at most in 1,000 characters.
 */
class Parser {
  private at = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly notes: Notes,
  ) {}

  parseQuery(): Meaning | null {
    const parts: Array<Meaning | null> = [];
    // Balanced brackets leave nothing after the first parseOr; the loop only guarantees progress.
    while (this.at < this.tokens.length) {
      parts.push(this.parseOr());
      if (this.peek()?.kind === 'close') this.at += 1;
    }
    return all(parts);
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private isOp(op: 'AND' | 'OR'): boolean {
    const token = this.peek();
    return token?.kind === 'op' && token.op === op;
  }

  private parseOr(): Meaning | null {
    const parts = [this.parseAnd()];
    while (this.isOp('OR')) {
      this.at += 1;
      parts.push(this.parseAnd());
    }
    if (parts.some((part, k) => k > 0 && (part === null || parts[k - 1] === null))) this.notes.add(NOTICES.or);
    return any(parts);
  }

  /** Words side by side, or joined by AND; an AND needs something searchable in the run of words on each side. */
  private parseAnd(): Meaning | null {
    const items: Array<Meaning | null> = [];
    const runs: boolean[] = [false];
    for (let token = this.peek(); token && token.kind !== 'close' && !this.isOp('OR'); token = this.peek()) {
      if (this.isOp('AND')) {
        this.at += 1;
        runs.push(false);
        continue;
      }
      const item = this.parseUnary();
      items.push(item);
      if (item) runs[runs.length - 1] = true;
    }
    if (runs.some((filled, k) => k > 0 && !(filled && runs[k - 1]))) this.notes.add(NOTICES.and);
    return all(items);
  }

  private parseUnary(): Meaning | null {
    const token = this.peek();
    if (!token || token.kind === 'close' || (token.kind === 'op' && token.op !== 'NOT')) return null;
    this.at += 1;
    switch (token.kind) {
      case 'term':
        return leaf(token.text, token.prefix);
      case 'open': {
        const inner = this.parseOr();
        if (this.peek()?.kind === 'close') this.at += 1;
        return inner;
      }
      case 'minus':
        // "-" before punctuation ("-*") is punctuation too: nothing to say.
        return negate(this.parseUnary());
      case 'op': {
        const operand = this.parseUnary();
        if (!operand) this.notes.add(NOTICES.not);
        return negate(operand);
      }
      case 'field': {
        const operand = this.parseUnary();
        if (!operand) this.notes.add(NOTICES.emptyField(token.typed));
        return operand && { ...operand, fts: inColumn(token.column, operand.fts) };
      }
    }
  }
}

function leaf(text: string, prefix: boolean): Meaning | null {
  if (TOKEN_CHAR.test(text)) return { sign: '+', fts: { t: 'phrase', text, prefix }, weak: false };
  if (SYMBOL_CHAR.test(text)) return { sign: '+', fts: { t: 'phrase', text, prefix }, weak: true };
  return null;
}

function negate(meaning: Meaning | null): Meaning | null {
  return meaning && { ...meaning, sign: meaning.sign === '+' ? '-' : '+' };
}

/** FTS5 intersects nested column filters; so do we, so a chain of them stays one level deep. */
function inColumn(column: Column, fts: Fts): Fts {
  if (fts.t === 'col') return { t: 'col', column: fts.column === column ? column : null, item: fts.item };
  return { t: 'col', column, item: fts };
}

function join(t: 'and' | 'or', items: Fts[]): Fts {
  const flat = items.flatMap((item) => (item.t === t ? item.items : [item]));
  return flat.length === 1 ? (flat[0] as Fts) : { t, items: flat };
}

/** Stories matching every part: the positive parts, less the union of the negative ones. */
function all(parts: Array<Meaning | null>): Meaning | null {
  const positive = parts.filter((p): p is Meaning => p?.sign === '+');
  const negative = parts.filter((p): p is Meaning => p?.sign === '-').map((p) => p.fts);
  const strong = positive.filter((p) => !p.weak);
  const kept = strong.length > 0 ? strong : positive;
  if (kept.length > 0) {
    const fts = join('and', kept.map((p) => p.fts));
    return { sign: '+', fts: negative.length > 0 ? { t: 'not', keep: fts, drop: join('or', negative) } : fts, weak: strong.length === 0 };
  }
  return negative.length > 0 ? { sign: '-', fts: join('or', negative), weak: false } : null;
}

/** Stories matching any part. With negative parts, by De Morgan: P ∨ ¬N₁ ∨ ¬N₂ = ¬((N₁ ∧ N₂) ∧ ¬P). */
function any(parts: Array<Meaning | null>): Meaning | null {
  const positive = parts.filter((p): p is Meaning => p?.sign === '+');
  const negative = parts.filter((p): p is Meaning => p?.sign === '-').map((p) => p.fts);
  if (negative.length === 0) {
    if (positive.length === 0) return null;
    return { sign: '+', fts: join('or', positive.map((p) => p.fts)), weak: positive.every((p) => p.weak) };
  }
  const both = join('and', negative);
  const fts: Fts = positive.length > 0 ? { t: 'not', keep: both, drop: join('or', positive.map((p) => p.fts)) } : both;
  return { sign: '-', fts, weak: false };
}

// ── Rendering ───────────────────────────────────────────────────────────────

function render(fts: Fts): string {
  switch (fts.t) {
    case 'phrase':
      return `"${fts.text.replaceAll('"', '""')}"${fts.prefix ? '*' : ''}`;
    case 'and':
      return fts.items.map(operand).join(' AND ');
    case 'or':
      return fts.items.map(operand).join(' OR ');
    case 'not':
      return `${operand(fts.keep)} NOT ${operand(fts.drop)}`;
    case 'col': {
      const item = fts.item.t === 'phrase' ? render(fts.item) : `(${render(fts.item)})`;
      // Contradictory filters (headline:(body:x)) match nothing; FTS5 says so itself when nested.
      return fts.column ? `{${fts.column}} : ${item}` : `{headline} : ({body} : ${item})`;
    }
  }
}

/** Every compound operand gets brackets, so the meaning never rests on FTS5's precedence. */
function operand(fts: Fts): string {
  return fts.t === 'phrase' || fts.t === 'col' ? render(fts) : `(${render(fts)})`;
}
