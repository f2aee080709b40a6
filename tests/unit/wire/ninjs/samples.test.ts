import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WireStory } from '../../../../shared/model/story.ts';
import { parseNinjs } from '../../../../shared/wire/parse-ninjs.ts';
import type { ParseResult } from '../../../../shared/wire/types.ts';
import { expectSound, ninjsSamples, onlyStory, readText } from './support.ts';

function parseSample(name: string): ParseResult {
  return parseNinjs(readText(path.join(ninjsSamples, name)));
}

function sample(name: string): WireStory {
  const story = onlyStory(parseSample(name));
  expectSound(story);
  return story;
}

/** The 'no-story' message for a file that holds one item that is not copy. */
function notCopy(name: string): string {
  const result = parseSample(name);
  if (result.ok) throw new Error(`${name} was read as ${result.stories.length} stories`);
  expect(result.error.code).toBe('no-story');
  return result.error.message;
}

describe('ninjs samples: text items become stories', () => {
  it('IPTC 3.0 simple text: HTML body chosen over a plain body that lost its paragraph breaks', () => {
    const story = sample('ninjsExSimpleText_3.json');
    expect(story.headline).toBe('Captain of wrecked cruise ship on trial in Italy');
    expect(story.byline).toBe("Paulo Santalucia and Frances d'Emilio");
    expect(story.uri).toBe('http://ninjs.example.com/newsitems/20130709simp123');
    expect(story.versionCreated).toBe('2013-07-09T10:37:00Z');
    expect(story.pubStatus).toBe('usable');
    expect(story.dateline).toEqual({ text: 'GROSSETO, Italy (AP) --', place: 'Grosseto, Italy', agency: 'AP' });
    expect(story.provider).toBe('AP');
    expect(story.body).toHaveLength(4);
    expect(story.body[0]).toMatch(/^GROSSETO, Italy \(AP\) -- The trial of the captain of the shipwrecked Costa Concordia/);
    expect(story.body[3]).toBe(
      'Pepe said some 1,000 witnesses are expected to eventually testify. Many of them are expected to be from among the 4,2000 passengers and crew aboard the ship that struck a jagged reef off Giglio, took on water and capsized. Schettino has denied wrongdoing.',
    );
  });

  it('dpa text: HTML body, "Von …" byline, copyright holder as the agency', () => {
    const story = sample('dpa_text.json');
    expect(story.headline).toBe('Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?');
    expect(story.byline).toBe('Christian Hollmann, dpa');
    expect(story.uri).toBe('urn:newsml:dpa.com:20090101:190510-99-167362');
    expect(story.version).toBe(2);
    expect(story.versionCreated).toBe('2019-05-10T16:02:28+02:00');
    expect(story.urgency).toBe(4);
    expect(story.pubStatus).toBe('usable');
    expect(story.language).toBe('de');
    expect(story.provider).toBe('dpa');
    expect(story.copyright).toBe('Copyright 2019, dpa (www.dpa.de). Alle Rechte vorbehalten');
    expect(story.body).toHaveLength(9);
    expect(story.body[0]).toBe(
      'Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren». Der Trainer von Borussia Dortmund regte sich nach dem 2:4 im Revierderby gegen den FC Schalke 04 mächtig über den Handelfmeter zum zwischenzeitlichen 1:1 für die Gäste auf.',
    );
    expect(story.body.join(' ')).not.toMatch(/<|>/);
  });

  it('NTB text with no body: the description is the text, and the editor is told', () => {
    const story = sample('ntb_text.json');
    expect(story.headline).toBe('Google har kjøpt giganttomt i Skien');
    expect(story.slugline).toBe('skien-google');
    expect(story.byline).toBe('NTB');
    expect(story.uri).toBe('urn:8d19cf88-b3ab-4972-8fec-1207599f2872');
    expect(story.version).toBe(6);
    expect(story.firstCreated).toBe('2019-08-09T09:30:04Z');
    expect(story.versionCreated).toBe('2019-08-09T09:46:53Z');
    expect(story.urgency).toBe(5);
    expect(story.pubStatus).toBe('usable');
    expect(story.language).toBe('nb-NO');
    expect(story.edNote).toBe('Noe utvidet.');
    expect(story.provider).toBe('NTB');
    // The notice and usage terms are empty strings in the file: the holder stands in, no terms are invented.
    expect(story.copyright).toBe('NTB');
    expect(story.usageTerms).toBeUndefined();
    expect(story.subjects).toEqual(['Innenriks', 'Teknologi', 'Industri', 'Olje og energi']);
    expect(story.body).toEqual(['IT-giganten Google har kjøpt en tomt på nærmere 2.000 mål i Skien i tilfelle det blir behov for flere datasentre i Europa.']);
    expect(story.warnings).toContain('The item has no body; its description was read as the story text.');
  });

  it('TT text with a picture: headline repeat and "Försvar TT" line lifted out of the body', () => {
    const story = sample('tt_text_image_3.json');
    expect(story.headline).toBe('Militärövning i jätteformat hålls 2023');
    expect(story.slugline).toBe('militärövning');
    expect(story.uri).toBe('http://tt.se/media/text/210526-militarovning-a0f2d045');
    expect(story.version).toBe(1);
    expect(story.versionCreated).toBe('2021-05-26T13:40:18+02:00');
    expect(story.urgency).toBe(3);
    expect(story.pubStatus).toBe('usable');
    expect(story.language).toBe('sv');
    expect(story.provider).toBe('TT');
    expect(story.copyright).toBe('TT');
    // "Försvar" is TT's section label, not a place: the dateline keeps the agency and names no place.
    expect(story.dateline).toEqual({ text: 'Försvar TT', agency: 'TT' });
    expect(story.body).toHaveLength(4);
    expect(story.body[0]).toBe(
      'Pandemin satte stopp för den stora internationella militärövningen Aurora 2020 förra våren. Redan då sade Försvarsmakten att den skulle genomföras senare och nu står det klart att det blir 2023, rapporterar Sydöstran.',
    );
    expect(story.body[1]).toMatch(/^– Aurora 2023 kommer att genomföras/);
    expect(story.warnings).toContain('The item links media Copydesk does not import: a picture (http://tt.se/media/image/sdlk2sirkPaauM).');
  });

  it('addb 3.0 text: the lead kept in descriptions is put back at the top of the body', () => {
    const story = sample('20231008-anti-doping-measures-at-the-tour-down-under-will-be-the-toughest-ever-addb-ninjs-nitf.json');
    expect(story.headline).toBe("Anti-doping measures at the 'Tour Down Under' will be the toughest ever");
    expect(story.byline).toBe('Trond Husø, The Anti-Doping Database');
    expect(story.dateline).toEqual({ text: 'Oslo, Norway', place: 'Oslo, Norway' });
    expect(story.version).toBe(2);
    expect(story.versionCreated).toBe('2023-10-08T02:34:03+02:00');
    expect(story.urgency).toBe(4);
    expect(story.pubStatus).toBe('usable');
    expect(story.subjects).toEqual(['Sport', 'drug abuse in sport', 'Cycling']);
    expect(story.body).toHaveLength(18);
    expect(story.body[0]).toMatch(/^The Australian Sports Anti-Doping Authority \(ASADA\) today announced/);
    expect(story.body[1]).toMatch(/^The initiatives are being implemented in close partnership/);
    // The list items and contact lines are paragraphs of their own, not run together.
    expect(story.body).toContain('comprehensive and targeted urine testing before and during the event;');
    expect(story.body[17]).toBe('Email: media@asada.gov.au');
  });

  it('ninjs 1.x (Superdesk): lowercase fields, guid, body_html, copyright holder named in full', () => {
    const story = sample('ninjs1.json');
    expect(story.headline).toBe('headline');
    expect(story.slugline).toBe('slugline');
    expect(story.byline).toBe('Peter and Jane');
    expect(story.uri).toBe('urn:newsml:localhost:2017-08-24T14:37:19.783611:c044162e-7f40-4d04-b700-49b6a66e652c');
    expect(story.version).toBe(2);
    // "+0000" offsets are written as RFC 3339 requires.
    expect(story.firstCreated).toBe('2017-08-24T04:37:19+00:00');
    expect(story.versionCreated).toBe('2017-08-24T04:38:34+00:00');
    expect(story.urgency).toBe(3);
    expect(story.pubStatus).toBe('usable');
    expect(story.language).toBe('fr');
    expect(story.dateline).toEqual({ text: 'Milton Keynes', place: 'Milton Keynes' });
    expect(story.provider).toBe('AAP');
    expect(story.copyright).toBe('Copyright');
    expect(story.usageTerms).toBe('Usage');
    expect(story.edNote).toBe('ed note');
    expect(story.subjects).toEqual(['arts, culture and entertainment']);
    expect(story.body).toEqual(['The story so far.']);
  });

  it('Business Wire in Chinese: one HTML paragraph, whitespace from the markup collapsed', () => {
    const story = sample('businesswire-newsml-20130605006126.json');
    expect(story.headline).toBe('Cambrios被Gartner評選為「最酷供應商」');
    expect(story.uri).toBe('http://www.businesswire.com/news/home/20130605006126/zh');
    expect(story.version).toBe(1);
    expect(story.versionCreated).toBe('2013-06-05T21:00:00Z');
    expect(story.language).toBe('zh');
    // No pubStatus in the file: ninjs says that means usable.
    expect(story.pubStatus).toBe('usable');
    expect(story.subjects).toHaveLength(13);
    expect(story.body).toEqual([
      '(美國商業資訊)--為透明及軟性導體市場提供銀奈米線解決方案的領導廠商Cambrios Technologies Corporation今天宣布，該公司最近被Gartner評選為「最酷供應商」(Cool Vendor)。',
    ]);
  });

  it('Business Wire composite with a text body is a story; its logo and video are listed, not read', () => {
    const story = sample('businesswire-newsml-20130731006140.json');
    expect(story.headline).toBe('Lunch Taking a Toll? Let Applebee’s® Industrial Strength Lunch Decoy Stand In');
    expect(story.body).toHaveLength(1);
    expect(story.body[0]).toMatch(/^With more Applebee’s® Lunch Combos than ever – enough to try a new combination every workday for a year – America’s favorite neighborhood grill/);
    expect(story.warnings.find((w) => w.startsWith('The item links media'))).toMatch(/a graphic \(.*AB_LOGO_viewimage\.jpg\), a video \(/);
  });
});

describe('ninjs samples: items that are not copy are named, never read as stories', () => {
  it.each([
    ['ap_audio.json', /^the file holds no story, only an audio item \(http:\/\/api\.ap\.org\/.*\) “Next up in impeachment hearings: A parade of key witnesses”$/],
    ['ap_image.json', /only a picture item \(http:\/\/api\.ap\.org\/media\/v\/content\/b2b6c3f4642f46deac7509d4db315ca0\?.*\) “Turkey Islamic State”$/],
    ['ap_video.json', /only a video item \(.*\) “House leaders double down on impeachment positions”$/],
    ['SIPA_image_3.json', /only a picture item \(https:\/\/internal-repository-xxxx\/2\.1234567\) “Italy: Italy Demonstration of the workers congresses and conferences”$/],
    ['imageEncodedRights.json', /only a picture item \(http:\/\/example\.agency\.com\/item\/TG346285\) “MotoGP - Spain - Valentino Rossi”$/],
    ['imageLinkedRights.json', /only a picture item \(http:\/\/example\.agency\.com\/item\/TG346285\)/],
    ['simpleEvent.json', /only an event item \(urn:newsml:addb\.no:20110316:0002-ninjs3\.0-addb--event-test\) “Tackling Doping in Sport Conference”$/],
    ['20231005-65-addb-event.json', /only an event item \(urn:newsml:addb\.no:20140226:0065-ninjs3\.0-addb--event-test\)/],
    ['tt_event_pressconference_3.0.json', /only an event item \(http:\/\/tt\.se\/media\/event\/.*\) “Pk med finansminister Elisabeth Svantesson kl 16”$/],
    // No "type" at all: the eventDetails say what these are.
    ['20231004-UEFA-ChampionLeague.json', /only an event item \(https:\/\/www\.uefa\.com\/20231004-UEFA-ChampionsLeague\) “Champions League 2023\/2024 - Group E - Atlético de Madrid-Feyenoord”$/],
    ['20231016-addb-example-press-conference.json', /only an event item \(http:\/\/addb\.no\/worldanti\) “World Anti”$/],
  ])('%s', (name, message) => {
    expect(notCopy(name)).toMatch(message);
  });

  it('every sample file is accounted for above', () => {
    const files = readdirSync(ninjsSamples).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(19);
  });
});
