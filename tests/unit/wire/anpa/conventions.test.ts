import { describe, expect, it } from 'vitest';
import { parseAnpa } from '../../../../shared/wire/parse-anpa.ts';
import { EOT, ETX, SOH, STX, apTransmission, bytes, readTransmission, storiesOf } from './transmissions.ts';

const lead = '\t   WASHINGTON (AP) _ The Senate voted on Saturday to end a 16-day standoff over the budget.';

function one(text: string) {
  const stories = storiesOf(readTransmission(bytes(text)));
  expect(stories).toHaveLength(1);
  return stories[0] as NonNullable<(typeof stories)[0]>;
}

/** A dpa-style 7901 transmission around a title block and copy lines. */
function dpa(title: string, copy: string[], trailer = '141200 GMT Dec 23'): string {
  return `${SOH}eca0300 4 i 120  dpa 0301\r\n\r\nEU/summit/\r\n${STX}${title}\r\n${copy.map((l) => `${l}\r\n`).join('')}\r\n${ETX}${trailer}\r\n\u007f${EOT}`;
}

describe('AP take keys in the slug line and the version field', () => {
  it('a corrected write-through: version 3, update + writethru + correction', () => {
    const story = one(
      apTransmission({ keyword: 'BC-US--Senate-Budget', version: '2ndLd-Writethru', copy: ['^BC-US--Senate-Budget, 2nd Ld-Writethru, Correction,620<', '^Senate ends standoff<', '^Eds: Corrects vote tally in 2nd graf.<', lead] }),
    );
    expect(story.version).toBe(3);
    expect(story.signals).toEqual(['update', 'writethru', 'correction']);
    expect(story.uri).toBe('urn:copydesk:anpa:ap:us-senate-budget:2013-10-12');
  });

  it('a kill notice with no copy of its own shows the notice as its body', () => {
    const story = one(apTransmission({ priority: 'b', keyword: 'BC-US--Senate-Budget', version: 'KILL', copy: ['^BC-US--Senate-Budget, KILL,30<', '^KILL<', '^Eds: Kill<'] }));
    expect(story.pubStatus).toBe('canceled');
    expect(story.signals).toEqual(['kill']);
    expect(story.body).toEqual(['Eds: Kill']);
    expect(story.edNote).toBe('Eds: Kill');
    expect(story.uri).toBe('urn:copydesk:anpa:ap:us-senate-budget:2013-10-12');
  });

  it('an "Eds: … withdrawn" advisory is a kill too', () => {
    const story = one(apTransmission({ keyword: 'BC-US--Senate-Budget', copy: ['^BC-US--Senate-Budget,30<', '^Senate ends standoff<', '^Eds: This story has been withdrawn. There will be no substitute.<', lead] }));
    expect(story.pubStatus).toBe('canceled');
    expect(story.signals).toEqual(['kill', 'withdrawal']);
  });

  it('a story that only mentions a killing is not a kill', () => {
    const story = one(apTransmission({ keyword: 'BC-US--Storm', copy: ['^BC-US--Storm,30<', '^Storm kills 12 in Texas<', '\t   DALLAS (AP) _ A storm killed 12 people in Texas on Saturday.'] }));
    expect(story.pubStatus).toBe('usable');
    expect(story.headline).toBe('Storm kills 12 in Texas');
    expect(story.version).toBe(1);
  });

  it('AP News Alerts share one slug, so they get no uri that would tie them together', () => {
    const story = one(apTransmission({ priority: 'b', keyword: 'BC-US--APNewsAlert', copy: ['^BC-US--APNewsAlert,17<', '\t   HONOLULU (AP) _ Hawaii files court challenge to travel ban rules.'] }));
    expect(story.uri).toBeUndefined();
    expect(story.slugline).toBe('BC-US--APNewsAlert');
    expect(story.headline).toBe('Hawaii files court challenge to travel ban rules');
    expect(story.headlineDerived).toBe(true);
    expect(story.urgency).toBe(2);
  });

  it('a December story filed late and stamped in January keeps its December filing day', () => {
    const story = one(apTransmission({ keyword: 'BC-US--Year-End', filed: '12-31', trailer: 'AP-NY-01-01-14 0130EST', copy: ['^BC-US--Year-End,30<', '^Year ends quietly<', lead] }));
    expect(story.uri).toBe('urn:copydesk:anpa:ap:us-year-end:2013-12-31');
    expect(story.versionCreated).toBe('2014-01-01T01:30:00-05:00');
  });

  it('without a readable trailer there is no year, so no uri and no version time', () => {
    const story = one(apTransmission({ keyword: 'BC-US--Senate-Budget', trailer: 'end of story', copy: ['^BC-US--Senate-Budget,30<', '^Senate ends standoff<', lead] }));
    expect(story.uri).toBeUndefined();
    expect(story.versionCreated).toBeUndefined();
  });

  it('Canadian Press: day-first filing date, "7th Writethru", "16:35ET 31-10-14"', () => {
    const cp = `\u0016\u0016${SOH}B1488\u001fcpstf\nr b\u0013\u0011 Dollar-Markets 7thWritethru TB06 31-10 588\r\n${STX}^Dollar-Markets, 7th Writethru@<\r\n^HL:Stock markets advance@<\r\n^By Malcolm Morrison@<\r\n^THE CANADIAN PRESS@<\r\n\t   TORONTO (CP) _ The Toronto stock market ran ahead sharply Friday on\r\nrelief that another central bank is stepping up.<\r\n${ETX}16:35ET 31-10-14<\r\n${EOT}`;
    const story = one(cp);
    expect(story.version).toBe(8);
    expect(story.signals).toEqual(['writethru']);
    expect(story.byline).toBe('Malcolm Morrison, THE CANADIAN PRESS');
    expect(story.body).toEqual(['TORONTO (CP) — The Toronto stock market ran ahead sharply Friday on relief that another central bank is stepping up.']);
    expect(story.versionCreated).toBe('2014-10-31T16:35:00-04:00');
    expect(story.uri).toBe('urn:copydesk:anpa:cp:dollar-markets:2014-10-31');
  });
});

