import { describe, expect, it } from 'vitest';
import { parseNitf } from '../../../../shared/wire/parse-nitf.ts';
import { errorOf, expectValid, fixture, onlyStory, sample, sampleFiles } from './support.ts';

describe('NITF samples: what a wire editor sees', () => {
  it('reads every NITF sample as one story with valid ninjs', () => {
    for (const name of sampleFiles('nitf')) {
      const result = parseNitf(sample(`nitf/${name}`));
      expect(result.ok, name).toBe(true);
      if (result.ok) expect(result.format).toBe('nitf');
      expectValid(onlyStory(result));
    }
  });

  it('EFE: hl1 headline, keyword slug, the printed dateline with evloc and story.date, rights.owner', () => {
    const story = onlyStory(parseNitf(sample('nitf/efe_nitf.xml')));
    expect(story.headline).toBe('Honduran president announces Cabinet changes');
    expect(story.headlineDerived).toBe(false);
    expect(story.slugline).toBe('HONDURAS GOVERNMENT');
    // EFE puts the desk's initials in the byline.
    expect(story.byline).toBe('gr/bp');
    expect(story.dateline).toEqual({ text: 'Tegucigalpa, Jan 2 (EFE).-', place: 'Tegucigalpa', date: '2017-01-02T22:28:00+00:00', agency: 'EFE' });
    expect(story.provider).toBe('EFE');
    expect(story.copyright).toBe('© Agencia EFE');
    expect(story.distributor).toBeUndefined();
    expect(story.uri).toBe('urn:nitf:EFE:22751909');
    expect(story.version).toBeUndefined();
    expect(story.pubStatus).toBe('usable');
    expect(story.urgency).toBe(5);
    expect(story.firstCreated).toBe('2017-01-02T22:28:00+00:00');
    expect(story.versionCreated).toBe('2017-01-02T22:28:00+00:00');
    expect(story.language).toBe('en-US');
    expect(story.subjects).toEqual(['Executive (government)', 'GOVERNMENT']);
    // The abstract is not body text.
    expect(story.body).toEqual(['Tegucigalpa, Jan 2 (EFE).- Test body.']);
  });

  it('AAP: byline without "By", dateline city, doc.copyright and doc.rights as copyright and usage terms', () => {
    const story = onlyStory(parseNitf(sample('nitf/aap.xml')));
    expect(story.headline).toBe("The main stories on today's 1900 ABC TV news");
    expect(story.slugline).toBe('Monitor 1900 ABC News');
    expect(story.byline).toBe('John Doe');
    expect(story.dateline).toEqual({ text: 'Sydney', place: 'Sydney' });
    expect(story.provider).toBe('AAP');
    expect(story.copyright).toBe('© 2013 Australian Associated Press');
    expect(story.usageTerms).toMatch(/^A non-exclusive, non-transferable right to display .* not permitting deep hyperlinking to the document, framing of the document on a web site, posting the document to Usenet newsgroups or facilitating such actions\.$/);
    expect(story.uri).toBe('urn:nitf:AAP:AAP.115314987.5417374');
    expect(story.versionCreated).toBe('2013-10-20T19:27:51+11:00');
    // date.release equals date.issue: no embargo.
    expect(story.embargoedUntil).toBeUndefined();
    expect(story.subjects).toEqual(['law enforcement', 'investigation']);
    // Hard-wrapped lines joined at <br/>, empty <p/> dropped, the desk line set aside.
    expect(story.body).toHaveLength(12);
    expect(story.body[0]).toBe("The main stories on ABC television's 1900 news:");
    expect(story.body[1]).toBe(
      '1A) More extreme weather forecast over the next few days the fire situation is likely to get worse with a massive fire front spanning a huge area of NSW. A fire the northern end of the Bells Line of Road has jumped the Darling Causeway and is into the Grose Valley: southern edge of the State Mine Fire is more than 30 ks long.',
    );
    expect(story.signoff).toBe('AAP RTV ar');
    expect(story.removed).toEqual([{ kind: 'signoff', text: 'AAP RTV ar' }]);
  });

  it('AP: byline with its title, location dateline completed from the lead, ed-msg as editorial note', () => {
    const story = onlyStory(parseNitf(sample('nitf/ap-nitf.xml')));
    expect(story.headline).toBe('Can trading pollution like stocks help fight climate change?');
    expect(story.byline).toBe('BERNARD CONDON, AP Business Writer');
    expect(story.dateline).toEqual({ text: 'NEW YORK (AP) —', place: 'New York', agency: 'AP' });
    expect(story.provider).toBe('AP');
    expect(story.copyright).toBe('© 2015 AP');
    expect(story.edNote).toBe('For global distribution');
    expect(story.uri).toBeUndefined();
    expect(story.versionCreated).toBe('2015-12-10T19:10:44Z');
    expect(story.slugline).toBeUndefined();
    expect(story.body).toHaveLength(27);
    expect(story.body[0]).toMatch(/^NEW YORK \(AP\) — The gas produced by hog manure at farms across the U\.S\. punches holes/);
    expect(story.body[26]).toMatch(/^Bernard Condon can be reached at/);
    expect(story.removed).toEqual([{ kind: 'separator', text: '___' }]);
  });

  it('NTB: Norwegian, du-key version, subheads kept as paragraphs, media caption left out, tagline set aside', () => {
    const story = onlyStory(parseNitf(sample('nitf/NTB_nitf_sample.xml')));
    expect(story.headline).toBe('Pandemien herjer på den legeløse indiske landsbygda');
    expect(story.slugline).toBe('india-korona-bygd');
    expect(story.byline).toBe('NTB-AFP-DPA');
    expect(story.dateline).toEqual({ text: 'Unnao', place: 'Unnao' });
    expect(story.language).toBe('nb-NO');
    expect(story.provider).toBe('NTB');
    expect(story.uri).toBe('urn:nitf:NTB:NTB5df9281a-a270-4dc5-a618-869bbc3bbca7_00');
    expect(story.version).toBe(1);
    expect(story.urgency).toBe(5);
    expect(story.versionCreated).toBe('2021-05-16T09:00:04Z');
    expect(story.subjects).toEqual(['Sykdom', 'Medisin og helse']);
    expect(story.body).toHaveLength(21);
    expect(story.body[0]).toBe(
      'Koronapandemien herjer også i landsbyer rundt omkring i India. Døde kastes ut i elver, og de syke behandles med urter av leger uten medisinsk opplæring.',
    );
    expect(story.body[4]).toBe('- Det skjulte India');
    expect(story.body.some((p) => p.includes('Kremasjonsbål'))).toBe(false);
    // "(©NTB)" closes the copy: a credit, and the only copyright the file states.
    expect(story.copyright).toBe('© NTB');
    expect(story.removed).toEqual([
      { kind: 'signoff', text: '(©NTB)' },
      { kind: 'signoff', text: 'kenneth.kandolf.haug@ntb.no/per.christensen@ntb.no' },
    ]);
  });
});

