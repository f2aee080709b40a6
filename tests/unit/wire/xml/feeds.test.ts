import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../../shared/wire/parse-feed.ts';
import { errorOf, expectValid, fixture, onlyStory, storiesOf } from './support.ts';

describe('an agency RSS 2.0 feed (EFE English)', () => {
  const result = () => parseFeed(fixture('efe-english-rss.xml'));

  it('gives one story per item with text, valid ninjs each, and notes the empty item', () => {
    const r = result();
    const stories = storiesOf(r);
    expect(stories.map((s) => s.headline)).toEqual([
      'Spain approves housing bill to cap rents in "stressed" areas',
      'Volcano on La Palma forces new evacuations',
      'The European Commission on Wednesday raised its growth forecast for the euro zone to 5 percent',
    ]);
    for (const story of stories) {
      expect(story.format).toBe('feed');
      expectValid(story);
    }
    if (r.ok) expect(r.notes).toEqual(['item 4 of the feed has neither a title nor text']);
  });

  it('reads content:encoded as plain paragraphs: no markup, no script, no figure caption', () => {
    const story = storiesOf(result())[0];
    expect(story?.body).toEqual([
      'Madrid, Nov 3 (EFE).- The Spanish government on Tuesday approved a draft housing law that will allow regions to cap rent increases in areas where prices have soared, the first such legislation since the return of democracy.',
      '“It is a law that puts people at the centre,” the minister told a news conference.',
      // A <br> in feed HTML starts a new line of copy.
      'The bill now goes to parliament.',
      // Escaped angle brackets in the copy are characters, not a tag.
      'Property owners’ associations criticized the plan as <an attack on property>.',
    ]);
    expect(story?.body.join(' ')).not.toMatch(/efeTrack|Juan Pérez/);
  });

  it('sets aside the agency sign-off and the feed software\'s "appeared first on" line', () => {
    const story = storiesOf(result())[0];
    expect(story?.removed).toEqual([
      { kind: 'signoff', text: 'EFE' },
      { kind: 'page-debris', text: 'The post Spain approves housing bill to cap rents in "stressed" areas appeared first on EFE English.' },
    ]);
  });

  it('maps guid, pubDate, dc:creator, category and the channel copyright and language', () => {
    const story = storiesOf(result())[0];
    expect(story?.uri).toBe('https://efe.example/english/?p=46123');
    expect(story?.versionCreated).toBe('2021-11-03T10:42:00+01:00');
    expect(story?.byline).toBe('Lucía Martín');
    expect(story?.subjects).toEqual(['Politics', 'Spain']);
    expect(story?.copyright).toBe('© 2021 Agencia EFE. All rights reserved.');
    expect(story?.language).toBe('en');
    expect(story?.headlineDerived).toBe(false);
  });

  it('takes the agency from the printed dateline before the channel title', () => {
    const story = storiesOf(result())[1];
    expect(story?.provider).toBe('EFE');
    expect(story?.dateline).toEqual({ text: 'Santa Cruz de La Palma, Spain, Nov 3 (EFE).-', place: 'Santa Cruz de La Palma, Spain', date: '2021-11-03', agency: 'EFE' });
    expect(story?.byline).toBe('EFE Newsdesk');
    expect(story?.versionCreated).toBe('2021-11-03T09:15:00Z');
  });

  it('derives a headline for an item without a title, and keeps an opaque guid as its id', () => {
    const story = storiesOf(result())[2];
    expect(story?.headlineDerived).toBe(true);
    expect(story?.uri).toBe('efe-en-46125');
    expect(story?.body).toEqual([
      'Brussels, Nov 3 (EFE).- The European Commission on Wednesday raised its growth forecast for the euro zone to 5 percent for this year.',
      'It expects inflation to peak at the end of the year.',
    ]);
  });
});

describe('an agency Atom feed (ANSA English)', () => {
  const stories = () => storiesOf(parseFeed(fixture('ansa-english-atom.xml')));

  it('gives one story per entry, valid ninjs each', () => {
    expect(stories()).toHaveLength(3);
    for (const story of stories()) expectValid(story);
  });

  it('reads an html title and content as text; id, dates, author, categories, rights', () => {
    const story = stories()[0];
    expect(story?.headline).toBe('Draghi says Italy’s recovery is solid');
    expect(story?.uri).toBe('tag:ansa.example,2021:english/news/2021-11-03/draghi-recovery-7f3a');
    expect(story?.firstCreated).toBe('2021-11-03T11:02:00+01:00');
    expect(story?.versionCreated).toBe('2021-11-03T12:05:30+01:00');
    expect(story?.byline).toBe('Paolo Rossi');
    expect(story?.subjects).toEqual(['Politics', 'economy']);
    expect(story?.copyright).toBe('Copyright ANSA. All rights reserved');
    expect(story?.language).toBe('en');
    expect(story?.provider).toBe('ANSA');
    expect(story?.dateline).toEqual({ text: 'ROME, NOVEMBER 3 (ANSA) -', place: 'Rome', date: '2021-11-03', agency: 'ANSA' });
    expect(story?.body).toEqual([
      "ROME, NOVEMBER 3 (ANSA) - Premier Mario Draghi said on Wednesday that Italy's economic recovery was solid and would continue next year.",
      'GDP is expected to grow by more than 6% this year, he told the Senate.',
    ]);
  });

  it('reads xhtml content as paragraphs', () => {
    const story = stories()[1];
    expect(story?.headline).toBe('Venice to charge day-trippers from next summer');
    expect(story?.body).toEqual([
      'VENICE, NOVEMBER 3 (ANSA) - Venice will charge day-trippers an entry fee of between 3 and 10 euros from next summer, the city council said on Wednesday.',
      'Residents, students and workers will be exempt.',
    ]);
  });

  it("reads a text summary when there is no content, in the entry's own language; the feed title names the agency", () => {
    const story = stories()[2];
    expect(story?.language).toBe('it');
    expect(story?.provider).toBe('ANSA');
    expect(story?.byline).toBeUndefined();
    expect(story?.body).toEqual(['Treni e autobus a rischio venerdì per uno sciopero nazionale di 24 ore.', 'I sindacati chiedono il rinnovo del contratto.']);
  });
});

describe('other feeds', () => {
  it('reads RSS 1.0 (RDF) items', () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://x.example/"><title>Reuters: World News</title></channel>
      <item rdf:about="https://x.example/a"><title>Quake hits Chile</title><description>A strong earthquake struck northern Chile on Wednesday.</description><dc:date>2021-11-03T10:00:00Z</dc:date></item>
    </rdf:RDF>`;
    const story = onlyStory(parseFeed(rdf));
    expect(story.uri).toBe('https://x.example/a');
    expect(story.versionCreated).toBe('2021-11-03T10:00:00Z');
    expect(story.provider).toBe('Reuters');
    expect(story.body).toEqual(['A strong earthquake struck northern Chile on Wednesday.']);
  });

  it('answers an empty feed and other XML with typed errors', () => {
    expect(errorOf(parseFeed('<rss version="2.0"><channel><title>Empty</title></channel></rss>'))).toEqual({ code: 'no-story', message: 'the feed holds no items' });
    expect(errorOf(parseFeed('<nitf/>')).code).toBe('unsupported-format');
  });
});
