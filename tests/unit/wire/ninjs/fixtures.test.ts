import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WireStory } from '../../../../shared/model/story.ts';
import { parseNinjs } from '../../../../shared/wire/parse-ninjs.ts';
import { toNinjs } from '../../../../shared/wire/to-ninjs.ts';
import { expectSound, ninjsFixtures, onlyStory, readText, storiesOf } from './support.ts';

describe('AP-style ninjs 2.x text item with hostile HTML (ap-2x-senate-html.json)', () => {
  const story = onlyStory(parseNinjs(readText(path.join(ninjsFixtures, 'ap-2x-senate-html.json'))));

  it('is a sound story, valid ninjs 3.1 when written out', () => {
    expectSound(story);
  });

  it('reads the 2.x lowercase fields', () => {
    expect(story.headline).toBe('Senate passes stopgap bill hours before shutdown deadline');
    expect(story.slugline).toBe('BC-US--Congress-Shutdown');
    expect(story.byline).toBe('JANE ROE and DAVID PARK');
    expect(story.uri).toBe('urn:publicid:ap.org:4f6c2e8a9b1d4e3f8a7b6c5d4e3f2a1b');
    expect(story.version).toBe(3);
    expect(story.firstCreated).toBe('2021-11-03T18:02:11Z');
    expect(story.versionCreated).toBe('2021-11-03T21:47:30Z');
    expect(story.urgency).toBe(2);
    expect(story.pubStatus).toBe('usable');
    expect(story.edNote).toBe('Eds: Updates with House vote expected Friday.');
    expect(story.subjects).toEqual(['Government and politics', 'Legislature']);
  });

  it('tells the agency from the distributor by infoSource role', () => {
    expect(story.provider).toBe('AP');
    expect(story.distributor).toBe('Acquire Media');
    const ninjs = toNinjs(story, { fallbackUri: 'urn:x' });
    expect(ninjs.infoSources).toEqual([
      { name: 'AP', role: 'originator' },
      { name: 'Acquire Media', role: 'distributor' },
    ]);
  });

  it('reads the dateline in the lead and the located field', () => {
    expect(story.dateline).toEqual({ text: 'WASHINGTON (AP) —', place: 'Washington', agency: 'AP' });
  });

  it('turns the HTML into text paragraphs: entities decoded, script, style, comment and frame gone', () => {
    expect(story.body).toEqual([
      'WASHINGTON (AP) — The Senate on Thursday passed a stopgap spending bill that would keep the government running into December, hours before a midnight shutdown deadline…',
      '“We are not going to shut down the government,” Senate Majority Leader Chuck Schumer said as the vote closed at 12:01\u00A0a.m. Friday.',
      'The measure passed 69–28 and now goes to the House, where Speaker Nancy Pelosi\'s office said a vote was expected Friday & the bill would be signed “promptly.”',
      'Federal agencies would be funded through Dec. 3 at current levels, with temperatures in the Capitol < 5 degrees after the heating was switched off.',
    ]);
    const all = story.body.join('\n');
    expect(all).not.toMatch(/evil\.example|document\.cookie|color: red|Buy now|fallback|alert|onerror/);
    expect(story.warnings).toContain('Left out of the body: a script, an embedded frame.');
  });

  it('keeps the copyright field and sets the body\'s repeat of it aside', () => {
    expect(story.copyright).toBe('Copyright 2021 The Associated Press. All rights reserved.');
    expect(story.usageTerms).toBe('This material may not be published, broadcast, rewritten or redistributed.');
    expect(story.removed).toEqual([
      { kind: 'boilerplate', text: 'Copyright 2021 The Associated Press. All rights reserved.' },
      { kind: 'boilerplate', text: 'This material may not be published, broadcast, rewritten or redistributed.' },
    ]);
  });

  it('writes the HTML body back escaped: wire markup never survives as markup', () => {
    const bodies = toNinjs(story, { fallbackUri: 'urn:x' }).bodies as Array<{ contentType: string; value: string }>;
    const html = bodies.find((b) => b.contentType === 'text/html')?.value ?? '';
    expect(html).toContain('Capitol &lt; 5 degrees');
    expect(html).not.toMatch(/<script|<iframe|<style/i);
  });
});

