import { describe, expect, it } from 'vitest';
import { fixtureStory } from './transmissions.ts';

describe('dpa English 7901: a 1ST LEAD with notebook and contacts', () => {
  const story = fixtureStory('dpa-eu-summit-1st-lead.txt');

  it('splits the title block at " =": take key, headline, byline', () => {
    expect(story.headline).toBe('EU leaders clash over budget as summit runs into the night');
    expect(story.byline).toBe('Anna Keller, dpa');
    expect(story.slugline).toBe('EU/summit/budget');
  });

  it('"1ST LEAD" is an update and the second version', () => {
    expect(story.signals).toEqual(['update']);
    expect(story.version).toBe(2);
    expect(story.pubStatus).toBe('usable');
  });

  it('joins wrapped lines, keeping a compound split at its own hyphen whole', () => {
    expect(story.body).toEqual([
      "Brussels (dpa) - European Union leaders clashed over the bloc's long-term budget on Thursday as a summit in Brussels ran late into the night, with several northern countries refusing to back a compromise put forward by the European Council president.",
      'The proposal would raise spending on defence and on the bloc\'s eastern members while trimming farm subsidies, a trade-off that diplomats said had left "nobody happy and everybody still at the table."',
      'Dutch Prime Minister Pieter de Wit said his government could not accept a bigger contribution "without a serious look at where the money goes."',
      'The talks are expected to resume on Friday morning.',
    ]);
    expect(story.dateline).toEqual({ text: 'Brussels (dpa) -', place: 'Brussels', agency: 'dpa' });
  });

  it('the notebook and everything not for publication is edNote; the sign-off is kept aside', () => {
    expect(story.edNote).toBe(
      [
        '# dpa NOTEBOOK',
        '## Note to editors',
        '- adds comments by Dutch prime minister in grafs 3-4',
        '* * * *',
        'The following information is not for publication',
        '## dpa Contacts',
        '- Reporting by: Anna Keller',
        '- Editing by: Tom Brandt',
        '- Tel: +32 2 555 01 23; <international@dpa.com>',
      ].join('\n'),
    );
    expect(story.signoff).toBe('dpa ak tb');
  });

  it('priority 3 → urgency 3; "142317 GMT Dec 23" → 14 Dec 2023, 23:17 UTC', () => {
    expect(story.urgency).toBe(3);
    expect(story.versionCreated).toBe('2023-12-14T23:17:00Z');
  });
});

describe('dpa German 7901 in ISO-8859-1 bytes', () => {
  const story = fixtureStory('dpa-bundesliga-de-latin1.txt');

  it('decodes accented names and the slug from Latin-1', () => {
    expect(story.headline).toBe('Leverkusen bleibt vorn - Bayern müht sich zum Sieg');
    expect(story.slugline).toBe('Fußball/Bundesliga');
    expect(story.body[0]).toBe(
      'Köln (dpa) - Bayer Leverkusen bleibt nach dem 15. Spieltag Tabellenführer der Fußball-Bundesliga. Die Mannschaft von Trainer Jürgen Mäder gewann am Sonntag mit 2:0 beim 1. FC Köln, beide Tore erzielte Amadou Sékou.',
    );
    expect(story.body[1]).toMatch(/sagte Kapitän Lukas Weiß\.$/);
    expect(story.dateline).toEqual({ text: 'Köln (dpa) -', place: 'Köln', agency: 'dpa' });
  });

  it('keeps the table laid out with spaces as one preformatted paragraph', () => {
    expect(story.preformatted).toEqual([3]);
    expect(story.body[2]).toBe('Die Tabelle:');
    expect(story.body[3]).toBe(
      [
        'Pl.  Verein               Sp.   S   U   N   Tore   Pkt.',
        ' 1.  Bayer Leverkusen      15  12   3   0  39:10     39',
        ' 2.  Bayern München        15  11   2   2  46:14     35',
        ' 3.  VfB Stuttgart         15  10   1   4  35:18     31',
        '17.  1. FC Köln            15   2   4   9  12:28     10',
      ].join('\n'),
    );
    expect(story.body).toHaveLength(4);
  });

  it('"Nicht zur Veröffentlichung bestimmt" and the contacts go to edNote', () => {
    expect(story.edNote).toBe('Nicht zur Veröffentlichung bestimmt:\nKontakte\n- Autor: Günther Weiß, +49 221 555 0190');
    expect(story.removed).toEqual([
      { kind: 'separator', text: '* * * *' },
      { kind: 'signoff', text: 'dpa gw ps' },
    ]);
  });

  it('reads the trailer in Central European Time: "171845 MEZ Dez 23"', () => {
    expect(story.versionCreated).toBe('2023-12-17T18:45:00+01:00');
    expect(story.urgency).toBe(4);
  });
});
