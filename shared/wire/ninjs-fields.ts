import { oneLine } from './one-line.ts';

/**
 * Field access across ninjs versions: 1.x and 2.x write lowercase names
 * ("versioncreated", "pubstatus"), 3.x camelCase ("versionCreated"), and feeds
 * mix them. Names are looked up case-insensitively; values are type-checked
 * here so the mapping code never trusts the shape of hostile JSON.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export class Fields {
  private readonly byName = new Map<string, unknown>();

  constructor(object: JsonObject) {
    for (const [key, value] of Object.entries(object)) {
      const name = key.toLowerCase();
      if (!this.byName.has(name)) this.byName.set(name, value);
    }
  }

  has(name: string): boolean {
    const value = this.byName.get(name.toLowerCase());
    return value !== undefined && value !== null;
  }

  /** The first of the names that is present (not null). */
  get(...names: string[]): unknown {
    for (const name of names) {
      const value = this.byName.get(name.toLowerCase());
      if (value !== undefined && value !== null) return value;
    }
    return undefined;
  }

  /** A non-empty string (numbers are accepted and written as strings), on one line. */
  text(...names: string[]): string | undefined {
    for (const name of names) {
      const value = this.byName.get(name.toLowerCase());
      const text = typeof value === 'string' ? oneLine(value) : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
      if (text !== '') return text;
    }
    return undefined;
  }

  /** A non-empty string kept with its line breaks (bodies, descriptions). */
  longText(...names: string[]): string | undefined {
    for (const name of names) {
      const value = this.byName.get(name.toLowerCase());
      if (typeof value === 'string' && value.trim() !== '') return value;
    }
    return undefined;
  }

  /** The objects of an array field; anything else in the array is ignored. */
  objects(...names: string[]): JsonObject[] {
    const value = this.get(...names);
    return Array.isArray(value) ? value.filter(isObject) : [];
  }

  object(...names: string[]): JsonObject | undefined {
    const value = this.get(...names);
    return isObject(value) ? value : undefined;
  }

  /** Every field name that starts with the prefix, lowercased: ninjs 1.x's body_text, body_html… */
  namesStartingWith(prefix: string): string[] {
    return [...this.byName.keys()].filter((k) => k.startsWith(prefix));
  }
}

/** A ninjs sub-object ({ role, contentType, value }, a subject, an infoSource) read through {@link Fields}. */
export function fieldsOf(object: JsonObject): Fields {
  return new Fields(object);
}

/** An integer written as a number or a string of digits, or undefined. */
export function integerOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value)) return Number(value);
  return undefined;
}
