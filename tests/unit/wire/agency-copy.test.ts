import { describe, expect, it } from 'vitest';
import { WireStory } from '../../../shared/model/story.ts';
import { toNinjs } from '../../../shared/wire/to-ninjs.ts';
import { storyOf } from './fixtures.ts';
import { ninjsErrors } from './ninjs-schema.ts';

describe('Reuters with its own headline line, CRLF line ends', () => {
  const story = storyOf('reuters-paris-headline-crlf.txt');

  it('uses the headline the copy carries', () => {
    expect(story.headline).toBe('French factory output rebounds in September as energy costs ease');
    expect(story.headlineDerived).toBe(false);
  });

  it('reads "PARIS, Nov 3 (Reuters) -" but records no date, since no year is printed', () => {
    expect(story.dateline).toEqual({ text: 'PARIS, Nov 3 (Reuters) -', place: 'Paris', agency: 'Reuters' });
    expect(story.provider).toBe('Reuters');
    expect(story.warnings.some((w) => /no year/.test(w))).toBe(true);
  });

  it('moves the credit line, "Share this:" and the trust-principles footer out of the body', () => {
    expect(story.signoff).toBe('(Reporting by Jean Martin; Editing by Sarah Cole)');
    expect(story.removed).toEqual([
      { kind: 'page-debris', text: 'Share this:' },
      { kind: 'signoff', text: '(Reporting by Jean Martin; Editing by Sarah Cole)' },
      { kind: 'boilerplate', text: 'Our Standards: The Thomson Reuters Trust Principles.' },
    ]);
    expect(story.body).toHaveLength(6);
    expect(story.body[5]).toBe('INSEE will publish its first estimate of fourth-quarter growth at the end of January.');
    expect(story.body.join(' ')).not.toMatch(/Share this|Reporting by|Our Standards|\r/);
  });

  it('is English', () => {
    expect(story.language).toBe('en');
  });
});

describe('AP with a UTF-8 byte order mark, byline and usage terms', () => {
  const story = storyOf('ap-washington-bom.txt');

  it('reads the headline without the BOM in front of it', () => {
    expect(story.headline).toBe('Senate passes stopgap bill hours before shutdown deadline');
    expect(story.headlineDerived).toBe(false);
  });

  it('takes the byline from the "By" line and the agency line under it', () => {
    expect(story.byline).toBe('JANE ROE and DAVID PARK, Associated Press');
  });

  it('reads the em-dash dateline "WASHINGTON (AP) —"', () => {
    expect(story.dateline).toEqual({ text: 'WASHINGTON (AP) —', place: 'Washington', agency: 'AP' });
    expect(story.provider).toBe('AP');
    expect(story.body[0]).toMatch(/^WASHINGTON \(AP\) — The Senate on Thursday passed/);
  });

  it('splits the copyright notice from the usage terms that follow it on the same line', () => {
    expect(story.copyright).toBe('Copyright 2021 The Associated Press. All rights reserved.');
    expect(story.usageTerms).toBe('This material may not be published, broadcast, rewritten or redistributed.');
  });

  it('keeps the contributor line as story text and the "___" rule under removed', () => {
    expect(story.body).toHaveLength(6);
    expect(story.body[5]).toBe('Associated Press writer Maria Lopez contributed to this report.');
    expect(story.removed).toEqual([{ kind: 'separator', text: '___' }]);
    expect(story.signoff).toBeUndefined();
  });
});

describe('AFP in French with the year in the dateline', () => {
  const story = storyOf('afp-paris-fr.txt');

  it('reads "PARIS, 3 novembre 2021 (AFP) -" as a dated dateline', () => {
    expect(story.dateline).toEqual({ text: 'PARIS, 3 novembre 2021 (AFP) -', place: 'Paris', agency: 'AFP', date: '2021-11-03' });
    expect(story.provider).toBe('AFP');
  });

  it('derives a headline from the lead, cut at a word boundary', () => {
    expect(story.headlineDerived).toBe(true);
    expect(story.headline).toBe('Le gouvernement a présenté mercredi un plan de soutien aux petites entreprises touchées');
  });

  it('is French, with five paragraphs and the copyright line apart', () => {
    expect(story.language).toBe('fr');
    expect(story.body).toHaveLength(5);
    expect(story.copyright).toBe('© 2021 AFP');
    expect(story.body.join(' ')).not.toContain('©');
  });
});

