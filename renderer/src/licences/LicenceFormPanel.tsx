import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Channel, Licence, Territories } from '../../../shared/model/licence.ts';
import { previewAttribution } from './attribution-preview.ts';
import { CHANNELS, channelLabel } from './channel-labels.ts';
import {
  emptyLicenceForm,
  FIELD_ORDER,
  licenceFormFrom,
  licenceTermsFromForm,
  type LicenceField,
  type LicenceForm,
  type LicenceFormErrors,
} from './licence-form.ts';
import { useSaveLicence } from './use-licences.ts';

const TERRITORY_MODES: { mode: Territories['mode']; label: string }[] = [
  { mode: 'worldwide', label: 'Worldwide' },
  { mode: 'include', label: 'Only in these countries' },
  { mode: 'exclude', label: 'Everywhere except these countries' },
];

/** Fields with a hint under them (the Field's hint id is its control's id + "-hint"). */
const HINTED = new Set<LicenceField>([
  'provider',
  'distributor',
  'reference',
  'validTo',
  'countries',
  'maxExcerptWords',
  'attribution',
  'embargoHoldHours',
  'killTakedownHours',
  'monthlyCap',
  'matchCopyright',
  'matchUsageTerms',
]);

/**
 * Every term of a licence, to create one or edit one. The schema the
 * services apply checks it here first, so each problem shows beside its
 * field; once the editor has tried to save, the messages follow their typing.
 */
