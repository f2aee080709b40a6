import { describe, expect, it } from 'vitest';
import type { WireStory } from '../../../shared/model/story.ts';
import { toNinjs, toRfc3339 } from '../../../shared/wire/to-ninjs.ts';
import { ninjsErrors } from './ninjs-schema.ts';

const minimal: WireStory = {
  format: 'text',
  headline: 'Port strike ends',
  headlineDerived: false,
  body: ['Dock workers <b>ended</b> a strike & went home.', 'Ships began to "unload".'],
  pubStatus: 'usable',
  removed: [],
  warnings: [],
};

describe('ninjs 3.1 output', () => {
  it('the schema check is live: it rejects what ninjs does not allow', () => {
    expect(ninjsErrors({ uri: 'urn:x', headline: 'not a ninjs field' })).not.toBe('');
    expect(ninjsErrors({ uri: 'urn:x', version: 2 })).not.toBe('');
  });

  it('omits what the story does not have', () => {
    const ninjs = toNinjs(minimal, { fallbackUri: 'urn:copydesk:test:1' });
    expect(ninjsErrors(ninjs)).toBe('');
    for (const key of ['located', 'by', 'slugline', 'language', 'copyrightNotice', 'usageTerms', 'infoSources', 'urgency', 'embargoedUntil', 'edNote', 'version', 'firstCreated', 'versionCreated']) {
      expect(ninjs).not.toHaveProperty(key);
    }
  });

  it('writes a plain-text body and an escaped HTML body', () => {
    const bodies = toNinjs(minimal, { fallbackUri: 'urn:copydesk:test:1' }).bodies as Array<Record<string, unknown>>;
    expect(bodies).toContainEqual(expect.objectContaining({ contentType: 'text/plain', value: 'Dock workers <b>ended</b> a strike & went home.\n\nShips began to "unload".' }));
    expect(bodies).toContainEqual(
      expect.objectContaining({ contentType: 'text/html', value: '<p>Dock workers &lt;b&gt;ended&lt;/b&gt; a strike &amp; went home.</p><p>Ships began to &quot;unload&quot;.</p>' }),
    );
  });

  it('carries every field the story has, in the shapes the schema wants', () => {
    const full: WireStory = {
      ...minimal,
      uri: 'urn:newsml:example.com:20211103:port-strike',
      version: 2,
      slugline: 'Netherlands-port/strike',
      byline: 'Jane Roe',
      dateline: { text: 'ROTTERDAM, Nov 3 (Reuters) -', place: 'Rotterdam', agency: 'Reuters', date: '2021-11-03' },
      language: 'en',
      provider: 'Reuters',
      distributor: 'Acquire Media (NewsEdge)',
      copyright: '(c) Copyright Thomson Reuters 2021.',
      usageTerms: 'Not for redistribution.',
      urgency: 3,
      embargoedUntil: '2021-11-03T12:00:00+0100',
      firstCreated: '20211103T083000Z',
      versionCreated: '2021-11-03T09:15:00',
      edNote: 'Corrects spelling of port name.',
    };
    const ninjs = toNinjs(full, { fallbackUri: 'urn:copydesk:test:unused' });
    expect(ninjsErrors(ninjs)).toBe('');
    expect(ninjs).toMatchObject({
      uri: 'urn:newsml:example.com:20211103:port-strike',
      version: '2',
      slugline: 'Netherlands-port/strike',
      by: 'Jane Roe',
      located: 'Rotterdam',
      language: 'en',
      copyrightNotice: '(c) Copyright Thomson Reuters 2021.',
      usageTerms: 'Not for redistribution.',
      urgency: 3,
      embargoedUntil: '2021-11-03T12:00:00+01:00',
      firstCreated: '2021-11-03T08:30:00Z',
      versionCreated: '2021-11-03T09:15:00Z',
      edNote: 'Corrects spelling of port name.',
      infoSources: [
        { name: 'Reuters', role: 'originator' },
        { name: 'Acquire Media (NewsEdge)', role: 'distributor' },
      ],
    });
  });

  it('falls back to the given URI when the story has none or an unusable one', () => {
    expect(toNinjs({ ...minimal, uri: 'not a uri' }, { fallbackUri: 'urn:copydesk:x' }).uri).toBe('urn:copydesk:x');
  });
});

describe('timestamps as RFC 3339', () => {
  it.each([
    ['2021-11-03T12:00:00Z', '2021-11-03T12:00:00Z'],
    ['2021-11-03T12:00:00+0100', '2021-11-03T12:00:00+01:00'],
    ['20211103T120000Z', '2021-11-03T12:00:00Z'],
    ['2021-11-03T12:00', '2021-11-03T12:00:00Z'],
    ['2021-11-03', undefined],
    ['3 Nov 2021', undefined],
    ['2021-13-03T12:00:00Z', undefined],
    ['2021-02-30T12:00:00Z', undefined],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00Z'],
  ])('%s → %s', (input, output) => {
    expect(toRfc3339(input)).toBe(output);
  });
});
