import type { z } from 'zod';
import { LicenceTerms, type Channel, type Licence, type Territories } from '../../../shared/model/licence.ts';

/** The licence form as the editor fills it: text as typed, so a half-written number is not lost. */
export interface LicenceForm {
  provider: string;
  distributor: string;
  reference: string;
  validFrom: string;
  validTo: string;
  channels: Channel[];
  territoryMode: Territories['mode'];
  /** Country codes as typed: "ES, PT". */
  countries: string;
  mayModify: boolean;
  mayTranslate: boolean;
  mayExcerpt: boolean;
  maxExcerptWords: string;
  attribution: string;
  embargoHoldHours: string;
  killTakedownHours: string;
  monthlyCap: string;
  matchCopyright: string;
  matchUsageTerms: string;
  notes: string;
}

export type LicenceField = keyof LicenceForm;

/** What is wrong, field by field, in the words shown next to each field. */
export type LicenceFormErrors = Partial<Record<LicenceField, string>>;

export type FormResult = { ok: true; terms: LicenceTerms } | { ok: false; errors: LicenceFormErrors };

/** The fields in the order the form shows them: the first one in error takes the focus. */
export const FIELD_ORDER: readonly LicenceField[] = [
  'provider',
  'distributor',
  'reference',
  'validFrom',
  'validTo',
  'channels',
  'territoryMode',
  'countries',
  'mayModify',
  'mayTranslate',
  'mayExcerpt',
  'maxExcerptWords',
  'attribution',
  'embargoHoldHours',
  'killTakedownHours',
  'monthlyCap',
  'matchCopyright',
  'matchUsageTerms',
  'notes',
];

export function emptyLicenceForm(today: string): LicenceForm {
  return {
    provider: '',
    distributor: '',
    reference: '',
    validFrom: today,
    validTo: '',
    channels: [],
    territoryMode: 'worldwide',
    countries: '',
    mayModify: false,
    mayTranslate: false,
    mayExcerpt: false,
    maxExcerptWords: '',
    attribution: '',
    embargoHoldHours: '0',
    killTakedownHours: '',
    monthlyCap: '',
    matchCopyright: '',
    matchUsageTerms: '',
    notes: '',
  };
}

export function licenceFormFrom(licence: LicenceTerms | Licence): LicenceForm {
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    provider: licence.provider,
    distributor: licence.distributor ?? '',
    reference: licence.reference,
    validFrom: licence.validFrom,
    validTo: licence.validTo ?? '',
    channels: [...licence.channels],
    territoryMode: licence.territories.mode,
    countries: licence.territories.countries.join(', '),
    mayModify: licence.mayModify,
    mayTranslate: licence.mayTranslate,
    mayExcerpt: licence.mayExcerpt,
    maxExcerptWords: text(licence.maxExcerptWords),
    attribution: licence.attribution,
    embargoHoldHours: String(licence.embargoHoldHours),
    killTakedownHours: text(licence.killTakedownHours),
    monthlyCap: text(licence.monthlyCap),
    matchCopyright: licence.matchCopyright ?? '',
    matchUsageTerms: licence.matchUsageTerms ?? '',
    notes: licence.notes,
  };
}

/** "ES, pt;FR" → ["ES", "pt", "FR"]: the schema upper-cases and checks each. */
export function splitCountries(text: string): string[] {
  return text.split(/[\s,;]+/u).filter((code) => code !== '');
}

const optionalText = (text: string): string | null => (text.trim() === '' ? null : text);
/** Blank is "none" (null); anything else is a number for the schema to judge (NaN included, so it says so). */
const optionalNumber = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

const NUMBER_FIELDS = new Set<LicenceField>(['maxExcerptWords', 'embargoHoldHours', 'killTakedownHours', 'monthlyCap']);

/**
 * The form as LicenceTerms, checked by the same schema the services apply,
 * or what is wrong with it field by field. A few things the schema cannot
 * see across fields are checked here too: a licence that ends before it
 * starts, a territory list with no country in it.
 */
