import { describe, expect, it } from 'vitest';
import { parseNewsmlG2 } from '../../../../shared/wire/parse-newsml-g2.ts';
import { errorOf, expectValid, fixture, onlyStory, sample, sampleFiles, storiesOf } from './support.ts';

const g2 = (name: string) => parseNewsmlG2(sample(`newsml-g2/${name}`));

/** Samples that hold no text story, and what the editor is told the file holds instead. */
const NOT_STORIES: Record<string, string> = {
  'LISTING_10_Abstract_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml': 'a NewsML-G2 concept item (urn:newsml:iptc.org:20080229:ncdci-subjectcode), not a story',
  'LISTING_11_Person_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml': 'a NewsML-G2 concept item (urn:newsml:iptc.org:20080229:ncdci-person), not a story',
  'LISTING_12_Knowledge_Item_for_Access_Codes.xml': 'a NewsML-G2 knowledge item (urn:newsml:iptc.org:20090202:ncdki-accesscode), not a story',
  'LISTING_13_Complete_Catalog_Item.xml': 'a NewsML-G2 catalog item (urn:newsml:iptc.org:20130517:catalog), not a story',
  'LISTING_14_Event_sent_as_a_Concept_Item.xml': 'a NewsML-G2 concept item (urn:newsml:iptc.org:20160422:qqwpiruuew4711), not a story',
  'LISTING_15_Two_Related_Events_in_a_Knowledge_Item.xml': 'a NewsML-G2 knowledge item (urn:newsml:iptc.org:20101019:qqwpiruuew4712), not a story',
  'LISTING_16_A_Set_of_Events_carried_in_a_News_Item.xml': 'a NewsML-G2 news item holding events (urn:newsml:iptc.org:20090122:qqwpiruuew4711), not a text story',
  'LISTING_17_Planning_Item_a_CCL.xml': 'a NewsML-G2 planning item (urn:newsml:iptc.org:20101025:gbmrmdreis4711), not a story',
  'LISTING_18_Planning_Item_at_PCL.xml': 'a NewsML-G2 planning item (urn:newsml:iptc.org:20101025:gbmrmdreis4711), not a story',
  'LISTING_19_Planning_Item_with_delivery_at_CCL.xml': 'a NewsML-G2 planning item (urn:newsml:iptc.org:20101025:gbmrmdreis4711), not a story',
  'LISTING_20_Planning_Item_with_delivery_at_PCL.xml': 'a NewsML-G2 planning item (urn:newsml:iptc.org:20101025:gbmrmdreis4711), not a story',
  'LISTING_23_SportsML-G2_Package.xml': 'a NewsML-G2 package item (urn:iptc.org:20161019:sports1), not a story',
  'LISTING_24_News_Message_conveying_a_complete_News_Package.xml':
    'a NewsML-G2 package item, not a story; a NewsML-G2 news item (N1) with neither a headline nor text; a NewsML-G2 news item (N2) with neither a headline nor text; and 2 more',
  'LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml':
    'a NewsML-G2 news item holding a picture (tag:acmenews.com,2008:WORLD-NEWS:USA20081208098658), not a text story',
  'LISTING_29_Hop_History.xml': 'a NewsML-G2 news item (urn:newsml:acmenews.com:20161019T1205:HOP-HISTORY-EXAMPLE) with neither a headline nor text',
  'LISTING_3A_Photo_in_NewsML-G2_(URI_sibling_attributes).xml': 'a NewsML-G2 news item holding a picture (tag:gettyimages.com,2010:GYI0062134533), not a text story',
  'LISTING_3_Photo_in_NewsML-G2.xml': 'a NewsML-G2 news item holding a picture (tag:gettyimages.com,2010:GYI0062134533), not a text story',
  'LISTING_4_Multiple_Renditions_of_a_Video_in_NewsML-G2.xml':
    'a NewsML-G2 news item holding a video (urn:newsml:afp.com:20140131:CNG.3424d3807bc.391@video_1359566), not a text story',
  'LISTING_5_Multi-part_Video_in_NewsML-G2.xml': 'a NewsML-G2 news item holding a video (tag:example.com,2008:407624), not a text story',
  'LISTING_6_Simple_NewsML-G2_Package.xml': 'a NewsML-G2 package item (tag:example.com,2008:UK-NEWS-TOPTEN:UK20081220098658), not a story',
  'ap_metadata_example.xml': 'a NewsML-G2 news item holding a video (tag:example.com,2008:407624), not a text story',
  'facet-example.xml': 'a NewsML-G2 news item (tag:example.com,2008:407624) with neither a headline nor text',
  'facet-example-2.xml': 'a NewsML-G2 news item (tag:example.com,2008:407624) with neither a headline nor text',
  'facet-example-3.xml': 'a NewsML-G2 news item (tag:example.com,2008:407624) with neither a headline nor text',
};

