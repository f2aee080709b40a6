import { describe, expect, it } from 'vitest';
import { sampleStory } from './transmissions.ts';

describe('AP ANPA sample: Argentina feature (anpa1312/anpa-1.tst)', () => {
  const story = sampleStory('anpa1312/anpa-1.tst');

  it('reads the ^ header lines: slug line, headline, byline with its agency line', () => {
    expect(story.format).toBe('anpa1312');
    expect(story.slugline).toBe('BC-LT--Argentina-Cancer Beauty');
    expect(story.headline).toBe('For Argentine chemo patients, mirrors can hurt');
    expect(story.headlineDerived).toBe(false);
    expect(story.byline).toBe('PAUL BYRNE and ALMUDENA CALATRAVA, Associated Press');
  });

  it('keeps the photo line and the Eds note for editors, out of the body', () => {
    expect(story.edNote).toBe('AP Photo XNP101, XNP102, XNP103, XNP104, XNP105, XNP106\nEds: With AP Photos.');
    expect(story.body.join(' ')).not.toMatch(/AP Photo|Eds:/);
  });

  it('reads the dateline with AP\'s 7-bit dash "_" and shows it as a dash', () => {
    expect(story.dateline).toEqual({ text: 'BUENOS AIRES, Argentina (AP) —', place: 'Buenos Aires, Argentina', agency: 'AP' });
    expect(story.provider).toBe('AP');
    expect(story.body[0]).toMatch(/^BUENOS AIRES, Argentina \(AP\) — For cancer patients dealing with/);
  });

  it('makes one paragraph of each tab line and turns `` \'\' into curly quotes', () => {
    expect(story.body).toHaveLength(14);
    expect(story.body[1]).toBe(
      '“Look Good Feel Better” is a program that offers free lessons in makeup and skin care, with tips on covering heads gone bald and using eye-liner to replace fallen eyebrows.',
    );
    expect(story.body[13]).toBe('APTN contributor Kacey Cherry in Buenos Aires helped with this story.');
    expect(story.body.join(' ')).not.toMatch(/``|''|<$/);
    expect(story.body.join(' ')).not.toContain('\u0003');
    expect(story.removed).toEqual([{ kind: 'separator', text: '___' }]);
  });

  it('dates the version from the trailer "AP-WF-11-13-13 1509GMT"', () => {
    expect(story.versionCreated).toBe('2013-11-13T15:09:00Z');
  });

  it('maps priority "f" (flash) to urgency 1 and keeps the category code', () => {
    expect(story.urgency).toBe(1);
    expect(story.subjects).toEqual(['anpa-category:l']);
  });

  it('is the first version, with an identity built from agency, slug and filing day', () => {
    expect(story.version).toBe(1);
    expect(story.signals).toBeUndefined();
    expect(story.pubStatus).toBe('usable');
    expect(story.uri).toBe('urn:copydesk:anpa:ap:lt-argentina-cancer-beauty:2013-11-13');
    expect(story.warnings).toEqual([]);
  });
});

describe('AP ANPA sample: Heat-Hawks 1st Ld-Writethru (anpa1312/ap_anpa-1.tst)', () => {
  const story = sampleStory('anpa1312/ap_anpa-1.tst');

  it('reads headline, slug and a sports writer byline', () => {
    expect(story.headline).toBe('Deng has 30 points, short-handed Heat beat Hawks 115-111');
    expect(story.slugline).toBe('BC-BKN--Heat-Hawks');
    expect(story.byline).toBe('CHARLES ODUM, AP Sports Writer');
    expect(story.dateline).toEqual({ text: 'ATLANTA (AP) —', place: 'Atlanta', agency: 'AP' });
  });

  it('is a write-through with a new lead: version 2, signals update and writethru', () => {
    expect(story.version).toBe(2);
    expect(story.signals).toEqual(['update', 'writethru']);
    expect(story.pubStatus).toBe('usable');
    expect(story.uri).toBe('urn:copydesk:anpa:ap:bkn-heat-hawks:2016-02-20');
  });

  it('keeps the abstract beside the story, not in it, and the Eds note as edNote', () => {
    expect(story.removed[0]).toEqual({
      kind: 'boilerplate',
      text: 'Luol Deng scored 30 points and Josh McRoberts had 19 — season highs for each player — and the Miami Heat, playing without All-Stars Dwyane Wade and Chris Bosh, beat the Atlanta Hawks 115-111 on Friday night. Wade was ruled out about an hour before the game due to soreness in the back of his left knee.',
    });
    expect(story.edNote).toBe('AP Photo GATK105, GATK106, GATK103, GATK107, GATK104, GATK102\nEds: Heat 115, Hawks 111. Updates. With AP Photos.');
  });

  it('reads CRLF tab paragraphs, subheads included, with no carriage returns left', () => {
    expect(story.body).toHaveLength(18);
    expect(story.body[0]).toBe(
      'ATLANTA (AP) — Luol Deng scored 30 points and Josh McRoberts had 19 — season highs for each player — and the Miami Heat, playing without All-Stars Dwyane Wade and Chris Bosh, beat the Atlanta Hawks 115-111 on Friday night.',
    );
    expect(story.body[12]).toBe('TIP-INS');
    expect(story.body[17]).toBe('Hawks: Host Milwaukee on Saturday night.');
    expect(story.body.join('')).not.toMatch(/\r/);
  });

  it('regular priority is urgency 5; the trailer dates it 2016-02-20 03:37 GMT', () => {
    expect(story.urgency).toBe(5);
    expect(story.versionCreated).toBe('2016-02-20T03:37:00Z');
  });
});
