import { describe, expect, it } from 'vitest';
import { describeLicence, licenceExpiry } from '../../../shared/rights/describe-licence.ts';
import { EFE_COPYRIGHT, licence } from './rights-fixtures.ts';

type Terms = Parameters<typeof licence>[0];

describe('describeLicence', () => {
  it('writes the issue’s example for the EFE/NewsEdge licence', () => {
    const efe = licence({ channels: ['web', 'print'], validTo: '2026-12-31', mayModify: true, mayTranslate: false });
    expect(describeLicence(efe, EFE_COPYRIGHT)).toBe('Web and print until 31 Dec 2026 · no translation · credit: © 2021 EFE News Services (U.S.) Inc.');
  });

  const open = { validTo: null, mayModify: true, mayTranslate: true } satisfies Terms;

  it.each<[string, Terms, string]>([
    ['one channel, open-ended', { ...open, channels: ['web'] }, 'Web · credit: C'],
    ['three channels in the usual order', { ...open, channels: ['social', 'web', 'print'] }, 'Web, print and social · credit: C'],
    ['every channel', { ...open, channels: ['archive', 'social', 'newsletter', 'broadcast', 'print', 'web'] }, 'Web, print, broadcast, newsletter, social and archive · credit: C'],
    ['only some countries', { ...open, channels: ['web'], territories: { mode: 'include', countries: ['ES', 'PT'] } }, 'Web · only in ES, PT · credit: C'],
    ['all but some countries', { ...open, channels: ['web'], territories: { mode: 'exclude', countries: ['US'] } }, 'Web · not in US · credit: C'],
    ['nothing may change', { channels: ['print'], validTo: '2027-01-05' }, 'Print until 5 Jan 2027 · no changes · no translation · credit: C'],
    ['excerpts up to a length', { ...open, channels: ['web'], mayExcerpt: true, maxExcerptWords: 150 }, 'Web · excerpts up to 150 words · credit: C'],
    ['excerpts of any length', { ...open, channels: ['web'], mayExcerpt: true }, 'Web · excerpts allowed · credit: C'],
    ['a hold after transmission', { ...open, channels: ['web'], embargoHoldHours: 2 }, 'Web · hold 2 h after transmission · credit: C'],
    ['a takedown deadline', { ...open, channels: ['web'], killTakedownHours: 24 }, 'Web · take down within 24 h of a kill · credit: C'],
    ['a monthly cap', { ...open, channels: ['web'], monthlyCap: 500 }, 'Web · 500 uses a month · credit: C'],
    ['a cap of one', { ...open, channels: ['web'], monthlyCap: 1 }, 'Web · 1 use a month · credit: C'],
    [
      'everything at once, in order',
      {
        channels: ['web', 'newsletter'],
        validTo: '2026-06-30',
        territories: { mode: 'include', countries: ['ES'] },
        mayExcerpt: true,
        maxExcerptWords: 80,
        embargoHoldHours: 6,
        killTakedownHours: 12,
        monthlyCap: 40,
      },
      'Web and newsletter until 30 Jun 2026 · only in ES · no changes · no translation · excerpts up to 80 words · hold 6 h after transmission · take down within 12 h of a kill · 40 uses a month · credit: C',
    ],
  ])('%s', (_case, terms, expected) => {
    expect(describeLicence(licence(terms), 'C')).toBe(expected);
  });

  it('says from when a licence that has not started applies, given the time', () => {
    const future = licence({ ...open, channels: ['web'], validFrom: '2027-01-01', validTo: '2027-12-31' });
    expect(describeLicence(future, 'C', new Date('2026-12-31T23:59:59Z'))).toBe('Web from 1 Jan 2027 until 31 Dec 2027 · credit: C');
    expect(describeLicence(future, 'C', new Date('2027-01-01T00:00:00Z'))).toBe('Web until 31 Dec 2027 · credit: C');
    expect(describeLicence(future, 'C')).toBe('Web until 31 Dec 2027 · credit: C');
  });
});

describe('licenceExpiry', () => {
  const now = new Date('2026-03-01T15:00:00Z');

  it.each<[string, string | null, { expiresOn: string | null; expiresSoon: boolean }]>([
    ['no end date', null, { expiresOn: null, expiresSoon: false }],
    ['ends in 31 days', '2026-04-01', { expiresOn: null, expiresSoon: false }],
    ['ends in 30 days', '2026-03-31', { expiresOn: '2026-03-31', expiresSoon: true }],
    ['ends in 29 days', '2026-03-30', { expiresOn: '2026-03-30', expiresSoon: true }],
    ['ends today', '2026-03-01', { expiresOn: '2026-03-01', expiresSoon: true }],
    ['ended yesterday', '2026-02-28', { expiresOn: '2026-02-28', expiresSoon: true }],
    ['ended years ago', '2020-12-31', { expiresOn: '2020-12-31', expiresSoon: true }],
  ])('%s', (_case, validTo, expected) => {
    expect(licenceExpiry(licence({ validFrom: '2020-01-01', validTo }), now)).toEqual(expected);
  });

  it('counts days in UTC, whatever the hour', () => {
    const lic = licence({ validTo: '2026-03-31' });
    expect(licenceExpiry(lic, new Date('2026-03-01T00:00:00Z')).expiresSoon).toBe(true);
    expect(licenceExpiry(lic, new Date('2026-02-28T23:59:59Z')).expiresSoon).toBe(false);
  });
});