/** IPTC's guideline listings that print a part of an item on its own. */
const FRAGMENTS: Record<string, string> = {
  'LISTING_7_Group_Set_example_showing_Hierarchical_Package_Structure.xml': 'groupSet',
  'LISTING_8_Group_Set_example_showing_an_ALT_Package_Mode.xml': 'groupSet',
  'LISTING_9_Group_Set_example_showing_a_SEQ_Package_Mode.xml': 'groupSet',
  'LISTING_28_Illustrating_Located_Subject_and_Dateline.xml': 'contentMeta',
};

/** Samples with text stories: how many stories, and the notes for what else they hold. */
const STORIES: Record<string, { stories: number; notes?: string[] }> = {
  'LISTING_1_A_NewsML-G2_News_Item.xml': { stories: 1 },
  'LISTING_2_NewsML-G2_Text_Document.xml': { stories: 1 },
  'LISTING_21_A_complete_sample_SportsML-G2_document.xml': { stories: 1 },
  'LISTING_22_Sports_story_in_NewsML-G2NITF.xml': { stories: 1 },
  'LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml': { stories: 1 },
  'LISTING_27_Company_Financial_Information.xml': { stories: 1 },
  'Receiver View.xml': { stories: 1 },
  'TT_newsmlg2_sample.xml': {
    stories: 1,
    notes: [
      'a NewsML-G2 package item (http://tt.se/media/text/210919-janguillou-879f202b-pack), not a story',
      'a NewsML-G2 news item holding a picture (http://tt.se/media/image/sdlm1btzmKu8WU), not a text story',
    ],
  },
  'tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538': { stories: 1 },
  'tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838': { stories: 1 },
};

describe('every NewsML-G2 sample', () => {
  it('is accounted for below', () => {
    for (const name of sampleFiles('newsml-g2')) {
      expect(name in NOT_STORIES || name in FRAGMENTS || name in STORIES, name).toBe(true);
    }
  });

  it.each(Object.entries(NOT_STORIES))('%s holds no text story, and the error says what it holds', (name, holds) => {
    expect(errorOf(g2(name))).toEqual({ code: 'no-story', message: `the file holds no text story: ${holds}` });
  });

  it.each(Object.entries(FRAGMENTS))('%s is a fragment, said as such', (name, part) => {
    expect(errorOf(g2(name))).toEqual({ code: 'no-story', message: `the file is a NewsML-G2 <${part}> on its own, a fragment of an item, not a story` });
  });

  it.each(Object.entries(STORIES))('%s gives its text stories with valid ninjs, and notes the rest', (name, expected) => {
    const result = g2(name);
    const stories = storiesOf(result);
    expect(stories).toHaveLength(expected.stories);
    for (const story of stories) {
      expect(story.format).toBe('newsml-g2');
      expectValid(story);
    }
    if (result.ok) expect(result.notes).toEqual(expected.notes);
  });
});

