import { describe, expect, it } from 'vitest';
import { sampleStory } from './transmissions.ts';

describe('dpa IPTC 7901 sample: SPD coalition talks (iptc7901/IPTC7901.txt)', () => {
  const story = sampleStory('iptc7901/IPTC7901.txt');

  it('takes the headline from the line ending in " =" and the slug from the keyword line', () => {
    expect(story.format).toBe('iptc7901');
    expect(story.headline).toBe('Germany Social Democrats: Coalition talks with Merkel could fail');
    expect(story.slugline).toBe('Germany-politics');
  });

  it('reads the dpa dateline and the agency from the header', () => {
    expect(story.dateline).toEqual({ text: 'Berlin (dpa) -', place: 'Berlin', agency: 'dpa' });
    expect(story.provider).toBe('dpa');
  });

  it('joins hard-wrapped lines into the five paragraphs of the story', () => {
    expect(story.body).toHaveLength(5);
    expect(story.body[0]).toBe(
      'Berlin (dpa) - Negotiations between German conservatives headed by Chancellor Angela Merkel and the left-leaning Social Democrats (SPD) on forming a coalition government could fail, a senior SPD member warned Wednesday.',
    );
    expect(story.body[4]).toMatch(/sworn in for a third term before Christmas\.$/);
  });

  it('puts the notebook and the not-for-publication contacts in edNote, never in the body', () => {
    expect(story.edNote).toBe(
      '# dpa NOTEBOOK\n* * * *\nThe following information is not for publication\n## dpa Contacts\n- Reporting by: Wolfgang Schmidt\n- Editing by: Joseph Nasr\nTel: +49 30 2852 31472; <englishservice@dpa.com>',
    );
    expect(story.body.join(' ')).not.toMatch(/NOTEBOOK|publication|Contacts|Reporting by/);
  });

  it('splits off the desk sign-off', () => {
    expect(story.signoff).toBe('dpa wsz jln npr');
    expect(story.removed).toEqual([{ kind: 'signoff', text: 'dpa wsz jln npr' }]);
  });

  it('maps priority 4 to urgency 4 and reads "131137 GMT Nov 13" as 13 Nov 2013, 11:37 UTC', () => {
    expect(story.urgency).toBe(4);
    expect(story.versionCreated).toBe('2013-11-13T11:37:00Z');
    expect(story.subjects).toEqual(['iptc7901-category:i']);
  });

  it('gets no uri: a 7901 keyword line names a topic, not one story', () => {
    expect(story.uri).toBeUndefined();
    expect(story.version).toBe(1);
    expect(story.pubStatus).toBe('usable');
    expect(story.warnings).toEqual([]);
  });
});

describe('dpa IPTC 7901 sample with a two-line title block (iptc7901/dpa_two_line.txt)', () => {
  const story = sampleStory('iptc7901/dpa_two_line.txt');

  it('reads "EXTRA" above the headline as a label, not as headline text', () => {
    expect(story.headline).toBe('Peace talks on Yemen to take place in Sweden next month, Mattis says');
    expect(story.slugline).toBe('Yemen/conflict');
  });

  it('reads the dateline, paragraphs and urgency', () => {
    expect(story.dateline).toEqual({ text: 'Washington (dpa) -', place: 'Washington', agency: 'dpa' });
    expect(story.body).toHaveLength(4);
    expect(story.body[3]).toBe('Mattis also said progress is being made to end the fighting, and in recent days it has decreased considerably.');
    expect(story.urgency).toBe(3);
  });

  it('keeps the notebook\'s links for editors and the sign-off beside the story', () => {
    expect(story.edNote).toBe('# Notebook\n## Internet links\n- [DOD news](http://dpaq.de/3UXnb)');
    expect(story.signoff).toBe('dpa grj rmo');
  });

  it('reads "212101 GMT Nov 18" as 21 Nov 2018, 21:01 UTC', () => {
    expect(story.versionCreated).toBe('2018-11-21T21:01:00Z');
  });
});
