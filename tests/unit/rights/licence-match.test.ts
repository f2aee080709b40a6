import { describe, expect, it } from 'vitest';
import { licenceMatches, matchLicences, type StoryCredit } from '../../../shared/rights/licence-match.ts';
import { EFE_COPYRIGHT, efeSampleStory, licence } from './rights-fixtures.ts';

const EFE_NEWSEDGE: StoryCredit = {
  provider: 'EFE',
  distributor: 'Acquire Media (NewsEdge)',
  copyright: EFE_COPYRIGHT,
  usageTerms: null,
};

describe('licenceMatches', () => {
  it.each<[string, Partial<StoryCredit>, Parameters<typeof licence>[0], boolean]>([
    ['the same provider and distributor', {}, {}, true],
    ['the provider in another case, with punctuation', { provider: 'efe.' }, {}, true],
    ['the provider with accents the licence lacks', { provider: 'Agência EFE' }, { provider: 'Agencia EFE' }, true],
    ['another provider', { provider: 'Reuters' }, {}, false],
    ['a provider that only contains the licence’s', { provider: 'EFE Verde' }, {}, false],
    ['a licence for any distributor, story through one', {}, { distributor: null }, true],
    ['a licence for any distributor, story direct from the agency', { distributor: null }, { distributor: null }, true],
    ['the licence naming part of the story’s distributor', {}, { distributor: 'Acquire Media' }, true],
    ['the story naming part of the licence’s distributor', { distributor: 'Acquire Media' }, {}, true],
    ['the distributor in other punctuation and case', { distributor: 'ACQUIRE MEDIA / NEWSEDGE' }, {}, true],
    ['another distributor', { distributor: 'LexisNexis' }, {}, false],
    ['a story with no distributor, the licence requiring one', { distributor: null }, {}, false],
    ['a retired licence', {}, { retired: true }, false],
    ['a copyright pattern the line holds', {}, { matchCopyright: 'EFE News Services' }, true],
    ['a copyright pattern the line lacks', {}, { matchCopyright: 'Agencia EFE S.A.' }, false],
    ['a copyright pattern and a story without a line', { copyright: null }, { matchCopyright: 'EFE News Services' }, false],
    ['a blank copyright pattern', { copyright: null }, { matchCopyright: '' }, true],
    ['usage terms the story carries', { usageTerms: 'For subscribers only. No archiving.' }, { matchUsageTerms: 'subscribers only' }, true],
    ['usage terms the story lacks', { usageTerms: 'Free for all' }, { matchUsageTerms: 'subscribers only' }, false],
    ['usage terms and a story without any', {}, { matchUsageTerms: 'subscribers only' }, false],
    ['no provider, the copyright line names the agency', { provider: null }, {}, true],
    ['a blank provider, the copyright line names the agency', { provider: '  ' }, {}, true],
    ['no provider, the copyright line names another agency', { provider: null, copyright: '© 2021 Reuters' }, {}, false],
    ['no provider, the agency only inside a longer word', { provider: null, copyright: '© 2021 EFEX Ltd' }, {}, false],
    ['no provider and no copyright line', { provider: null, copyright: null }, {}, false],
  ])('%s: %s', (_case, credit, terms, expected) => {
    expect(licenceMatches({ ...EFE_NEWSEDGE, ...credit }, licence(terms))).toBe(expected);
  });

  it('matches the real EFE sample to the EFE/NewsEdge licence and not to an AP one', () => {
    const sample = efeSampleStory();
    const credit: StoryCredit = {
      provider: sample.provider ?? null,
      distributor: sample.distributor ?? null,
      copyright: sample.copyright ?? null,
      usageTerms: sample.usageTerms ?? null,
    };
    expect(licenceMatches(credit, licence({ distributor: 'Acquire Media', matchCopyright: 'EFE News Services' }))).toBe(true);
    expect(licenceMatches(credit, licence({ provider: 'AP', distributor: null }))).toBe(false);
  });
});

describe('matchLicences', () => {
  it('keeps the matching licences that are not retired, the most permissive first', () => {
    const narrow = licence({ reference: 'EFE-WEB', channels: ['web'] });
    const broad = licence({ reference: 'EFE-ALL', channels: ['web', 'print', 'social'], distributor: null });
    const retired = licence({ reference: 'EFE-OLD', channels: ['web', 'print', 'social', 'broadcast'], retired: true });
    const other = licence({ reference: 'AFP-1', provider: 'AFP' });
    const matched = matchLicences(EFE_NEWSEDGE, [narrow, retired, other, broad]);
    expect(matched.map((l) => l.reference)).toEqual(['EFE-ALL', 'EFE-WEB']);
  });

  it('finds nothing for a story no licence covers', () => {
    expect(matchLicences({ ...EFE_NEWSEDGE, provider: 'dpa', copyright: '© dpa' }, [licence()])).toEqual([]);
  });
});
