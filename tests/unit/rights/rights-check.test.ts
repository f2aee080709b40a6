import { describe, expect, it } from 'vitest';
import { RightsDecision, type IntendedUseInput } from '../../../shared/model/licence.ts';
import { storyRestrictions, useInstant, type RightsStory } from '../../../shared/rights/rights-check.ts';
import { blockingCodes, check, licence, NOW, openLicence, story, usageLog, use } from './rights-fixtures.ts';

type Terms = Parameters<typeof licence>[0];

/** The story was first sent at 2026-03-01T07:30Z; the use is on 14 Mar 2026 unless a row says otherwise. */
const BLOCKED: [string, Terms, Partial<IntendedUseInput>, RegExp][] = [
  ['retired', { retired: true }, {}, /^The licence EFE-NE-2026 has been retired\.$/],
  ['not-yet-valid', { validFrom: '2026-04-01' }, {}, /^The licence starts on 1 Apr 2026\.$/],
  ['expired', { validTo: '2026-02-28' }, {}, /^The licence expired on 28 Feb 2026\.$/],
  ['channel', { channels: ['web'] }, { channel: 'print' }, /^Web is allowed; print is not\.$/],
  ['channel', { channels: ['print', 'web'] }, { channel: 'social' }, /^Web and print are allowed; social is not\.$/],
  ['territory', { territories: { mode: 'include', countries: ['ES', 'PT'] } }, { territory: 'FR' }, /^The licence covers only ES, PT, not FR\.$/],
  ['territory', { territories: { mode: 'include', countries: ['ES'] } }, { territory: null }, /covers only ES: say where/],
  ['territory', { territories: { mode: 'exclude', countries: ['US', 'CA'] } }, { territory: 'us' }, /^The licence does not cover US\.$/],
  ['territory', { territories: { mode: 'exclude', countries: ['US'] } }, {}, /does not cover US: say where/],
  ['territory', { territories: { mode: 'include', countries: [] } }, { territory: 'ES' }, /lists no country/],
  ['modification', { mayModify: false }, { modified: true }, /^The licence does not allow changes to the copy\.$/],
  ['translation', { mayTranslate: false }, { translated: true }, /^The licence does not allow translation\.$/],
  ['excerpt', { mayExcerpt: false }, { excerptWords: 50 }, /^The licence does not allow excerpts\.$/],
  ['excerpt', { mayExcerpt: true, maxExcerptWords: 150 }, { excerptWords: 151 }, /up to 150 words; this one has 151\.$/],
  ['hold', { embargoHoldHours: 24 * 14 }, {}, /holds copy for 336 h after transmission: it may appear from 15 Mar 2026, 07:30 UTC\.$/],
  ['hold', { embargoHoldHours: 2 }, { date: '2026-03-01T09:29:59Z' }, /from 1 Mar 2026, 09:30 UTC\.$/],
];

/** The same licences and uses, just inside each limit. */
const ALLOWED: [string, Terms, Partial<IntendedUseInput>][] = [
  ['on the first valid day', { validFrom: '2026-03-14' }, { date: '2026-03-14' }],
  ['on the last valid day, inclusive', { validTo: '2026-03-14' }, { date: '2026-03-14T23:59:59.999Z' }],
  ['on a listed channel', { channels: ['web'] }, { channel: 'web' }],
  ['in a listed country', { territories: { mode: 'include', countries: ['ES', 'PT'] } }, { territory: 'pt' }],
  ['outside the excluded countries', { territories: { mode: 'exclude', countries: ['US'] } }, { territory: 'MX' }],
  ['worldwide, no country given', {}, { territory: null }],
  ['modified, when the licence allows it', { mayModify: true }, { modified: true }],
  ['translated, when the licence allows it', { mayTranslate: true }, { translated: true }],
  ['an excerpt at the maximum', { mayExcerpt: true, maxExcerptWords: 150 }, { excerptWords: 150 }],
  ['an excerpt of any length', { mayExcerpt: true, maxExcerptWords: null }, { excerptWords: 5000 }],
  ['the whole story, excerpts not allowed', { mayExcerpt: false }, { excerptWords: null }],
  ['once the hold has passed', { embargoHoldHours: 2 }, { date: '2026-03-01T09:30:00Z' }],
  // Without a hold, a bare day means that whole day: a story sent at 07:30 may be used "on 1 Mar".
  ['on the day it was sent, without a hold', { embargoHoldHours: 0 }, { date: '2026-03-01' }],
];

