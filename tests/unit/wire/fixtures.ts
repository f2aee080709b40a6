import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { WireStory } from '../../../shared/model/story.ts';
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
