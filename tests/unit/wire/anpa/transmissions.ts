import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { WireStory } from '../../../../shared/model/story.ts';
import { decodeText } from '../../../../shared/wire/decode-text.ts';
import { detectFormat } from '../../../../shared/wire/detect-format.ts';
import { parseAnpa } from '../../../../shared/wire/parse-anpa.ts';
import { sniffBytes, sniffText } from '../../../../shared/wire/sniff.ts';
import { toNinjs } from '../../../../shared/wire/to-ninjs.ts';
import type { ParseResult } from '../../../../shared/wire/types.ts';
import { repoRoot, samplesDir } from '../../../support/paths.ts';
import { ninjsErrors } from '../ninjs-schema.ts';

export const anpaFixtures = path.join(repoRoot, 'tests/fixtures/wire/anpa');

/**
 * What parseWire does for a transmission, up to its parser table: sniff, decode,
 * detect (which must say 7901/ANPA), then parseAnpa.
 */
export function readTransmission(bytes: Uint8Array): ParseResult {
  const rejected = sniffBytes(bytes);
  if (rejected) return { ok: false, error: rejected };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: { code: 'encoding', message: decoded.message } };
  const junk = sniffText(decoded.decoded.text);
  if (junk) return { ok: false, error: junk };
  expect(detectFormat(decoded.decoded.text)).toBe('iptc7901');
  return parseAnpa(decoded.decoded.text);
}

/** Every story is a valid WireStory with ninjs valid against ninjs 3.1. */
export function expectWellFormed(story: WireStory): void {
  const checked = WireStory.safeParse(story);
  expect(checked.success, checked.error?.message).toBe(true);
  expect(story.body.length).toBeGreaterThan(0);
  expect(ninjsErrors(toNinjs(story, { fallbackUri: 'urn:copydesk:test:anpa' }))).toBe('');
}

export function storiesOf(result: ParseResult): WireStory[] {
  if (!result.ok) throw new Error(`rejected: ${result.error.code}: ${result.error.message}`);
  expect(result.format).toBe('iptc7901');
  result.stories.forEach(expectWellFormed);
  return result.stories;
}

function onlyStory(result: ParseResult): WireStory {
  const stories = storiesOf(result);
  expect(stories).toHaveLength(1);
  return stories[0] as WireStory;
}

export function fixtureStory(name: string): WireStory {
  return onlyStory(readTransmission(readFileSync(path.join(anpaFixtures, name))));
}

export function sampleStory(relative: string): WireStory {
  return onlyStory(readTransmission(readFileSync(path.join(samplesDir, 'wire', relative))));
}

/** Text (control characters written as \u escapes) → the bytes a feed would deliver. */
export function bytes(text: string, encoding: 'utf8' | 'latin1' = 'utf8'): Uint8Array {
  return new Uint8Array(Buffer.from(text, encoding));
}

export const SYN = '\u0016';
export const SOH = '\u0001';
export const STX = '\u0002';
export const ETX = '\u0003';
export const EOT = '\u0004';
export const US = '\u001f';
export const DC1 = '\u0011';
export const DC3 = '\u0013';

/** A minimal AP transmission around the given copy lines (CRLF, as AP sends). */
export function apTransmission(opts: { priority?: string; keyword: string; version?: string; copy: string[]; trailer?: string; filed?: string }): string {
  const line2 = `${opts.priority ?? 'r'} a${DC3}${DC1} ${opts.keyword} ${opts.version ?? ''}   ${opts.filed ?? '10-12'} 0300`;
  const copy = opts.copy.map((l) => `${l}\r\n`).join('');
  return `${SYN}${SYN}${SOH}a0100${US}-----\n${line2}\r\n${STX}${copy}\r\n\t   ${ETX}${opts.trailer ?? 'AP-NY-10-12-13 1900EDT'}<\r\n\r\n\f\r\n${EOT}`;
}
