import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { WireStory } from '../../../../shared/model/story.ts';
import { toNinjs } from '../../../../shared/wire/to-ninjs.ts';
import type { ParseResult, WireErrorCode } from '../../../../shared/wire/types.ts';
import { repoRoot, samplesDir } from '../../../support/paths.ts';
import { ninjsErrors } from '../ninjs-schema.ts';
import { decodedText } from '../fixtures.ts';

export { onlyStory, storiesOf } from '../fixtures.ts';

export const wireSamples = path.join(samplesDir, 'wire');
export const xmlFixtures = path.join(repoRoot, 'tests/fixtures/wire/xml');

export const ERROR_CODES: ReadonlySet<WireErrorCode> = new Set(['empty', 'binary', 'too-large', 'encoding', 'malformed', 'unsupported-format', 'no-story']);

/** A file's text as the ingest pipeline decodes it. */
export function decodeFile(file: string): string {
  return decodedText(readFileSync(file));
}

export function sample(relative: string): string {
  return decodeFile(path.join(wireSamples, relative));
}

export function fixture(name: string): string {
  return decodeFile(path.join(xmlFixtures, name));
}

/** Every file in a samples folder, by name. */
export function sampleFiles(folder: string): string[] {
  return readdirSync(path.join(wireSamples, folder)).sort();
}



export function errorOf(result: ParseResult) {
  if (result.ok) throw new Error(`expected a typed error, got ${result.stories.length} stor(y/ies)`);
  return result.error;
}

/** The story fits Copydesk's model and its ninjs validates against ninjs 3.1. */
export function expectValid(story: WireStory): void {
  const checked = WireStory.safeParse(story);
  expect(checked.success, checked.error?.message).toBe(true);
  expect(ninjsErrors(toNinjs(story, { fallbackUri: 'urn:copydesk:test' }))).toBe('');
}