export function LicenceFormPanel({
  licence,
  today,
  onDone,
}: {
  /** The licence to edit; null makes a new one. */
  licence: Licence | null;
  today: string;
  /** Saved (with the licence) or cancelled (null). */
  onDone: (saved: Licence | null) => void;
}) {
  const save = useSaveLicence();
  const [form, setForm] = useState<LicenceForm>(() => (licence ? licenceFormFrom(licence) : emptyLicenceForm(today)));
  const [errors, setErrors] = useState<LicenceFormErrors>({});
  const [tried, setTried] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const id = (field: LicenceField) => `${baseId}-${field}`;
  const errorId = (field: LicenceField) => `${baseId}-${field}-error`;
  const hintId = (field: LicenceField) => `${id(field)}-hint`;

  // The form opens above a table that may be long: bring it to the editor, ready to type.
  useEffect(() => {
    const first = formRef.current?.querySelector<HTMLElement>('[data-field="provider"]');
    first?.scrollIntoView({ block: 'nearest' });
    first?.focus();
  }, []);

  function change<F extends LicenceField>(field: F, value: LicenceForm[F]) {
    const next = { ...form, [field]: value };
    setForm(next);
    if (tried) {
      const result = licenceTermsFromForm(next);
      setErrors(result.ok ? {} : result.errors);
    }
    if (save.isError) save.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    const result = licenceTermsFromForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      const first = FIELD_ORDER.find((field) => result.errors[field] !== undefined);
      if (first) formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    save.mutate({ id: licence?.id ?? null, terms: result.terms }, { onSuccess: (saved) => onDone(saved) });
  }

  /** What every text-like control of a field carries: its id, its value, and its error when it has one. */
  const bind = (field: LicenceField) => ({
    id: id(field),
    'data-field': field,
    'aria-invalid': errors[field] !== undefined,
    'aria-describedby': [HINTED.has(field) ? hintId(field) : null, errors[field] !== undefined ? errorId(field) : null].filter(Boolean).join(' ') || undefined,
  });
  const text = (field: Exclude<LicenceField, 'channels' | 'territoryMode' | 'mayModify' | 'mayTranslate' | 'mayExcerpt'>) => ({
    ...bind(field),
    value: form[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
  });
  const error = (field: LicenceField) =>
    errors[field] !== undefined ? (
      <p id={errorId(field)} className="field-error licence-field-error">
        {errors[field]}
      </p>
    ) : null;
  const toggleChannel = (channel: Channel, on: boolean) =>
    change(
      'channels',
      CHANNELS.filter((c) => (c === channel ? on : form.channels.includes(c))),
    );
  const preview = previewAttribution(form.attribution, form);

  return (
    <section className="licence-form-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{licence ? `Edit licence ${licence.reference}` : 'New licence'}</h2>
      <form ref={formRef} className="licence-form" onSubmit={submit} noValidate>
        <fieldset className="licence-fieldset">
          <legend>Whose copy, which agreement</legend>
          <div className="licence-grid">
            <Field label="Agency" htmlFor={id('provider')} hint="As stories name it, e.g. EFE." error={error('provider')}>
              <input className="text-input licence-input" autoComplete="off" maxLength={200} {...text('provider')} />
            </Field>
            <Field
              label="Distributor"
              htmlFor={id('distributor')}
              hint="E.g. Acquire Media (NewsEdge). Blank: the agency’s copy however it arrives."
              error={error('distributor')}
            >
              <input className="text-input licence-input" autoComplete="off" maxLength={200} {...text('distributor')} />
            </Field>
            <Field label="Agreement reference" htmlFor={id('reference')} hint="As on the contract and the statements." error={error('reference')}>
              <input className="text-input licence-input" autoComplete="off" maxLength={200} {...text('reference')} />
            </Field>
            <div className="licence-dates">
              <Field label="Valid from" htmlFor={id('validFrom')} error={error('validFrom')}>
                <input type="date" className="text-input licence-input" {...text('validFrom')} />
              </Field>
              <Field label="Valid to" htmlFor={id('validTo')} hint="Last day, inclusive. Blank: until further notice." error={error('validTo')}>
                <input type="date" className="text-input licence-input" {...text('validTo')} />
              </Field>
            </div>
          </div>
        </fieldset>

        <fieldset className="licence-fieldset" aria-describedby={errors.channels ? errorId('channels') : undefined}>
          <legend>Channels allowed</legend>
          <div className="licence-checks">
            {CHANNELS.map((channel, i) => (
              <label key={channel} className="licence-check">
                <input
                  type="checkbox"
                  checked={form.channels.includes(channel)}
                  data-field={i === 0 ? 'channels' : undefined}
                  onChange={(event) => toggleChannel(channel, event.target.checked)}
                />
                {channelLabel(channel)}
              </label>
            ))}
          </div>
          {error('channels')}
        </fieldset>

        <fieldset className="licence-fieldset">
          <legend>Territories</legend>
          <div className="licence-checks">
            {TERRITORY_MODES.map(({ mode, label }) => (
              <label key={mode} className="licence-check">
                <input
                  type="radio"
                  name={`${baseId}-territory-mode`}
                  value={mode}
                  checked={form.territoryMode === mode}
                  onChange={() => change('territoryMode', mode)}
                />
                {label}
              </label>
            ))}
          </div>
          {form.territoryMode !== 'worldwide' && (
            <Field label="Countries" htmlFor={id('countries')} hint="Two-letter ISO codes, separated by commas: ES, PT, AD." error={error('countries')}>
              <input className="text-input licence-input licence-countries" autoComplete="off" spellCheck={false} {...text('countries')} />
            </Field>
          )}
        </fieldset>

        <fieldset className="licence-fieldset">
          <legend>What the newsroom may do with the copy</legend>
          <div className="licence-checks">
            <Check label="May modify (edit, shorten, rewrite)" checked={form.mayModify} onChange={(on) => change('mayModify', on)} />
            <Check label="May translate" checked={form.mayTranslate} onChange={(on) => change('mayTranslate', on)} />
            <Check label="May excerpt" checked={form.mayExcerpt} onChange={(on) => change('mayExcerpt', on)} />
          </div>
          {form.mayExcerpt && (
            <Field label="Longest excerpt, in words" htmlFor={id('maxExcerptWords')} hint="Blank: any length." error={error('maxExcerptWords')}>
              <input type="number" min={1} step={1} className="text-input number-input" {...text('maxExcerptWords')} />
            </Field>
          )}
        </fieldset>

        <fieldset className="licence-fieldset">
          <legend>Credit</legend>
          <Field
            label="Attribution line"
            htmlFor={id('attribution')}
            hint="Placeholders: {year} (the story’s copyright year), {provider}, {distributor}, {reference}, {copyright} (the story’s own line)."
            error={error('attribution')}
          >
            <input className="text-input licence-input" autoComplete="off" maxLength={500} placeholder="© {year} EFE News Services (U.S.) Inc." {...text('attribution')} />
          </Field>
          <p className="attribution-preview" aria-live="polite">
            <span className="attribution-preview-label">Preview, for a story from 2021:</span>{' '}
            {preview ? <q className="attribution-line">{preview}</q> : <span className="licence-any">nothing to print yet</span>}
          </p>
        </fieldset>

        <fieldset className="licence-fieldset">
          <legend>Obligations</legend>
          <div className="licence-grid licence-grid-numbers">
            <Field label="Hold after transmission, hours" htmlFor={id('embargoHoldHours')} hint="On top of any embargo the wire sets. 0: none." error={error('embargoHoldHours')}>
              <input type="number" min={0} step={1} className="text-input number-input" {...text('embargoHoldHours')} />
            </Field>
            <Field label="Take down within, hours after a kill" htmlFor={id('killTakedownHours')} hint="Blank: the licence sets no deadline." error={error('killTakedownHours')}>
              <input type="number" min={1} step={1} className="text-input number-input" {...text('killTakedownHours')} />
            </Field>
            <Field label="Uses per month" htmlFor={id('monthlyCap')} hint="All channels together. Blank: no cap." error={error('monthlyCap')}>
              <input type="number" min={1} step={1} className="text-input number-input" {...text('monthlyCap')} />
            </Field>
          </div>
        </fieldset>

        <fieldset className="licence-fieldset">
          <legend>Matching stories</legend>
          <p className="licence-help">
            A story matches when its agency is this licence’s (and its distributor, when one is given). Narrow it further if the
            agency sends copy under other terms too.
          </p>
          <div className="licence-grid">
            <Field label="Copyright line contains" htmlFor={id('matchCopyright')} hint="Blank: any copyright line." error={error('matchCopyright')}>
              <input className="text-input licence-input" autoComplete="off" maxLength={200} {...text('matchCopyright')} />
            </Field>
            <Field label="Usage terms contain" htmlFor={id('matchUsageTerms')} hint="Blank: any usage terms." error={error('matchUsageTerms')}>
              <input className="text-input licence-input" autoComplete="off" maxLength={200} {...text('matchUsageTerms')} />
            </Field>
          </div>
        </fieldset>

        <Field label="Notes" htmlFor={id('notes')} error={error('notes')}>
          <textarea className="text-input licence-input licence-notes" rows={3} maxLength={10_000} {...text('notes')} />
        </Field>

        {save.error && (
          <p className="field-error" role="alert">
            Not saved: {save.error.message}
          </p>
        )}
        {tried && Object.keys(errors).length > 0 && (
          <p className="field-error" role="alert">
            Not saved yet: {Object.keys(errors).length === 1 ? 'one field needs' : `${Object.keys(errors).length} fields need`} attention.
          </p>
        )}
        <div className="licence-form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {licence ? 'Save changes' : 'Create licence'}
          </button>
          <button type="button" className="button button-quiet" onClick={() => onDone(null)}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

function Field({ label, htmlFor, hint, error, children }: { label: string; htmlFor: string; hint?: string; error: ReactNode; children: ReactNode }) {
  return (
    <div className="licence-field">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {hint && (
        <p id={`${htmlFor}-hint`} className="licence-hint">
          {hint}
        </p>
      )}
      {error}
    </div>
  );
}

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="licence-check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}