describe('checkRights: each rule of a licence', () => {
  it.each(BLOCKED)('blocks with %s (%#)', (code, terms, intended, message) => {
    const lic = licence(terms);
    const decision = check([lic], intended);
    expect(decision.allowed).toBe(false);
    expect(decision.overridable).toBe(true);
    expect(blockingCodes(decision)).toEqual([code]);
    const [first] = decision.reasons;
    expect(first?.message).toMatch(message);
    expect(first?.licenceId).toBe(lic.id);
    // The nearest licence is still cited, with its credit.
    expect(decision.licence?.id).toBe(lic.id);
    expect(decision.attribution).toBe('© 2021 EFE News Services (U.S.) Inc.');
  });

  it.each(ALLOWED)('allows %s', (_case, terms, intended) => {
    const lic = licence(terms);
    const decision = check([lic], intended);
    expect(blockingCodes(decision)).toEqual([]);
    expect(decision.allowed).toBe(true);
    expect(decision.reasons).toEqual([
      { code: 'allowed', blocking: false, message: 'Allowed by EFE-NE-2026 (EFE via Acquire Media (NewsEdge))', licenceId: lic.id },
    ]);
    expect(decision.licence).toEqual(lic);
    expect(decision.attribution).toBe('© 2021 EFE News Services (U.S.) Inc.');
    expect(RightsDecision.parse(decision)).toEqual(decision);
  });

  it('names a licence for any distributor by its agency alone', () => {
    const decision = check([licence({ distributor: null, reference: 'EFE-DIRECT' })]);
    expect(decision.reasons.map((r) => r.message)).toEqual(['Allowed by EFE-DIRECT (EFE)']);
  });

  it('gives every reason at once, the blocking ones before anything else', () => {
    const decision = check([licence({ validTo: '2026-02-28', channels: ['print'], territories: { mode: 'include', countries: ['ES'] } })], {
      channel: 'web',
      territory: 'FR',
      modified: true,
      translated: true,
      excerptWords: 40,
    });
    expect(decision.allowed).toBe(false);
    expect(blockingCodes(decision)).toEqual(['expired', 'channel', 'territory', 'modification', 'translation', 'excerpt']);
    expect(decision.reasons.every((r) => r.blocking)).toBe(true);
  });
});

