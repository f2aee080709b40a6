import { describe, expect, it } from 'vitest';
import { rankLicences } from '../../../shared/rights/rank-licences.ts';
import { licence } from './rights-fixtures.ts';

type Terms = Parameters<typeof licence>[0];

describe('rankLicences puts the more permissive licence first', () => {
  it.each<[string, Terms, Terms]>([
    ['more channels', { channels: ['web', 'print'] }, { channels: ['web'] }],
    ['worldwide over everywhere but some', {}, { territories: { mode: 'exclude', countries: ['US'] } }],
    ['everywhere but some over only some', { territories: { mode: 'exclude', countries: ['US'] } }, { territories: { mode: 'include', countries: ['ES', 'PT', 'FR'] } }],
    ['only in more countries', { territories: { mode: 'include', countries: ['ES', 'PT'] } }, { territories: { mode: 'include', countries: ['ES'] } }],
    ['everywhere but fewer countries', { territories: { mode: 'exclude', countries: ['US'] } }, { territories: { mode: 'exclude', countries: ['US', 'CA'] } }],
    ['may modify', { mayModify: true }, { mayModify: false }],
    ['may translate', { mayTranslate: true }, { mayTranslate: false }],
    ['may excerpt', { mayExcerpt: true, maxExcerptWords: 10 }, { mayExcerpt: false }],
    ['longer excerpts', { mayExcerpt: true, maxExcerptWords: 300 }, { mayExcerpt: true, maxExcerptWords: 150 }],
    ['excerpts of any length', { mayExcerpt: true, maxExcerptWords: null }, { mayExcerpt: true, maxExcerptWords: 10_000 }],
    ['valid for longer', { validTo: '2027-06-30' }, { validTo: '2026-12-31' }],
    ['valid until further notice', { validTo: null }, { validTo: '2099-12-31' }],
    ['no monthly cap', { monthlyCap: null }, { monthlyCap: 10_000 }],
    ['a larger monthly cap', { monthlyCap: 500 }, { monthlyCap: 100 }],
    ['not retired', { retired: false, channels: ['web'] }, { retired: true, channels: ['web', 'print', 'social'] }],
    // Each step of the ranking only breaks the ties of the ones before it.
    ['channels before territory', { channels: ['web', 'print'], territories: { mode: 'include', countries: ['ES'] } }, { channels: ['web'] }],
    ['territory before modification', { mayModify: false }, { territories: { mode: 'exclude', countries: ['US'] }, mayModify: true }],
    ['modification before translation', { mayModify: true }, { mayTranslate: true }],
    ['translation before excerpts', { mayTranslate: true }, { mayExcerpt: true }],
    ['excerpts before validity', { mayExcerpt: true, validTo: '2026-01-31' }, { validTo: null }],
    ['validity before the cap', { validTo: null, monthlyCap: 1 }, { validTo: '2026-12-31' }],
    ['by reference when otherwise equal', { reference: 'A-1' }, { reference: 'B-1' }],
    ['by id when the reference is the same too', { id: 'a' }, { id: 'b' }],
  ])('%s', (_case, wider, narrower) => {
    // The last tie-break (id) favours the narrower one, so only the rule under test can put the wider first.
    const w = licence({ reference: 'REF', id: 'z-wider', ...wider });
    const n = licence({ reference: 'REF', id: 'a-narrower', ...narrower });
    expect(rankLicences([n, w])).toEqual([w, n]);
    expect(rankLicences([w, n])).toEqual([w, n]);
  });

  it('orders several licences and leaves the input untouched', () => {
    const a = licence({ reference: 'WEB-ES', channels: ['web'], territories: { mode: 'include', countries: ['ES'] } });
    const b = licence({ reference: 'ALL', channels: ['web', 'print', 'social'], mayModify: true });
    const c = licence({ reference: 'WEB', channels: ['web'] });
    const input = [a, b, c];
    expect(rankLicences(input).map((l) => l.reference)).toEqual(['ALL', 'WEB', 'WEB-ES']);
    expect(input).toEqual([a, b, c]);
  });
});
