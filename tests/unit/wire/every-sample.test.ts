import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWire } from '../../../shared/wire/parse.ts';
import { toNinjs } from '../../../shared/wire/to-ninjs.ts';
import { samplesDir } from '../../support/paths.ts';
import { ninjsErrors } from './ninjs-schema.ts';

/**
 * Every real file in the team's samples, whatever its format, through the one
 * entry point ingest uses: stories whose ninjs is valid 3.1, or a typed error
 * that says what the file is. The per-format suites pin the values.
 */
const wireDir = path.join(samplesDir, 'wire');
const files = readdirSync(wireDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(path.join(wireDir, d.name)).map((f) => path.join(d.name, f)));

describe('every sample file', () => {
  it('is there to read', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it.each(files)('%s gives valid ninjs 3.1 stories or a typed error', (file) => {
    const result = parseWire(readFileSync(path.join(wireDir, file)));
    if (!result.ok) {
      expect(['no-story', 'malformed', 'unsupported-format']).toContain(result.error.code);
      expect(result.error.message.length).toBeGreaterThan(10);
      return;
    }
    expect(result.stories.length).toBeGreaterThan(0);
    result.stories.forEach((story, i) => {
      expect(story.headline.trim()).not.toBe('');
      expect(ninjsErrors(toNinjs(story, { fallbackUri: `urn:copydesk:test:${i}` }))).toBe('');
    });
  });

  it('reads a story from every text format the agencies send', () => {
    const readable = files.filter((file) => parseWire(readFileSync(path.join(wireDir, file))).ok);
    const folders = new Set(readable.map((file) => file.split(path.sep)[0]));
    expect([...folders].sort()).toEqual(['anpa1312', 'email', 'iptc7901', 'newsml-g2', 'newsml12', 'ninjs', 'nitf', 'text']);
  });
});