describe('checkRights: the date of the use', () => {
  const year2026 = licence({ validFrom: '2026-01-01', validTo: '2026-12-31' });

  it.each([
    ['2026-12-31', []],
    ['2026-12-31T23:59:59Z', []],
    ['2027-01-01', ['expired']],
    ['2027-01-01T00:00:00Z', ['expired']],
    // 23:30 an hour west of Greenwich is already 1 January in UTC.
    ['2026-12-31T23:30:00-01:00', ['expired']],
    ['2027-01-01T00:30:00+01:00', []],
    ['2026-01-01', []],
    ['2025-12-31T23:59:59Z', ['not-yet-valid']],
    ['  2026-06-01  ', []],
  ])('%s: %j', (date, codes) => {
    expect(blockingCodes(check([year2026], { date }))).toEqual(codes);
  });

  it('is now when the use names no date', () => {
    expect(blockingCodes(check([year2026], {}, { now: new Date('2027-01-01T00:00:00Z') }))).toEqual(['expired']);
    expect(blockingCodes(check([year2026], {}, { now: new Date('2026-12-31T23:59:00Z') }))).toEqual([]);
  });

  it.each(['2026-02-30', '2026-13-01', '31/12/2026', 'tomorrow', '2026-12-31T25:00Z', '2026-12-31T10:00+25:00', ''])(
    'refuses %j as a date, whatever the licences say',
    (date) => {
      const decision = check([openLicence()], { date });
      expect(decision.allowed).toBe(false);
      expect(decision.overridable).toBe(false);
      expect(blockingCodes(decision)).toEqual(['bad-date']);
      expect(decision.reasons[0]?.message).toContain('YYYY-MM-DD');
    },
  );

  it('reads a bare day as its start in UTC and a date-time without offset as UTC', () => {
    expect(useInstant(use({ date: '2026-03-14' }), NOW)?.toISOString()).toBe('2026-03-14T00:00:00.000Z');
    expect(useInstant(use({ date: '2026-03-14T09:15' }), NOW)?.toISOString()).toBe('2026-03-14T09:15:00.000Z');
    expect(useInstant(use({ date: '2026-03-14T09:15:30.5+02:00' }), NOW)?.toISOString()).toBe('2026-03-14T07:15:30.500Z');
    expect(useInstant(use({ date: '0099-03-14' }), NOW)?.toISOString()).toBe('0099-03-14T00:00:00.000Z');
    expect(useInstant(use(), NOW)).toEqual(NOW);
  });
});

describe('checkRights: overlapping licences', () => {
  const narrow = licence({
    reference: 'EFE-WEB-ES',
    channels: ['web'],
    territories: { mode: 'include', countries: ['ES'] },
    attribution: 'EFE / {distributor}',
  });
  const broad = licence({
    reference: 'EFE-ALL',
    distributor: null,
    channels: ['web', 'print', 'social'],
    mayModify: true,
    attribution: '© {year} EFE News Services (U.S.) Inc.',
  });

  it.each([
    ['narrow first', [narrow, broad]],
    ['broad first', [broad, narrow]],
  ])('the broad licence applies when both allow the use (%s), and its credit is printed', (_order, licences) => {
    const decision = check(licences, { channel: 'web', territory: 'ES' });
    expect(decision.allowed).toBe(true);
    expect(decision.licence?.reference).toBe('EFE-ALL');
    expect(decision.attribution).toBe('© 2021 EFE News Services (U.S.) Inc.');
    expect(decision.reasons[0]?.message).toBe('Allowed by EFE-ALL (EFE)');
  });

  it('the narrow licence applies when only it allows the use', () => {
    const expiredBroad = { ...broad, validTo: '2026-02-28' };
    const decision = check([expiredBroad, narrow], { channel: 'web', territory: 'ES' });
    expect(decision.allowed).toBe(true);
    expect(decision.licence?.reference).toBe('EFE-WEB-ES');
    expect(decision.attribution).toBe('EFE / Acquire Media (NewsEdge)');
  });

  it('a licence that allows more in general does not apply when it forbids this use', () => {
    const decision = check([broad, narrow], { channel: 'web', territory: 'ES', excerptWords: 100 }, {});
    expect(decision.allowed).toBe(false);
    const withExcerpts = { ...narrow, mayExcerpt: true };
    const allowed = check([broad, withExcerpts], { channel: 'web', territory: 'ES', excerptWords: 100 });
    expect(allowed.licence?.reference).toBe('EFE-WEB-ES');
    expect(allowed.allowed).toBe(true);
  });

  it('when neither allows it, the one nearest to allowing it is cited with its reasons', () => {
    // Print in France, translated: the broad licence only lacks translation; the narrow one lacks channel, territory and translation.
    const decision = check([narrow, broad], { channel: 'print', territory: 'FR', translated: true });
    expect(decision.allowed).toBe(false);
    expect(decision.overridable).toBe(true);
    expect(decision.licence?.reference).toBe('EFE-ALL');
    expect(blockingCodes(decision)).toEqual(['translation']);
    expect(decision.attribution).toBe('© 2021 EFE News Services (U.S.) Inc.');

    // Social in Spain, after the broad licence expired and modified: the broad one is two reasons away, the narrow one three.
    const later = check([narrow, { ...broad, validTo: '2026-02-28', mayModify: false }], { channel: 'social', territory: 'ES', modified: true });
    expect(later.licence?.reference).toBe('EFE-ALL');
    expect(blockingCodes(later)).toEqual(['expired', 'modification']);

    // Web in Spain, modified: the broad one has expired (one reason), the narrow one forbids changes (one reason): the more permissive is cited.
    const tie = check([narrow, { ...broad, validTo: '2026-02-28' }], { channel: 'web', territory: 'ES', modified: true });
    expect(tie.licence?.reference).toBe('EFE-ALL');
    expect(blockingCodes(tie)).toEqual(['expired']);
  });
});

