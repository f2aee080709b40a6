import { describe, expect, it } from 'vitest';
import { coveredCombination, rightsCoverage, rightsFacetSql, rightsSql } from '../../../db/search/rights-coverage.ts';
import { LicenceTerms, type Licence, type LicenceTermsInput } from '../../../shared/model/licence.ts';
import type { StoryCredit } from '../../../shared/rights/licence-match.ts';

let made = 0;
function licence(input: Partial<LicenceTermsInput> & Pick<LicenceTermsInput, 'provider'>, retired = false): Licence {
  made += 1;
  const terms = LicenceTerms.parse({ reference: `L${made}`, validFrom: '2024-01-01', channels: ['web'], attribution: '© {provider}', ...input });
  return { ...terms, id: `licence-${made}`, retired, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z' };
}

const credit = (fields: Partial<StoryCredit>): StoryCredit => ({ provider: null, distributor: null, copyright: null, usageTerms: null, ...fields });

describe('which stories the licences cover, for the archive filter', () => {
  it('with no licence on file nothing is covered, and a search need not look at any story', () => {
    const coverage = rightsCoverage([], []);
    expect(coverage).toMatchObject({ anyLicensed: false, readsCredit: false, assigned: false });
    expect(coverage.byName(null, 'EFE', null)).toBe(false);
    expect(coverage.covers(null, credit({ copyright: '© EFE' }))).toBe(false);
    expect(rightsSql(coverage)).toEqual({ kind: 'same', licensed: false });
    expect(rightsFacetSql(coverage)).toBe('NULL');
    // Only retired licences: the same.
    expect(rightsCoverage([licence({ provider: 'EFE' }, true)], []).anyLicensed).toBe(false);
  });

  it('agency and distributor decide as the rights panel matches them; copy naming no agency waits for its copyright line', () => {
    const coverage = rightsCoverage([licence({ provider: 'EFE', distributor: 'Acquire Media' }), licence({ provider: 'AFP' })], []);
    expect(coverage.readsCredit).toBe(false);
    expect(coverage.byName(null, 'efe', 'Acquire Media (NewsEdge)')).toBe(true);
    expect(coverage.byName(null, 'EFE', null)).toBe(false);
    expect(coverage.byName(null, 'Agencia EFE', 'Acquire Media')).toBe(false);
    expect(coverage.byName(null, null, null)).toBeNull();
    expect(coverage.byName(null, ' — ', null)).toBeNull();
    expect(coverage.covers(null, credit({ copyright: '© 2024 AFP' }))).toBe(true);
    // A different story of the same (missing) agency, without the line: not answered from the first.
    expect(coverage.covers(null, credit({}))).toBe(false);
    expect(coveredCombination(coverage, 'AFP', 'NewsEdge')).toBe(true);
    expect(coveredCombination(coverage, 'dpa', null)).toBe(false);
    // Only the stories naming no agency are looked at one by one in the counts.
    expect(rightsFacetSql(coverage)).toMatch(/^CASE WHEN \(s\.provider IS NULL OR s\.provider NOT GLOB/);
  });

  it('a licence matching on the copyright line or usage terms leaves its agency’s stories to them, and only those', () => {
    const coverage = rightsCoverage(
      [licence({ provider: 'AP', matchCopyright: 'Associated Press' }), licence({ provider: 'Reuters' }), licence({ provider: 'EFE', matchUsageTerms: 'web only' }, true)],
      [],
    );
    expect(coverage.readsCredit).toBe(true);
    expect(coverage.byName(null, 'AP', null)).toBeNull();
    expect(coverage.byName(null, 'Reuters', 'NewsEdge')).toBe(true);
    // The retired licence's pattern does not count: EFE copy has no licence whatever its terms say.
    expect(coverage.byName(null, 'EFE', null)).toBe(false);
    expect(coverage.covers(null, credit({ provider: 'AP', copyright: '© 2024 The Associated Press' }))).toBe(true);
    expect(coverage.covers(null, credit({ provider: 'AP', copyright: 'AP Wire' }))).toBe(false);
    const read = rightsSql(coverage);
    expect(read).toMatchObject({ kind: 'each', sql: expect.stringMatching(/^coalesce\(story_licensed_by_name\(NULL, .*'\$\.copyright', '\$\.usageTerms'/s) });
    expect(rightsFacetSql(coverage)).toBe((read as { sql: string }).sql);
  });

  it('an editor’s assignment wins: licensed under an active licence, not under a retired one, automatic again when null or unknown', () => {
    const efe = licence({ provider: 'EFE' });
    const retired = licence({ provider: 'dpa' }, true);
    const coverage = rightsCoverage(
      [efe, retired],
      [
        { story: 1, licenceId: efe.id },
        { story: 2, licenceId: retired.id },
        { story: 3, licenceId: null },
        { story: 4, licenceId: 'licence-from-another-laptop' },
      ],
    );
    expect(coverage.assigned).toBe(true);
    expect(coverage.byName(1, 'Reuters', null)).toBe(true);
    expect(coverage.covers(1, credit({ provider: 'Reuters' }))).toBe(true);
    expect(coverage.byName(2, 'EFE', null)).toBe(false);
    expect(coverage.covers(2, credit({ provider: 'EFE' }))).toBe(false);
    expect(coverage.byName(3, 'EFE', null)).toBe(true);
    expect(coverage.byName(4, 'EFE', null)).toBe(true);
    expect(coverage.byName(5, 'Reuters', null)).toBe(false);
    expect(rightsSql(coverage)).toMatchObject({ kind: 'each', sql: expect.stringContaining('story_licensed_by_name(s.rowid, ') });
  });

  it('assignments that name no licence on file leave every story to its agency and distributor', () => {
    const coverage = rightsCoverage(
      [licence({ provider: 'EFE' })],
      [
        { story: 1, licenceId: null },
        { story: 2, licenceId: 'licence-from-another-laptop' },
      ],
    );
    expect(coverage.assigned).toBe(false);
    expect(rightsSql(coverage)).toMatchObject({ kind: 'each', sql: expect.stringContaining('story_licensed_by_name(NULL, ') });
    expect(rightsFacetSql(coverage)).toMatch(/^CASE WHEN/);
  });
});