describe('two versions of one Reuters story', () => {
  const first = () => onlyStory(g2('tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838'));
  const kill = () => onlyStory(g2('tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538'));

  it('share the guid as uri and carry different versions, so ingest links them', () => {
    expect(first().uri).toBe('tag:reuters.com,0000:newsml_L1N14N0FF');
    expect(kill().uri).toBe('tag:reuters.com,0000:newsml_L1N14N0FF');
    expect(first().version).toBe(978556838);
    expect(kill().version).toBe(1542761538);
  });

  it('the first is usable: headline, slug, rights, dates, and what its slug says (an update, corrected)', () => {
    const story = first();
    expect(story.pubStatus).toBe('usable');
    expect(story.headline).toBe('CORRECTED-S. Illinois battles flooding as Mississippi River builds downstream');
    expect(story.slugline).toBe('USA-WEATHER/ (UPDATE 1, PIX, CORRECTED)');
    expect(story.copyright).toBe('(c) Copyright Thomson Reuters 2016. Click For Restrictions - http://about.reuters.com/fulllegal.asp');
    expect(story.provider).toBe('Reuters');
    expect(story.language).toBe('en');
    expect(story.urgency).toBe(3);
    expect(story.firstCreated).toBe('2016-01-04T15:43:34.000Z');
    expect(story.versionCreated).toBe('2016-01-04T15:43:34.000Z');
    expect(story.signals).toEqual(['update', 'correction']);
    expect(story.subjects).toHaveLength(50);
    expect(story.subjects?.slice(0, 3)).toEqual(['MCC:a', 'N2:TRAN', 'N2:RORA']);
  });

  it('the first has its XHTML body as paragraphs, the correction note first and the credit line set aside', () => {
    const story = first();
    expect(story.body).toHaveLength(16);
    expect(story.body[0]).toBe(
      '(In Jan. 3 story, corrects last paragraph to reflect that figure on Exxon Mobil terminal refers to capacity, not barrels per day)',
    );
    expect(story.body[1]).toMatch(/^Jan 3 \(Reuters\) - Residents of flooded areas in far southern Illinois/);
    expect(story.body[15]).toBe(
      'Exxon Mobil Corp said its refined products terminal in Memphis remained closed. On Friday the company decided to shut the terminal just south of downtown, which has a capacity of 340,000 barrels, as flood waters threatened to inundate it.',
    );
    expect(story.dateline).toEqual({ text: 'Jan 3 (Reuters) -', date: '2016-01-03', agency: 'Reuters' });
    expect(story.signoff).toBe('(Reporting by David Bailey in Minneapolis, Erwin Seba in Houston and Tim Ghianni in Nashville; Editing by Dan Grebler)');
  });

  it('the second is the kill: canceled, no body, no warning about the missing text', () => {
    const story = kill();
    expect(story.pubStatus).toBe('canceled');
    expect(story.signals).toEqual(['update', 'correction', 'kill']);
    expect(story.body).toEqual([]);
    expect(story.warnings).toEqual([]);
    expect(story.versionCreated).toBe('2016-01-04T16:34:45.000Z');
  });
});