export function licenceTermsFromForm(form: LicenceForm): FormResult {
  const countries = form.territoryMode === 'worldwide' ? [] : splitCountries(form.countries);
  const candidate = {
    provider: form.provider,
    distributor: optionalText(form.distributor),
    reference: form.reference,
    validFrom: form.validFrom.trim(),
    validTo: optionalText(form.validTo)?.trim() ?? null,
    channels: form.channels,
    territories: { mode: form.territoryMode, countries },
    mayModify: form.mayModify,
    mayTranslate: form.mayTranslate,
    mayExcerpt: form.mayExcerpt,
    maxExcerptWords: form.mayExcerpt ? optionalNumber(form.maxExcerptWords) : null,
    attribution: form.attribution,
    embargoHoldHours: optionalNumber(form.embargoHoldHours) ?? 0,
    killTakedownHours: optionalNumber(form.killTakedownHours),
    monthlyCap: optionalNumber(form.monthlyCap),
    matchCopyright: optionalText(form.matchCopyright),
    matchUsageTerms: optionalText(form.matchUsageTerms),
    notes: form.notes,
  };
  const errors: LicenceFormErrors = {};
  const parsed = LicenceTerms.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      if (field && errors[field] === undefined) errors[field] = messageFor(field, issue, countries);
    }
  }
  if (form.validFrom.trim() === '') errors.validFrom = REQUIRED.validFrom;
  if (form.territoryMode !== 'worldwide' && countries.length === 0 && errors.countries === undefined) {
    errors.countries = form.territoryMode === 'include' ? 'Name the countries where the copy may appear, e.g. ES, PT.' : 'Name the countries where the copy may not appear, e.g. US.';
  }
  if (parsed.success && parsed.data.validTo !== null && parsed.data.validTo < parsed.data.validFrom && errors.validTo === undefined) {
    errors.validTo = 'The licence cannot end before it starts.';
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, terms: parsed.data };
}

function fieldOf(path: readonly PropertyKey[]): LicenceField | null {
  const [first, second] = path;
  if (first === 'territories') return second === 'mode' ? 'territoryMode' : 'countries';
  return typeof first === 'string' && (FIELD_ORDER as readonly string[]).includes(first) ? (first as LicenceField) : null;
}

const REQUIRED: Partial<Record<LicenceField, string>> = {
  provider: 'Name the agency whose copy the licence covers, e.g. EFE.',
  reference: 'Give the agreement’s reference, as on the contract.',
  validFrom: 'Say from which day the licence is valid.',
  channels: 'Tick at least one channel.',
  attribution: 'Give the credit to print, e.g. © {year} EFE News Services (U.S.) Inc.',
};

function messageFor(field: LicenceField, issue: z.core.$ZodIssue, countries: readonly string[]): string {
  if (field === 'countries') {
    const index = issue.path[2];
    const code = typeof index === 'number' ? countries[index] : undefined;
    if (issue.code === 'too_big') return `At most ${String(issue.maximum)} countries.`;
    return code === undefined ? issue.message : `“${code}” is not ${issue.message}.`;
  }
  if (NUMBER_FIELDS.has(field)) {
    // Only the hold may be 0; the rest are positive.
    if (issue.code === 'too_small') return field === 'embargoHoldHours' ? 'A whole number, 0 or more.' : 'A whole number above 0.';
    if (issue.code === 'too_big') return `At most ${String(issue.maximum)}.`;
    return 'A whole number, e.g. 24.';
  }
  if (issue.code === 'too_small' && REQUIRED[field]) return REQUIRED[field];
  if (issue.code === 'too_big') return `Too long: at most ${String(issue.maximum)} characters.`;
  if (field === 'validFrom' || field === 'validTo') return 'A date written YYYY-MM-DD.';
  return issue.message;
}