describe('a feed array mixing versions and item types (feed-mixed-items.json)', () => {
  const result = parseNinjs(readText(path.join(ninjsFixtures, 'feed-mixed-items.json')));
  const stories = storiesOf(result);
  const byUri = (uri: string) => stories.find((s) => s.uri === uri) as WireStory;

  it('finds the three text items and names the rest', () => {
    expect(stories.map((s) => s.uri)).toEqual([
      'urn:newsml:reuters.com:20211103:nL8N2RT3C1',
      'urn:newsml:dpa.com:20090101:211103-99-848211',
      'urn:newsml:reuters.com:20211102:nL8N2RS9KX',
    ]);
    for (const story of stories) expectSound(story);
    expect(result.ok && result.notes).toEqual([
      'a picture item (urn:newsml:reuters.com:20211103:RC2YOQ9D8XQJ) “ECB President Christine Lagarde in Frankfurt”, not a story',
      'an event item (urn:newsml:reuters.com:20211103:EVT123) “ECB news conference”, not a story',
      'item 6 is not a ninjs object (a number), not a story',
    ]);
  });

  it('Reuters 3.1, withheld under embargo: wrapped plain text joined, credit line set aside, year from firstCreated', () => {
    const story = byUri('urn:newsml:reuters.com:20211103:nL8N2RT3C1');
    expect(story.headline).toBe("ECB's Lagarde says rate hike in 2022 very unlikely");
    expect(story.pubStatus).toBe('withheld');
    expect(story.embargoedUntil).toBe('2021-11-03T12:00:00+01:00');
    expect(story.edNote).toBe('EMBARGOED until 1100 GMT. Not for publication before then.');
    expect(story.dateline).toEqual({ text: 'FRANKFURT, Nov 3 (Reuters) -', place: 'Frankfurt', agency: 'Reuters', date: '2021-11-03' });
    expect(story.provider).toBe('Reuters');
    expect(story.copyright).toBe('(c) Copyright Thomson Reuters 2021.');
    expect(story.body).toEqual([
      'FRANKFURT, Nov 3 (Reuters) - The European Central Bank is very unlikely to raise interest rates next year as inflation is set to fall back below its target, ECB President Christine Lagarde said on Wednesday.',
      "Lagarde's comments push back against market bets on a rate hike as early as next autumn.",
      '"The conditions for a rate hike are very unlikely to be satisfied in 2022," she said.',
    ]);
    expect(story.signoff).toBe('(Reporting by Francesco Canepa; Editing by Toby Chopra)');
  });

  it('dpa in 1.x style: guid, headline, byline, body_text, desk sign-off', () => {
    const story = byUri('urn:newsml:dpa.com:20090101:211103-99-848211');
    expect(story.headline).toBe('Bahn-Streik: GDL kündigt neue Warnstreiks an');
    expect(story.byline).toBe('Anna Schmidt, dpa');
    expect(story.versionCreated).toBe('2021-11-03T10:12:00+01:00');
    expect(story.dateline).toEqual({ text: 'BERLIN, 3. November (dpa) -', place: 'Berlin', agency: 'dpa', date: '2021-11-03' });
    expect(story.provider).toBe('dpa');
    expect(story.signoff).toBe('dpa ab xy');
    expect(story.body).toHaveLength(2);
    expect(story.body[1]).toBe('Ein Bahnsprecher nannte den Schritt «unverhältnismäßig».');
  });

  it('a kill notice is a story marked canceled, so the archive can kill what it refers to', () => {
    const story = byUri('urn:newsml:reuters.com:20211102:nL8N2RS9KX');
    expect(story.pubStatus).toBe('canceled');
    expect(story.version).toBe(3);
    expect(story.edNote).toBe('This story has been withdrawn. It was published in error. There will be no replacement story.');
    expect(story.body[0]).toMatch(/^KILL - Reuters story headlined "Lagarde interview" is withdrawn/);
  });
});