describe('checkRights: the story’s own restrictions win', () => {
  const everything = openLicence();

  it.each<[string, Partial<RightsStory>, string]>([
    ['killed', { state: 'killed' }, 'killed'],
    ['cancelled by the wire (old archive, no state)', { state: undefined, pubStatus: 'canceled' }, 'killed'],
    ['withheld', { state: 'withheld', pubStatus: 'withheld' }, 'withheld'],
    ['withheld by the current version', { state: undefined, pubStatus: 'withheld' }, 'withheld'],
    ['embargoed until after the use', { embargoedUntil: '2026-03-14T12:00:00.001Z', state: 'embargoed' }, 'embargo'],
    ['under an embargo nobody can read', { embargoedUntil: 'when the minister speaks' }, 'embargo'],
    ['embargoed, the time not kept', { embargoedUntil: null, state: 'embargoed' }, 'embargo'],
  ])('%s: blocked even under a licence that allows everything, and no override', (_case, overrides, code) => {
    const decision = check([everything], { channel: 'web', modified: true, translated: true }, { story: overrides });
    expect(decision.allowed).toBe(false);
    expect(decision.overridable).toBe(false);
    expect(blockingCodes(decision)).toEqual([code]);
    expect(decision.reasons[0]?.licenceId).toBeNull();
    expect(decision.reasons.some((r) => r.code === 'allowed')).toBe(false);
    // The licence that would apply is still named, for the rights panel.
    expect(decision.licence?.id).toBe(everything.id);
  });

  it('a kill adds to the licence’s own reasons and comes first', () => {
    const decision = check([licence()], { translated: true }, { story: { state: 'killed', embargoedUntil: '2026-04-01T00:00:00Z' } });
    expect(blockingCodes(decision)).toEqual(['killed', 'embargo', 'translation']);
    expect(decision.overridable).toBe(false);
  });

  it('an embargo blocks a use before it lifts and not one after', () => {
    const embargoed = { embargoedUntil: '2026-03-20T06:00:00+01:00' };
    const before = check([everything], { date: '2026-03-20T04:59:59Z' }, { story: embargoed });
    expect(blockingCodes(before)).toEqual(['embargo']);
    expect(before.reasons[0]?.message).toBe('The story is embargoed until 20 Mar 2026, 05:00 UTC.');
    expect(check([everything], { date: '2026-03-20T05:00:00Z' }, { story: embargoed }).allowed).toBe(true);
    // The derived state says "embargoed" (now), but the use is after the embargo: the time decides.
    expect(check([everything], { date: '2026-03-21' }, { story: { ...embargoed, state: 'embargoed' } }).allowed).toBe(true);
  });

  it('a kill blocks a story no licence covers, without override', () => {
    const decision = check([], {}, { story: { state: 'killed' } });
    expect(blockingCodes(decision)).toEqual(['killed', 'no-licence']);
    expect(decision.overridable).toBe(false);
  });

  it('storyRestrictions lists them at an instant, for the rights panel', () => {
    const s = story({ state: 'killed', pubStatus: 'withheld', embargoedUntil: '2026-03-20T05:00:00Z' });
    expect(storyRestrictions(s, new Date('2026-03-19T00:00:00Z')).map((r) => r.code)).toEqual(['killed', 'withheld', 'embargo']);
    expect(storyRestrictions(s, new Date('2026-03-21T00:00:00Z')).map((r) => r.code)).toEqual(['killed', 'withheld']);
    expect(storyRestrictions(story(), NOW)).toEqual([]);
  });
});