describe("IPTC's guideline news items", () => {
  it('LISTING 1: embargo, editorial note, update signal, usage terms, located place, creator as byline', () => {
    const story = onlyStory(g2('LISTING_1_A_NewsML-G2_News_Item.xml'));
    expect(story.uri).toBe('urn:newsml:acmenews.com:20161018:US-FINANCE-FED');
    expect(story.version).toBe(11);
    expect(story.headline).toBe('Fed to halt QE to avert "bubble"');
    expect(story.slugline).toBe('US-Finance-Fed');
    expect(story.byline).toBe('Meredith Jameson');
    expect(story.dateline).toEqual({ text: 'Berlin', place: 'Berlin' });
    expect(story.embargoedUntil).toBe('2018-10-23T12:00:00Z');
    expect(story.edNote).toBe('Note to editors: STRICTLY EMBARGOED. Not for public release until 12noon on Friday, October 23, 2018.');
    expect(story.signals).toEqual(['update']);
    expect(story.copyright).toBe('Copyright 2017-18 Example Enews LLP, all rights reserved');
    expect(story.usageTerms).toBe('Not for use outside the United States');
    expect(story.provider).toBe('Reuters');
    expect(story.language).toBe('en-GB');
    expect(story.firstCreated).toBe('2016-10-18T13:12:21-05:00');
    expect(story.versionCreated).toBe('2018-10-21T16:25:32-05:00');
    expect(story.subjects).toEqual(['economy, business and finance', 'labour market']);
    // Its inlineXML holds only comments: a story with no text yet, said so.
    expect(story.body).toEqual([]);
    expect(story.warnings).toEqual(['The item carries no story text.']);
  });

  it('LISTING 2: inline NITF body and byline with title, located place, contentCreated as first creation', () => {
    const story = onlyStory(g2('LISTING_2_NewsML-G2_Text_Document.xml'));
    expect(story.headline).toBe('Fed to halt QE to avert "bubble"');
    expect(story.byline).toBe('Meredith Jameson, Staff Reporter');
    expect(story.dateline).toEqual({ text: 'New York, NY', place: 'New York, NY' });
    expect(story.copyright).toBe('Copyright 2017-18 Acme News and Media LLC');
    expect(story.provider).toBe('acmenews.com');
    expect(story.firstCreated).toBe('2016-11-21T15:21:06-05:00');
    expect(story.subjects).toEqual(['economy, business and finance', 'central bank', 'money and monetary policy']);
    expect(story.body).toHaveLength(2);
    expect(story.body[0]).toMatch(/^\(New York, NY - October 21\) Et, sent luptat luptat, commy Nim zzriureet vendreetue modo dolenis/);
  });

  it('the receiver view: urgency and usage terms', () => {
    const story = onlyStory(g2('Receiver View.xml'));
    expect(story.uri).toBe('urn:newsml:NAG.com:20161121:US-FINANCE-FED');
    expect(story.urgency).toBe(5);
    expect(story.byline).toBe('Meredith Jameson, NAG Reporter');
    expect(story.copyright).toBe('Copyright 2017-18 NAG');
    expect(story.usageTerms).toMatch(/^NAG Example: Contact your local office for all commercial or promotional uses\. Full editorial rights UK, US, Ireland, Canada \(not Quebec\)\./);
    expect(story.body).toEqual([
      '(New York, NY - November 21) Et, sent luptat luptat, commy Nim zzriureet vendreetue modo dolenis ex euisis nosto et lan ullandit lum doloreet vulla.',
      'Ugiating ea feugait utat, venim velent nim quis nulluptat num Volorem inci enim dolobor eetuer ercin utpatio dolorpercing.',
    ]);
  });

  it('LISTING 22: the G2 headline wins over the NITF hl1; slug, NITF byline and body', () => {
    const story = onlyStory(g2('LISTING_22_Sports_story_in_NewsML-G2NITF.xml'));
    expect(story.headline).toBe('Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m.');
    expect(story.slugline).toBe('AAV!PREVIEW-ARI-PHI');
    expect(story.byline).toBe('Sports Network');
    expect(story.uri).toBe('tag:xmlteam.com,2016:xt.5932656-preview');
    expect(story.versionCreated).toBe('2018-10-19T11:45:00-04:00');
    expect(story.body).toHaveLength(6);
    expect(story.body[0]).toBe(
      '(Sports Network) - A pair of teams coming off big weekend sweeps will square off tonight at Citizens Bank Park, where the Philadelphia Phillies welcome the Arizona Diamondbacks for the start of a three-game series.',
    );
  });

  it('LISTING 21: a SportsML data item keeps its headline and says its body is not text', () => {
    const story = onlyStory(g2('LISTING_21_A_complete_sample_SportsML-G2_document.xml'));
    expect(story.headline).toBe(
      "Troy Tulowitzki singled to third and advanced to second on Martin Prado's throwing error. Runner on second with one out and Carlos Gonzalez due up.",
    );
    expect(story.body).toEqual([]);
    expect(story.warnings).toContain("The item's content is sports-content (application/sportsml+xml), not text Copydesk reads as a story body.");
  });

  it('LISTING 25: a contentSet on its own still gives its NITF article, with a warning', () => {
    const story = onlyStory(g2('LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml'));
    expect(story.headline).toBe('Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m.');
    expect(story.uri).toBeUndefined();
    expect(story.body).toHaveLength(1);
    expect(story.warnings).toEqual(["The file is a NewsML-G2 contentSet on its own: the item's identity and metadata are missing."]);
  });

  it('LISTING 27: no body, so the abstract stands in for it, said in a warning', () => {
    const story = onlyStory(g2('LISTING_27_Company_Financial_Information.xml'));
    expect(story.headline).toBe('Acme Widgets announces annual results');
    expect(story.usageTerms).toBe('Not for distribution in the United States');
    expect(story.body).toEqual([
      'Acme Widgets (XTSE:AWG), a leader in the production of quality metal widgets, announced a six per cent increase in profits....',
    ]);
    expect(story.warnings).toEqual(['The item carries no story text; its summary is shown as the body.']);
  });
});

