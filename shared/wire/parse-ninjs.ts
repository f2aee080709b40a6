import type { WireStory } from '../model/story.ts';
import { fieldsOf, isObject, type JsonObject } from './ninjs-fields.ts';
import { readNinjsItem } from './ninjs-item.ts';
import type { ParseResult, WireError } from './types.ts';

/** A feed file holds hundreds of items, never this many; the rest are reported, not read. */
const MAX_ITEMS = 5000;
/** How many non-story items an error message names before it summarises. */
const NAMED_IN_MESSAGE = 3;

/** Fields that only a ninjs item (any version) has; plain JSON data has none of them. */
const NINJS_KEYS = ['uri', 'guid', 'headline', 'headlines', 'bodies', 'body_text', 'body_html', 'versioncreated', 'pubstatus', 'renditions', 'eventdetails'];

function looksLikeNinjsItem(value: JsonObject): boolean {
  const f = fieldsOf(value);
  return NINJS_KEYS.some((k) => f.has(k));
}

/** Where JSON.parse gave up, as line and column an editor can find in a text editor. */
function malformed(text: string, error: unknown): WireError {
  const why = error instanceof Error ? error.message : String(error);
  if (/unexpected end of json input/i.test(why)) {
    return { code: 'malformed', message: 'the JSON ends before it is complete (the file looks truncated)' };
  }
  const at = /at position (\d+)/.exec(why);
  const reason = why.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  if (!at) return { code: 'malformed', message: `the JSON is malformed (${reason})` };
  const position = Math.min(Number(at[1]), text.length);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return { code: 'malformed', message: `the JSON is malformed at line ${line}, column ${column} (${reason})` };
}

/** The items a ninjs file holds: one object, an array of them, or a wrapper with "items" (AP's feed wraps each in "item"). */
function itemsOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return undefined;
  if (looksLikeNinjsItem(value)) return [value];
  const f = fieldsOf(value);
  const data = f.object('data');
  const list = f.get('items') ?? (data ? fieldsOf(data).get('items') : undefined);
  return Array.isArray(list) ? list : undefined;
}

function unwrap(entry: unknown): JsonObject | undefined {
  if (!isObject(entry)) return undefined;
  const inner = fieldsOf(entry).object('item');
  return inner && !looksLikeNinjsItem(entry) ? inner : entry;
}

function whatJsonHolds(value: unknown): string {
  if (Array.isArray(value)) return 'an array with nothing ninjs in it';
  if (isObject(value)) {
    const keys = Object.keys(value).slice(0, 6);
    return keys.length === 0 ? 'an empty object' : `an object with ${keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return value === null ? 'null' : `a ${typeof value}`;
}

/**
 * ninjs JSON (1.x, 2.x or 3.x; one item, an array, or an object with "items")
 * → its stories. Items that are not copy (pictures, audio, video, events) are
 * named in `notes`; a file with no story at all is a 'no-story' error saying
 * what it holds. Never throws.
 */
export function parseNinjs(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: malformed(text, error) };
  }
  const entries = itemsOf(value);
  if (!entries || entries.length === 0) {
    return { ok: false, error: { code: 'unsupported-format', message: `the file is JSON but not ninjs: it holds ${whatJsonHolds(value)}` } };
  }

  const stories: WireStory[] = [];
  const notes: string[] = [];
  entries.slice(0, MAX_ITEMS).forEach((entry, i) => {
    const object = unwrap(entry);
    if (!object || !looksLikeNinjsItem(object)) {
      notes.push(`item ${i + 1} is not a ninjs object (${whatJsonHolds(entry)}), not a story`);
      return;
    }
    const result = readNinjsItem(object);
    if ('story' in result) stories.push(result.story);
    else notes.push(result.note);
  });
  if (entries.length > MAX_ITEMS) notes.push(`${entries.length - MAX_ITEMS} more items after the first ${MAX_ITEMS} were not read`);

  if (stories.length === 0) {
    const named = notes.slice(0, NAMED_IN_MESSAGE).map((n) => n.replace(/, not a story$/, ''));
    const more = notes.length > NAMED_IN_MESSAGE ? `; and ${notes.length - NAMED_IN_MESSAGE} more` : '';
    return { ok: false, error: { code: 'no-story', message: `the file holds no story, only ${named.join('; ')}${more}` } };
  }
  return notes.length > 0 ? { ok: true, format: 'ninjs', stories, notes } : { ok: true, format: 'ninjs', stories };
}
