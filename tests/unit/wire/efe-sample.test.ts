import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WireStory } from '../../../shared/model/story.ts';
import { parseWire } from '../../../shared/wire/parse.ts';
import { toNinjs } from '../../../shared/wire/to-ninjs.ts';
import { efeSample } from '../../support/paths.ts';
import { ninjsErrors } from './ninjs-schema.ts';

function parseSample() {
  const result = parseWire(readFileSync(efeSample));
  if (!result.ok) throw new Error(`sample rejected: ${result.error.message}`);
  expect(result.stories).toHaveLength(1);
  return { result, story: result.stories[0] as WireStory };
}

describe('the EFE story syndicated through Acquire Media NewsEdge', () => {
  it('is read as agency plain text with a well-formed story', () => {
    const { result, story } = parseSample();
    expect(result.format).toBe('text');
    expect(story.format).toBe('text');
    expect(WireStory.safeParse(story).success).toBe(true);
    expect(story.pubStatus).toBe('usable');
  });

  it('takes place and agency from the "Moscow (EFE).-" dateline', () => {
    const { story } = parseSample();
    expect(story.dateline).toEqual({ text: 'Moscow (EFE).-', place: 'Moscow', agency: 'EFE' });
    // No day in the dateline: no date is guessed.
    expect(story.dateline?.date).toBeUndefined();
    expect(story.provider).toBe('EFE');
  });

  it('names the distributor and keeps the syndication statement beside the story', () => {
    const { story } = parseSample();
    expect(story.distributor).toBe('Acquire Media (NewsEdge)');
    expect(story.removed).toContainEqual({
      kind: 'syndication',
      text: 'This content is published through a licensing agreement with Acquire Media using its NewsEdge technology.',
    });
  });

  it('keeps the copyright line exactly as printed', () => {
    const { story } = parseSample();
    expect(story.copyright).toBe('© 2021 EFE News Services (U.S.) Inc.');
  });

  it('has 21 body paragraphs, none of them debris, boilerplate or the sign-off', () => {
    const { story } = parseSample();
    expect(story.body).toHaveLength(21);
    expect(story.body[0]).toMatch(/^Moscow \(EFE\)\.- Russian President Vladimir Putin warned Friday/);
    expect(story.body[20]).toMatch(/economic aid to the Afghan people\.$/);
    const all = story.body.join('\n');
    for (const debris of ['Rating:', 'votes', 'Please wait', '—-', 'NewsEdge', '© 2021']) expect(all).not.toContain(debris);
  });

  it('moves the " EFE" sign-off, the separator, the rating and "Please wait..." under removed, in file order', () => {
    const { story } = parseSample();
    expect(story.signoff).toBe('EFE');
    expect(story.removed).toEqual([
      { kind: 'signoff', text: 'EFE' },
      { kind: 'separator', text: '—-' },
      {
        kind: 'syndication',
        text: 'This content is published through a licensing agreement with Acquire Media using its NewsEdge technology.',
      },
      { kind: 'rating', text: 'Rating: 4.0/5. From 8 votes.' },
      { kind: 'page-debris', text: 'Please wait...' },
    ]);
  });

  it('derives a headline from the lead without the dateline and says so', () => {
    const { story } = parseSample();
    expect(story.headlineDerived).toBe(true);
    expect(story.headline).toBe('Russian President Vladimir Putin warned Friday of the buildup of extremist and terrorist groups');
    expect(story.headline.length).toBeLessThanOrEqual(100);
    expect(story.warnings.some((w) => /derived/.test(w))).toBe(true);
  });

  it('detects English', () => {
    expect(parseSample().story.language).toBe('en');
  });

  it('becomes ninjs 3.1 that the official schema accepts', () => {
    const { story } = parseSample();
    const ninjs = toNinjs(story, { fallbackUri: 'urn:copydesk:test:efe-sample' });
    expect(ninjsErrors(ninjs)).toBe('');
    expect(ninjs).toMatchObject({
      uri: 'urn:copydesk:test:efe-sample',
      type: 'text',
      pubStatus: 'usable',
      language: 'en',
      located: 'Moscow',
      copyrightNotice: '© 2021 EFE News Services (U.S.) Inc.',
      headlines: [{ role: 'main', value: story.headline }],
      infoSources: [
        { name: 'EFE', role: 'originator' },
        { name: 'Acquire Media (NewsEdge)', role: 'distributor' },
      ],
    });
    const bodies = ninjs.bodies as Array<{ contentType: string; value: string }>;
    const plain = bodies.find((b) => b.contentType === 'text/plain')?.value ?? '';
    const html = bodies.find((b) => b.contentType === 'text/html')?.value ?? '';
    expect(plain.split('\n\n')).toEqual(story.body);
    expect(html.match(/<p>/g)).toHaveLength(21);
    expect(html).not.toContain('Please wait');
  });
});
