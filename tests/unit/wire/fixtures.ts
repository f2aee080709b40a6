import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { WireStory } from '../../../shared/model/story.ts';
import { decodeText } from '../../../shared/wire/decode-text.ts';
import { parseWire } from '../../../shared/wire/parse.ts';
import type { ParseResult } from '../../../shared/wire/types.ts';
import { repoRoot } from '../../support/paths.ts';

export const wireFixtures = path.join(repoRoot, 'tests/fixtures/wire');

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(path.join(wireFixtures, name));
}

export function parseFixture(name: string): ParseResult {
  return parseWire(fixtureBytes(name));
}

/** The one story a plain-text fixture holds; fails the test with the parser's reason otherwise. */
export function storyOf(name: string): WireStory {
  const result = parseFixture(name);
  if (!result.ok) throw new Error(`${name} rejected: ${result.error.code}: ${result.error.message}`);
  expect(result.format).toBe('text');
  expect(result.stories).toHaveLength(1);
  return result.stories[0] as WireStory;
}

/** A file's bytes as parseWire hands them to a format parser: decoded (BOM off, LF line ends). */
export function decodedText(bytes: Uint8Array): string {
  const decoding = decodeText(bytes);
  if (!decoding.ok) throw new Error(`could not decode: ${decoding.message}`);
  return decoding.decoded.text;
}

/** The stories of a result that must be ok; fails the test with the parser's reason otherwise. */
export function storiesOf(result: ParseResult): WireStory[] {
  if (!result.ok) throw new Error(`rejected: ${result.error.code}: ${result.error.message}`);
  return result.stories;
}

/** The one story of a result that must hold exactly one. */
export function onlyStory(result: ParseResult): WireStory {
  const stories = storiesOf(result);
  expect(stories).toHaveLength(1);
  return stories[0] as WireStory;
}