describe('dpa 7901 conventions', () => {
  it('a KILL take key above the headline cancels the story', () => {
    const story = one(dpa('KILL\nEU leaders clash over budget =', ['', 'Editors are asked not to use the story. It was sent in error.']));
    expect(story.pubStatus).toBe('canceled');
    expect(story.signals).toEqual(['kill']);
    expect(story.headline).toBe('EU leaders clash over budget');
    expect(story.uri).toBeUndefined();
  });

  it('"CORRECTION" is a correction; a headline wrapped over two lines is joined', () => {
    const story = one(dpa('CORRECTION\nEU leaders clash over budget as summit\nruns into the night =', ['', 'Brussels (dpa) - The summit ran late.']));
    expect(story.signals).toEqual(['correction']);
    expect(story.headline).toBe('EU leaders clash over budget as summit runs into the night');
  });

  it('"Nicht zur Veroeffentlichung" spelled in 7-bit ASCII ends the copy too', () => {
    const story = one(dpa('Gipfel in Bruessel dauert an =', ['', 'Bruessel (dpa) - Der Gipfel dauerte bis in die Nacht.', '', 'Nicht zur Veroeffentlichung bestimmt:', 'Kontakt: Anna Keller', '', 'dpa ak']));
    expect(story.body).toEqual(['Bruessel (dpa) - Der Gipfel dauerte bis in die Nacht.']);
    expect(story.edNote).toBe('Nicht zur Veroeffentlichung bestimmt:\nKontakt: Anna Keller');
    expect(story.signoff).toBe('dpa ak');
  });

  it('a service note that opens the copy is edNote, and the copy after it stays the body', () => {
    const story = one(dpa('Terminvorschau =', ['', 'Nicht zur Veroeffentlichung - Terminvorschau fuer Montag', '', 'Bruessel: EU-Gipfel, 10.00 Uhr']));
    expect(story.edNote).toBe('Nicht zur Veroeffentlichung - Terminvorschau fuer Montag');
    expect(story.body).toEqual(['Bruessel: EU-Gipfel, 10.00 Uhr']);
  });

  it('a quote that mentions publication, and an AP "Notebook" subhead, stay in the copy', () => {
    const story = one(dpa('Leak inquiry =', ['', 'Berlin (dpa) - The memo was leaked.', '', '"It was not for publication," the minister said.', '', 'Notebook', '', 'The inquiry opens on Monday.']));
    expect(story.body).toHaveLength(4);
    expect(story.edNote).toBeUndefined();
  });

  it('a trailer without a zone leaves the version time unset and says why', () => {
    const story = one(dpa('EU leaders clash =', ['', 'Brussels (dpa) - The summit ran late.'], '211259 Nov 18'));
    expect(story.versionCreated).toBeUndefined();
    expect(story.warnings).toContain('The time stamp after the copy names no time zone, so no version time was recorded.');
  });
});

