import { describe, expect, it } from 'vitest';
import { LicenceTerms } from '../../../shared/model/licence.ts';
import { emptyLicenceForm, licenceFormFrom, licenceTermsFromForm, splitCountries, type LicenceForm } from '../../../renderer/src/licences/licence-form.ts';

/** The EFE licence as an editor types it into the form. */
function efeForm(patch: Partial<LicenceForm> = {}): LicenceForm {
  return {
    ...emptyLicenceForm('2026-11-29'),
    provider: 'EFE',
    distributor: 'Acquire Media (NewsEdge)',
    reference: 'EFE-NE-2026',
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    channels: ['web', 'print'],
    attribution: '© {year} EFE News Services (U.S.) Inc.',
    ...patch,
  };
}

function errorsOf(form: LicenceForm) {
  const result = licenceTermsFromForm(form);
  if (result.ok) throw new Error(`expected the form to be refused, got ${JSON.stringify(result.terms)}`);
  return result.errors;
}

describe('the licence form', () => {
  it('turns what the editor typed into the terms the services take', () => {
    const result = licenceTermsFromForm(efeForm({ provider: '  EFE ', monthlyCap: '500', killTakedownHours: ' 24 ', notes: 'Renew in December.' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.terms).toMatchObject({
      provider: 'EFE',
      distributor: 'Acquire Media (NewsEdge)',
      reference: 'EFE-NE-2026',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      channels: ['web', 'print'],
      territories: { mode: 'worldwide', countries: [] },
      mayTranslate: false,
      monthlyCap: 500,
      killTakedownHours: 24,
      embargoHoldHours: 0,
      maxExcerptWords: null,
      matchCopyright: null,
      notes: 'Renew in December.',
    });
    // What the form sends is what the contract's create accepts.
    expect(LicenceTerms.strict().safeParse(result.terms).success).toBe(true);
  });

  it('blank optional fields mean "none", not an empty string', () => {
    const result = licenceTermsFromForm(efeForm({ distributor: '   ', validTo: '', matchUsageTerms: '' }));
    expect(result.ok && result.terms.distributor).toBeNull();
    expect(result.ok && result.terms.validTo).toBeNull();
    expect(result.ok && result.terms.matchUsageTerms).toBeNull();
  });

  it('a licence read back into the form gives the same terms again', () => {
    const first = licenceTermsFromForm(efeForm({ territoryMode: 'exclude', countries: 'us, ca', mayExcerpt: true, maxExcerptWords: '150' }));
    if (!first.ok) throw new Error('the EFE form should be valid');
    const again = licenceTermsFromForm(licenceFormFrom(first.terms));
    expect(again).toEqual(first);
    expect(first.terms.territories).toEqual({ mode: 'exclude', countries: ['US', 'CA'] });
  });

  it('names every missing required field, in words', () => {
    const errors = errorsOf({ ...emptyLicenceForm('2026-11-29'), validFrom: '' });
    expect(errors.provider).toMatch(/agency/);
    expect(errors.reference).toMatch(/reference/);
    expect(errors.validFrom).toMatch(/valid/);
    expect(errors.channels).toMatch(/channel/);
    expect(errors.attribution).toMatch(/credit/);
    expect(errors.distributor).toBeUndefined();
  });

  it('says which country code is wrong', () => {
    const errors = errorsOf(efeForm({ territoryMode: 'include', countries: 'ES, ESP, PT' }));
    expect(errors.countries).toContain('ESP');
    expect(errors.countries).toMatch(/two-letter/);
  });

  it('a territory list needs at least one country', () => {
    expect(errorsOf(efeForm({ territoryMode: 'include', countries: ' , ' })).countries).toMatch(/countries/);
  });

  it('countries typed for a worldwide licence are dropped, not refused', () => {
    const result = licenceTermsFromForm(efeForm({ territoryMode: 'worldwide', countries: 'nonsense' }));
    expect(result.ok && result.terms.territories.countries).toEqual([]);
  });

  it('refuses numbers that are not whole and positive, field by field', () => {
    const errors = errorsOf(efeForm({ monthlyCap: '0', killTakedownHours: '1.5', embargoHoldHours: 'soon', mayExcerpt: true, maxExcerptWords: '-3' }));
    expect(errors.monthlyCap).toMatch(/above 0/);
    expect(errors.killTakedownHours).toMatch(/whole number/);
    expect(errors.embargoHoldHours).toMatch(/whole number/);
    expect(errors.maxExcerptWords).toMatch(/above 0/);
  });

  it('an excerpt limit is ignored when excerpts are not allowed at all', () => {
    const result = licenceTermsFromForm(efeForm({ mayExcerpt: false, maxExcerptWords: 'abc' }));
    expect(result.ok && result.terms.maxExcerptWords).toBeNull();
  });

  it('a licence cannot end before it starts', () => {
    expect(errorsOf(efeForm({ validFrom: '2026-06-01', validTo: '2026-05-31' })).validTo).toMatch(/before it starts/);
  });

  it('splits country codes on commas, semicolons and spaces', () => {
    expect(splitCountries(' es,pt;  fr  ad ')).toEqual(['es', 'pt', 'fr', 'ad']);
    expect(splitCountries('')).toEqual([]);
  });
});