describe('NITF fixtures', () => {
  it('reads a namespaced NITF (every element prefixed) like an unprefixed one', () => {
    const story = onlyStory(parseNitf(fixture('dpa-nitf-namespaced.xml')));
    expectValid(story);
    expect(story.headline).toBe('Bayern siegt in Dortmund und baut Tabellenführung aus');
    expect(story.byline).toBe('Klaus Bergmann, dpa');
    expect(story.slugline).toBe('Fußball/Bundesliga/Dortmund/Bayern');
    expect(story.dateline).toEqual({ text: 'Dortmund (dpa) -', place: 'Dortmund', agency: 'dpa' });
    expect(story.language).toBe('de');
    expect(story.provider).toBe('dpa');
    expect(story.copyright).toBe('© 2021 dpa Deutsche Presse-Agentur GmbH');
    expect(story.uri).toBe('urn:nitf:dpa:dpa-sport-20211106-184512');
    expect(story.version).toBe(2);
    // A second version: its issue time is not the story's first creation.
    expect(story.firstCreated).toBeUndefined();
    expect(story.versionCreated).toBe('2021-11-06T18:45:12+01:00');
    expect(story.urgency).toBe(3);
    expect(story.subjects).toEqual(['Fußball']);
  });

  it('takes an embargo from management-status and date.release', () => {
    const story = onlyStory(parseNitf(fixture('dpa-nitf-namespaced.xml')));
    expect(story.pubStatus).toBe('usable');
    expect(story.embargoedUntil).toBe('2021-11-06T20:00:00+01:00');
    expect(story.edNote).toBe('Sperrfrist 6. November, 20.00 Uhr. Ergänzt um Tabelle.');
  });

  it('keeps a table preformatted in aligned columns, subheads as paragraphs, and a no-break space as written', () => {
    const story = onlyStory(parseNitf(fixture('dpa-nitf-namespaced.xml')));
    expect(story.body).toEqual([
      'Dortmund (dpa) - Der FC Bayern München hat das Spitzenspiel bei Borussia Dortmund mit 3:2 gewonnen und seinen Vorsprung auf vier Punkte ausgebaut.',
      'Robert Lewandowski traf vor 81\u00a0365 Zuschauern zweimal, Leroy Sané erzielte das dritte Tor & bereitete eines vor.',
      'Haaland verletzt ausgewechselt',
      'Für Dortmund trafen Erling Haaland und Marco Reus. Haaland musste kurz vor Schluss verletzt vom Platz.',
      'Platz  Verein             Punkte\n1.     Bayern München     28\n2.     Borussia Dortmund  24\n3.     SC Freiburg        23',
      'Am nächsten Spieltag empfängt der Tabellenführer den SC Freiburg.',
    ]);
    expect(story.preformatted).toEqual([4]);
    expect(story.signoff).toBe('dpa kb yyzz n1 sk');
  });

  it('reads the team fixture that the plain-text build only recognised', () => {
    const story = onlyStory(parseNitf(fixture('../nitf-story.xml')));
    expect(story.headline).toBe('Port strike ends after pay deal');
    expect(story.dateline).toEqual({ text: 'ROTTERDAM (Reuters) -', place: 'Rotterdam', agency: 'Reuters' });
    expect(story.provider).toBe('Reuters');
  });

  it('derives a headline from the lead when the NITF has none', () => {
    const story = onlyStory(parseNitf('<nitf><body><body.content><p>MADRID, 3 nov (EFE).- El Gobierno aprobó hoy la ley de vivienda. Entrará en vigor en enero.</p></body.content></body></nitf>'));
    expect(story.headline).toBe('El Gobierno aprobó hoy la ley de vivienda');
    expect(story.headlineDerived).toBe(true);
    expect(story.warnings).toContain("The item has no headline; one was derived from the lead's first sentence.");
  });

  it('answers other XML and empty NITF with typed errors', () => {
    expect(errorOf(parseNitf('<rss><channel/></rss>'))).toEqual({ code: 'unsupported-format', message: "the XML's root element is <rss>, not NITF's <nitf>" });
    expect(errorOf(parseNitf('<nitf><head/><body/></nitf>'))).toEqual({ code: 'no-story', message: 'the NITF document has neither a headline nor story text' });
  });
});