describe('files and framing', () => {
  it('one file may hold several transmissions, each its own story', () => {
    const a = apTransmission({ keyword: 'BC-US--Senate-Budget', copy: ['^BC-US--Senate-Budget,30<', '^Senate ends standoff<', lead] });
    const b = dpa('EU leaders clash =', ['', 'Brussels (dpa) - The summit ran late.']);
    const result = readTransmission(bytes(`${a}\r\n${b}`));
    const stories = storiesOf(result);
    expect(stories.map((s) => [s.format, s.headline])).toEqual([
      ['anpa1312', 'Senate ends standoff'],
      ['iptc7901', 'EU leaders clash'],
    ]);
    expect(result.ok && result.notes).toBeUndefined();
  });

  it('a transmission with no copy is reported beside the stories that have some', () => {
    const good = dpa('EU leaders clash =', ['', 'Brussels (dpa) - The summit ran late.']);
    const result = parseAnpa(`${good}\n${SOH}eca0301 4 i 0  dpa 0302\r\n${STX}${ETX}141201 GMT Dec 23\r\n${EOT}`);
    expect(result.ok && result.stories).toHaveLength(1);
    expect(result.ok && result.notes).toEqual(['Transmission 2 of 2: the transmission holds no story text.']);
  });

  it('a file of nothing but framing is a typed error', () => {
    expect(parseAnpa(`${SOH}${STX}${ETX}${EOT}`)).toEqual({ ok: false, error: { code: 'no-story', message: 'the transmission holds no story text' } });
  });

  it('SOH in the middle of a line is line noise, not a second story', () => {
    const story = one(dpa('EU leaders clash =', ['', `Brussels (dpa) - The summit${SOH} ran late.`]));
    expect(story.body).toEqual(['Brussels (dpa) - The summit ran late.']);
    expect(story.warnings).toContain('Removed 1 stray control character from the text.');
  });

  it('a transmission cut off before ETX is read, with a warning', () => {
    const full = apTransmission({ keyword: 'BC-US--Senate-Budget', copy: ['^BC-US--Senate-Budget,30<', '^Senate ends standoff<', lead, '\t   The vote was 81-18.'] });
    const story = one(full.slice(0, full.indexOf('81-18')));
    expect(story.body).toEqual(['WASHINGTON (AP) — The Senate voted on Saturday to end a 16-day standoff over the budget.', 'The vote was']);
    expect(story.warnings).toContain('The transmission has no end-of-text mark (ETX); it may be cut off.');
    expect(story.versionCreated).toBeUndefined();
  });

  it('a 7901 transmission without STX: the header and keyword lines end where the copy starts', () => {
    const story = one(`${SOH}eca0300 4 i 120  dpa 0301\r\n\r\nEU/summit/\r\nEU leaders clash =\r\n\r\nBrussels (dpa) - The summit ran late.\r\n${ETX}141200 GMT Dec 23\r\n${EOT}`);
    expect(story).toMatchObject({ headline: 'EU leaders clash', slugline: 'EU/summit', urgency: 4, versionCreated: '2023-12-14T12:00:00Z' });
    expect(story.body).toEqual(['Brussels (dpa) - The summit ran late.']);
  });

  it('a header that cannot be read is said, and the copy is still read', () => {
    const story = one(`${SOH}garbled header\r\n${STX}Port strike ends\r\n\r\nROTTERDAM (Reuters) - Dock workers ended a strike.\r\n${ETX}\r\n${EOT}`);
    expect(story.headline).toBe('Port strike ends');
    expect(story.provider).toBe('Reuters');
    expect(story.warnings).toContain('The transmission header could not be read; the copy was read without it.');
  });
});
