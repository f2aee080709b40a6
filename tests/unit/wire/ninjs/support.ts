import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { WireStory } from '../../../../shared/model/story.ts';
import { toNinjs } from '../../../../shared/wire/to-ninjs.ts';
import type { ParseResult, WireErrorCode } from '../../../../shared/wire/types.ts';
import { repoRoot, samplesDir } from '../../../support/paths.ts';
import { ninjsErrors } from '../ninjs-schema.ts';
import { decodedText } from '../fixtures.ts';

export { decodedText, onlyStory, storiesOf } from '../fixtures.ts';

export const ninjsSamples = path.join(samplesDir, 'wire/ninjs');
export const emailSamples = path.join(samplesDir, 'wire/email');
export const ninjsFixtures = path.join(repoRoot, 'tests/fixtures/wire/ninjs');
export const emailFixtures = path.join(repoRoot, 'tests/fixtures/wire/email');

export const ERROR_CODES: ReadonlySet<WireErrorCode> = new Set(['empty', 'binary', 'too-large', 'encoding', 'malformed', 'unsupported-format', 'no-story']);


export function readText(file: string): string {
  return decodedText(readFileSync(file));
}



/** What every story must be: the model's shape, text to read, and ninjs 3.1 when written out. */
export function expectSound(story: WireStory): void {
  const checked = WireStory.safeParse(story);
  expect(checked.success, checked.error?.message).toBe(true);
  expect(story.headline.trim()).not.toBe('');
  expect(story.body.length).toBeGreaterThan(0);
  expect(story.body.filter((paragraph) => paragraph.trim() === '')).toEqual([]);
  expect(ninjsErrors(toNinjs(story, { fallbackUri: 'urn:copydesk:test' }))).toBe('');
}

/** Whatever the input, the answer is sound stories or a typed error with a message; never the last-resort catch. */
export function expectAnswer(result: ParseResult): void {
  if (!result.ok) {
    expect(ERROR_CODES.has(result.error.code)).toBe(true);
    expect(result.error.message.length).toBeGreaterThan(0);
    return;
  }
  expect(result.stories.length).toBeGreaterThan(0);
  for (const story of result.stories) expectSound(story);
}
