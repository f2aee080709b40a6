import { describe, expect, it } from 'vitest';
import { fixtureStory } from './transmissions.ts';

describe('an AP story, its 1st Ld-Writethru and its kill', () => {
  const original = fixtureStory('ap-senate-budget.tst');
  const writethru = fixtureStory('ap-senate-budget-1stld-writethru.tst');
  const kill = fixtureStory('ap-senate-budget-kill.tst');

  it('all three carry the same uri, so ingest links them as versions of one story', () => {
    expect(original.uri).toBe('urn:copydesk:anpa:ap:us-senate-budget:2013-10-12');
    expect(writethru.uri).toBe(original.uri);
    expect(kill.uri).toBe(original.uri);
    for (const s of [original, writethru, kill]) expect(s.slugline).toBe('BC-US--Senate-Budget');
  });

  it('the original: version 1, usable, urgent priority → urgency 3', () => {
    expect(original.version).toBe(1);
    expect(original.signals).toBeUndefined();
    expect(original.pubStatus).toBe('usable');
    expect(original.urgency).toBe(3);
    expect(original.headline).toBe('Senate passes budget deal, ending 16-day standoff');
    expect(original.byline).toBe('ALAN REED, Associated Press');
    expect(original.versionCreated).toBe('2013-10-12T18:45:00-04:00');
  });

  it('the original reads as an editor would print it: dateline, dash and quotes', () => {
    expect(original.dateline).toEqual({ text: 'WASHINGTON (AP) —', place: 'Washington', agency: 'AP' });
    expect(original.body).toEqual([
      "WASHINGTON (AP) — The Senate on Saturday passed a bipartisan budget deal that reopens shuttered federal offices and lifts the government's borrowing limit, ending a 16-day standoff that had rattled markets at home and abroad.",
      'The vote was 81-18. The measure now goes to the House, where leaders of both parties said they expected it to pass before the Treasury runs short of cash next week.',
      '“Nobody won this fight, and the country lost a lot of time,” Senate Majority Leader Maria Olsen said on the floor before the vote.',
      'Republican leader Thomas Grady, who negotiated the agreement with Olsen over three days of talks, said the deal was “the best we could get” — and that the next fight over spending would come in January.',
      'The measure funds the government through Jan. 15 and allows the Treasury to borrow normally until Feb. 7.',
      'Associated Press writer Dana Holt contributed to this report.',
    ]);
    expect(original.edNote).toBe('AP Photo DCSW101, DCSW102\nEds: With AP Photos.');
  });

  it('the write-through: version 2 ("1stLd" is the first new lead), signals update and writethru, new headline', () => {
    expect(writethru.version).toBe(2);
    expect(writethru.signals).toEqual(['update', 'writethru']);
    expect(writethru.pubStatus).toBe('usable');
    expect(writethru.headline).toBe('Senate passes budget deal; House vote set for Sunday');
    expect(writethru.edNote).toBe('AP Photo DCSW101, DCSW102, DCSW107\nEds: Updates with House schedule, Olsen comment. With AP Photos.');
    expect(writethru.versionCreated).toBe('2013-10-12T22:12:00-04:00');
    expect(writethru.body[2]).toBe(
      '“Nobody won this fight, and the country lost a lot of time,” Senate Majority Leader Maria Olsen said on the floor before the vote. “Tomorrow the House can end it.”',
    );
  });

  it('the kill: canceled, signal kill, bulletin priority, the notice as body and the Eds line as edNote', () => {
    expect(kill.pubStatus).toBe('canceled');
    expect(kill.signals).toEqual(['kill']);
    expect(kill.version).toBeUndefined();
    expect(kill.urgency).toBe(2);
    expect(kill.headline).toBe('KILL');
    expect(kill.edNote).toBe('Eds: KILL BC-US--Senate-Budget, sent at 10:12 p.m. EDT. The story was sent in error. There will be no substitute.');
    expect(kill.body).toEqual(['Editors: The Associated Press is killing BC-US--Senate-Budget. Make certain it is not published.', 'The AP']);
    expect(kill.versionCreated).toBe('2013-10-12T22:41:00-04:00');
    expect(kill.warnings).toEqual([]);
  });
});