describe('the TT message: a package, a text item and a picture', () => {
  it('reads the text item from its HTML5 body, leaving out the figure and the repeated h1', () => {
    const story = onlyStory(g2('TT_newsmlg2_sample.xml'));
    expect(story.headline).toBe('Jan Guillou skriver på ny "Hamilton"-bok');
    expect(story.uri).toBe('http://tt.se/media/text/210919-janguillou-879f202b');
    expect(story.version).toBe(1);
    expect(story.slugline).toBe('janguillou');
    expect(story.language).toBe('sv');
    expect(story.provider).toBe('TT');
    expect(story.copyright).toBe('© TT');
    expect(story.urgency).toBe(3);
    expect(story.versionCreated).toBe('2021-09-19T20:57:43+02:00');
    expect(story.subjects).toEqual(['Litteratur', 'Konst, kultur och nöje', 'Jan Guillou', 'Erik Ponti', 'Hamilton', 'Aftonbladet']);
    expect(story.body).toHaveLength(5);
    expect(story.body[0]).toBe(
      'Jan Guillou arbetar just nu med det sista kapitlet i en kommande "Hamilton"-bok, som han kallar för "ett pensionärsäventyr", skriver Aftonbladet.',
    );
    expect(story.body[1]).toMatch(/^Hamilton har just genomgått en höftledsoperation/);
    expect(story.body.join(' ')).not.toContain('Arkivbild');
    // The vignette and source spans stand outside any paragraph: kept beside the story.
    expect(story.removed).toEqual([{ kind: 'page-debris', text: 'LitteraturTT' }]);
  });
});