describe('dpa in German with its desk sign-off', () => {
  const story = storyOf('dpa-berlin-de.txt');

  it('reads "BERLIN, 3. November (dpa) -"', () => {
    expect(story.dateline).toEqual({ text: 'BERLIN, 3. November (dpa) -', place: 'Berlin', agency: 'dpa' });
    expect(story.headline).toBe('Bundesregierung will Bahnstrecken schneller sanieren');
    expect(story.headlineDerived).toBe(false);
  });

  it('moves "dpa xy yz" to the sign-off', () => {
    expect(story.signoff).toBe('dpa xy yz');
    expect(story.removed).toEqual([{ kind: 'signoff', text: 'dpa xy yz' }]);
    expect(story.body).toHaveLength(4);
    expect(story.body[3]).toBe('Die Kosten für das Programm werden auf rund 45 Milliarden Euro geschätzt. Ein Teil soll aus dem Klimafonds des Bundes kommen.');
  });

  it('is German', () => {
    expect(story.language).toBe('de');
  });
});

describe('EFE in Spanish, Windows-1252 bytes', () => {
  const story = storyOf('efe-madrid-es-cp1252.txt');

  it('decodes accents, curly quotes, dashes and the euro sign', () => {
    expect(story.body[2]).toBe(
      '“Es la mayor inversión en cercanías de las últimas dos décadas”, señaló una portavoz del ministerio, que calculó un ahorro de 20 € al mes por usuario habitual gracias al nuevo abono.',
    );
    expect(story.body[3]).toContain('—sobre todo en Madrid y Barcelona—.');
    expect(story.warnings).toContain('The file is not UTF-8; it was read as Windows-1252 (Western European).');
  });

  it('dates "MADRID, 3 nov (EFE).-" with the year from the copyright line', () => {
    expect(story.dateline).toEqual({ text: 'MADRID, 3 nov (EFE).-', place: 'Madrid', agency: 'EFE', date: '2021-11-03' });
  });

  it('splits the " EFE" sign-off, the copyright and the redistribution ban', () => {
    expect(story.signoff).toBe('EFE');
    expect(story.body[3]).toMatch(/Barcelona—\.$/);
    expect(story.copyright).toBe('© EFE 2021.');
    expect(story.usageTerms).toMatch(/^Está expresamente prohibida la redistribución/);
  });

  it('derives a Spanish headline and detects Spanish', () => {
    expect(story.headlineDerived).toBe(true);
    expect(story.headline).toBe('El Gobierno aprobó este miércoles un plan de 1.200 millones de euros para modernizar la red');
    expect(story.language).toBe('es');
  });
});

describe('UTF-16 with a byte order mark', () => {
  it('reads little- and big-endian files to the same story', () => {
    const le = storyOf('reuters-london-utf16le.txt');
    const be = storyOf('reuters-london-utf16be.txt');
    expect(be).toEqual(le);
    expect(le.dateline).toEqual({ text: 'LONDON, Nov 3 (Reuters) -', place: 'London', agency: 'Reuters' });
    expect(le.body).toHaveLength(2);
    expect(le.body[1]).toBe('Prices were up 0.7% on the month and 9.9% on the year, the lender said.');
  });
});

describe('every agency fixture', () => {
  const names = [
    'reuters-paris-headline-crlf.txt',
    'ap-washington-bom.txt',
    'afp-paris-fr.txt',
    'dpa-berlin-de.txt',
    'efe-madrid-es-cp1252.txt',
    'reuters-london-utf16le.txt',
  ];
  it.each(names)('%s gives a valid story and valid ninjs 3.1', (name) => {
    const story = storyOf(name);
    expect(WireStory.safeParse(story).success).toBe(true);
    expect(story.pubStatus).toBe('usable');
    expect(ninjsErrors(toNinjs(story, { fallbackUri: `urn:copydesk:test:${name}` }))).toBe('');
  });
});