describe('checkRights: monthly caps', () => {
  const capped = licence({ id: 'capped', monthlyCap: 3 });
  const recorded = [
    { licenceId: 'capped', usedAt: '2026-02-27T10:00:00.000Z' },
    { licenceId: 'capped', usedAt: '2026-02-28T23:59:00.000Z' },
    { licenceId: 'capped', usedAt: '2026-03-01T00:00:00.000Z' },
    { licenceId: 'capped', usedAt: '2026-03-02T10:00:00.000Z' },
    { licenceId: 'other', usedAt: '2026-03-03T10:00:00.000Z' },
  ];

  it('allows uses until the cap is reached in the use’s month', () => {
    expect(check([capped], { date: '2026-03-14' }, { usesInMonth: usageLog(recorded) }).allowed).toBe(true);
    const full = [...recorded, { licenceId: 'capped', usedAt: '2026-03-10T10:00:00.000Z' }];
    const decision = check([capped], { date: '2026-03-14' }, { usesInMonth: usageLog(full) });
    expect(decision.allowed).toBe(false);
    expect(decision.overridable).toBe(true);
    expect(blockingCodes(decision)).toEqual(['monthly-cap']);
    expect(decision.reasons[0]?.message).toBe('The licence allows 3 uses a month; 3 already recorded for Mar 2026.');
  });

  it('does not count the previous month’s uses', () => {
    const february = recorded.filter((u) => u.usedAt.startsWith('2026-02'));
    const crowded = [...february, ...february, ...february];
    expect(check([capped], { date: '2026-02-20' }, { usesInMonth: usageLog(crowded) }).allowed).toBe(false);
    expect(check([capped], { date: '2026-03-01' }, { usesInMonth: usageLog(crowded) }).allowed).toBe(true);
  });

  it('asks for the month of the use, not of now', () => {
    const asked: string[] = [];
    check([capped], { date: '2026-07-31T23:00:00-02:00' }, { usesInMonth: (_id, month) => (asked.push(month), 0) });
    expect(asked).toEqual(['2026-08']);
  });

  it('another licence without a cap applies when the capped one is full', () => {
    const uncapped = licence({ id: 'uncapped', reference: 'EFE-WEB', channels: ['web'] });
    const full = [...recorded, { licenceId: 'capped', usedAt: '2026-03-10T10:00:00.000Z' }];
    const decision = check([capped, uncapped], { date: '2026-03-14' }, { usesInMonth: usageLog(full) });
    expect(decision.allowed).toBe(true);
    expect(decision.licence?.id).toBe('uncapped');
  });
});

describe('checkRights: no licence on file', () => {
  it('blocks, names the agency and distributor, and may be overridden', () => {
    const decision = check([]);
    expect(decision).toEqual({
      allowed: false,
      reasons: [
        { code: 'no-licence', blocking: true, message: 'No licence on file covers this story (EFE via Acquire Media (NewsEdge)).', licenceId: null },
      ],
      attribution: null,
      licence: null,
      overridable: true,
    });
  });

  it('says so plainly for a story that names no source', () => {
    const decision = check([], {}, { story: { provider: null, distributor: null, copyright: null } });
    expect(decision.reasons[0]?.message).toBe('No licence on file covers this story.');
  });
});