describe('NewsML-G2 fixtures', () => {
  it('an XHTML body under prefixed namespaces: paragraphs, subhead, list items, a preformatted table; no script, no figure', () => {
    const story = onlyStory(parseNewsmlG2(fixture('dpa-g2-xhtml.xml')));
    expectValid(story);
    expect(story.body).toEqual([
      "Berlin (dpa) - Germany's cabinet on Wednesday agreed a budget with record public investment of 51.8 billion euros (60 billion dollars) for next year.",
      'The plan foresees new borrowing of 99.7 billion euros. It still needs the approval of parliament.',
      'Main items',
      'Transport: 18.2 billion euros',
      'Digital infrastructure: 5.6 billion euros',
      'Ministry  2022\nLabour    164.9 bn\nDefence   50.3 bn',
      'The opposition called the plan "a bill for the next generation".',
    ]);
    expect(story.preformatted).toEqual([5]);
    expect(story.signoff).toBe('dpa as jbl xx z2 sk');
  });

  it('the XHTML item: metadata, embargo, sig:update kept as "update" (other signal schemes left out)', () => {
    const story = onlyStory(parseNewsmlG2(fixture('dpa-g2-xhtml.xml')));
    expect(story.uri).toBe('urn:newsml:dpa.com:20090101:211103-99-845123');
    expect(story.version).toBe(3);
    expect(story.headline).toBe('German cabinet agrees record investment budget');
    expect(story.slugline).toBe('Germany-Politics-Budget');
    expect(story.byline).toBe('Anna Schmidt and Jörg Blank, dpa');
    expect(story.dateline).toEqual({ text: 'Berlin (dpa) -', place: 'Berlin', agency: 'dpa' });
    expect(story.provider).toBe('dpa');
    expect(story.language).toBe('en');
    expect(story.copyright).toBe('Copyright 2021 dpa Deutsche Presse-Agentur GmbH');
    expect(story.usageTerms).toBe('Not for publication before 12:00 CET. Online use only with attribution.');
    expect(story.embargoedUntil).toBe('2021-11-03T12:00:00+01:00');
    expect(story.edNote).toBe('Embargoed until 1200 CET. Adds reaction from the opposition, paras 5-6.');
    expect(story.signals).toEqual(['update']);
    expect(story.urgency).toBe(4);
    expect(story.firstCreated).toBe('2021-11-03T09:05:00+01:00');
    expect(story.versionCreated).toBe('2021-11-03T11:20:00+01:00');
    expect(story.subjects).toEqual(['politics', 'budget']);
  });

  it('a kill: pubStatus canceled, the kill signal, the notice text as body', () => {
    const story = onlyStory(parseNewsmlG2(fixture('afp-g2-kill.xml')));
    expectValid(story);
    expect(story.pubStatus).toBe('canceled');
    expect(story.signals).toEqual(['kill']);
    expect(story.uri).toBe('urn:newsml:afp.com:20211103:TX-PAR-XYZ42');
    expect(story.version).toBe(4);
    expect(story.headline).toBe('ANNULATION - France: ouverture du procès reportée');
    expect(story.edNote).toBe("KILL - Cette dépêche a été retirée. Merci de ne pas l'utiliser.");
    expect(story.provider).toBe('AFP');
    expect(story.urgency).toBe(1);
    expect(story.body).toEqual([
      'L\'AFP annule la dépêche "France: ouverture du procès reportée" transmise à 09H41 GMT. Elle contenait une erreur sur la date de l\'audience.',
      "Merci de ne pas l'utiliser.",
    ]);
  });

  it('reads inlineData text, and pubStatus and signals written as full CV URIs', () => {
    const xml = `<newsItem guid="urn:x:1" version="2"><itemMeta><itemClass qcode="http://cv.iptc.org/newscodes/ninature/text"/>
      <pubStatus qcode="http://cv.iptc.org/newscodes/pubstatusg2/withheld"/><signal qcode="http://cv.iptc.org/newscodes/signal/correction"/></itemMeta>
      <contentMeta><headline>Withheld pending checks</headline></contentMeta>
      <contentSet><inlineData contenttype="text/plain">LONDON (Reuters) - The Bank of England held interest rates at
0.1 percent on Thursday, surprising markets that had expected a
rise.

Sterling fell sharply.</inlineData></contentSet></newsItem>`;
    const story = onlyStory(parseNewsmlG2(xml));
    expect(story.pubStatus).toBe('withheld');
    expect(story.signals).toEqual(['correction']);
    expect(story.body).toEqual([
      'LONDON (Reuters) - The Bank of England held interest rates at 0.1 percent on Thursday, surprising markets that had expected a rise.',
      'Sterling fell sharply.',
    ]);
    expect(story.dateline).toEqual({ text: 'LONDON (Reuters) -', place: 'London', agency: 'Reuters' });
  });

  it('refuses XML of another format', () => {
    expect(errorOf(parseNewsmlG2('<nitf/>'))).toEqual({ code: 'unsupported-format', message: "the XML's root element is <nitf>, not a NewsML-G2 item or newsMessage" });
    expect(errorOf(parseNewsmlG2('<newsMessage><itemSet/></newsMessage>'))).toEqual({ code: 'no-story', message: 'the NewsML-G2 message holds no items' });
  });
});
