import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { IntendedUseInput, RightsDecision, Usage } from '../../../shared/model/licence.ts';
import { useDebouncedValue } from '../archive/use-debounced-value.ts';
import { CHANNELS, channelLabel } from '../licences/channel-labels.ts';
import { todayUtc } from '../licences/licence-dates.ts';
import { overrideReasonReady, whyNotOverridable } from './rights-text.ts';
import { defaultUseForm, intendedUseFromForm, type UseForm } from './use-form.ts';
import { useRecordUse, useRightsCheck } from './use-story-rights.ts';

/** Long enough to skip the keystrokes of a territory code, short enough to feel live. */
const CHECK_DEBOUNCE_MS = 200;

/**
 * Republishing goes through the gate: the editor says how the story will be
 * used, the rights check answers as they type, and only an allowed use (or
 * one an editor overrides, with a reason that is logged) is recorded.
 */
export function RepublishDialog({
  storyId,
  headline,
  onClose,
  onRecorded,
}: {
  storyId: string;
  headline: string;
  onClose: () => void;
  onRecorded: (usage: Usage) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const baseId = useId();
  const today = todayUtc();
  const [form, setForm] = useState<UseForm>(() => defaultUseForm(today));
  const [overrideReason, setOverrideReason] = useState('');
  const [refused, setRefused] = useState<RightsDecision | null>(null);
  const record = useRecordUse(storyId);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const parsed = intendedUseFromForm(form, today);
  const use = parsed.ok ? parsed.use : null;
  // Compared by value: a new object per render must not restart the debounce.
  const useKey = JSON.stringify(use);
  const settledKey = useDebouncedValue(useKey, CHECK_DEBOUNCE_MS);
  const settledUse = useMemo(() => JSON.parse(settledKey) as IntendedUseInput | null, [settledKey]);
  const check = useRightsCheck(storyId, settledUse);
  const decision = use !== null ? check.data : undefined;
  // The answer on screen is for what the editor typed, not for a few keystrokes ago.
  const current = use !== null && settledKey === useKey && !check.isPlaceholderData && !check.isFetching;

  function edit(patch: Partial<UseForm>) {
    setForm((was) => ({ ...was, ...patch }));
    setRefused(null);
    if (record.isError) record.reset();
  }

  function submit(override: boolean) {
    if (!use || !current) return;
    record.mutate(
      override ? { use, overrideReason: overrideReason.trim() } : { use },
      {
        onSuccess: (result) => {
          if (result.recorded && result.usage) onRecorded(result.usage);
          else setRefused(result.decision);
        },
      },
    );
  }

  const shown = refused ?? decision;
  const finalReason = shown ? whyNotOverridable(shown) : null;
  const error = (field: string) => (!parsed.ok && parsed.field === field ? parsed.message : null);
  const fieldProps = (field: 'territory' | 'date' | 'excerptWords') => ({
    id: `${baseId}-${field}`,
    'aria-invalid': error(field) !== null,
    'aria-describedby': error(field) !== null ? `${baseId}-${field}-error` : undefined,
  });
  const fieldError = (field: 'territory' | 'date' | 'excerptWords') =>
    error(field) !== null ? (
      <p id={`${baseId}-${field}-error`} className="field-error">
        {error(field)}
      </p>
    ) : null;

  return (
    <dialog
      ref={ref}
      className="republish-dialog"
      aria-labelledby={`${baseId}-title`}
      onClose={onClose}
      // The archive's single-key shortcuts (j, k, x, /) must not act behind the dialog.
      onKeyDown={(event) => event.stopPropagation()}
    >
      <form className="republish-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <h2 id={`${baseId}-title`} className="republish-title">
          Republish
        </h2>
        <p className="republish-story">{headline}</p>

        <fieldset className="republish-channels">
          <legend>Channel</legend>
          {CHANNELS.map((channel) => (
            <label key={channel} className="licence-check">
              <input
                type="radio"
                name={`${baseId}-channel`}
                value={channel}
                checked={form.channel === channel}
                onChange={() => edit({ channel })}
              />
              {channelLabel(channel)}
            </label>
          ))}
        </fieldset>

        <div className="republish-fields">
          <div className="licence-field">
            <label htmlFor={`${baseId}-territory`}>Territory</label>
            <input
              {...fieldProps('territory')}
              className="text-input republish-territory"
              maxLength={2}
              placeholder="ES"
              autoComplete="off"
              spellCheck={false}
              value={form.territory}
              onChange={(event) => edit({ territory: event.target.value })}
            />
            {fieldError('territory')}
          </div>
          <div className="licence-field">
            <label htmlFor={`${baseId}-date`}>Date</label>
            <input {...fieldProps('date')} type="date" className="text-input" value={form.date} onChange={(event) => edit({ date: event.target.value })} />
            {fieldError('date')}
          </div>
          <div className="licence-field">
            <label htmlFor={`${baseId}-excerptWords`}>Excerpt words</label>
            <input
              {...fieldProps('excerptWords')}
              type="number"
              min={1}
              step={1}
              className="text-input number-input"
              placeholder="whole story"
              value={form.excerptWords}
              onChange={(event) => edit({ excerptWords: event.target.value })}
            />
            {fieldError('excerptWords')}
          </div>
        </div>
        <div className="licence-checks">
          <label className="licence-check">
            <input type="checkbox" checked={form.modified} onChange={(event) => edit({ modified: event.target.checked })} />
            Modified
          </label>
          <label className="licence-check">
            <input type="checkbox" checked={form.translated} onChange={(event) => edit({ translated: event.target.checked })} />
            Translated
          </label>
        </div>

        <Verdict decision={shown} checking={!current && use !== null} failed={check.isError ? check.error.message : null} />

        {record.error && (
          <p className="field-error" role="alert">
            Not recorded: {record.error.message}
          </p>
        )}
        {refused && (
          <p className="field-error" role="alert">
            Not recorded: the rights check blocked this use.
          </p>
        )}

        {shown && !shown.allowed && shown.overridable && (
          <div className="licence-field republish-override">
            <label htmlFor={`${baseId}-override`}>Reason for overriding</label>
            <textarea
              id={`${baseId}-override`}
              className="text-input"
              rows={2}
              maxLength={2000}
              aria-describedby={`${baseId}-override-hint`}
              value={overrideReason}
              onChange={(event) => setOverrideReason(event.target.value)}
            />
            <p id={`${baseId}-override-hint`} className="licence-hint">
              The use is recorded with your name and this reason, for the distributor’s statement.
            </p>
          </div>
        )}
        {finalReason && <p className="republish-final">{finalReason}</p>}

        <div className="republish-actions">
          {shown?.allowed && !refused ? (
            <button type="button" className="button button-primary" disabled={!current || record.isPending} onClick={() => submit(false)}>
              Record use
            </button>
          ) : shown?.overridable ? (
            <button
              type="button"
              className="button button-override"
              disabled={!current || record.isPending || !overrideReasonReady(overrideReason)}
              onClick={() => submit(true)}
            >
              Override and record
            </button>
          ) : null}
          <button type="button" className="button button-quiet" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The rights check's answer: Allowed (green, with the credit to print) or Blocked (red, every reason). */
function Verdict({ decision, checking, failed }: { decision: RightsDecision | undefined; checking: boolean; failed: string | null }) {
  if (failed) {
    return (
      <p className="field-error" role="alert">
        The rights could not be checked: {failed}
      </p>
    );
  }
  if (!decision) {
    return (
      <div className="verdict is-checking" role="status" aria-live="polite">
        {checking ? 'Checking…' : 'Fill in how the story will be used.'}
      </div>
    );
  }
  const reasons = decision.reasons;
  return (
    <div
      className={`verdict ${decision.allowed ? 'verdict-allowed' : 'verdict-blocked'}${checking ? ' is-checking' : ''}`}
      role="status"
      aria-live="polite"
      aria-busy={checking}
      aria-label="Rights check"
    >
      <p className="verdict-title">{decision.allowed ? 'Allowed' : 'Blocked'}</p>
      {reasons.length > 0 && (
        <ul className="verdict-reasons">
          {reasons.map((reason, i) => (
            <li key={`${reason.code}-${i}`} className={reason.blocking ? 'is-blocking' : 'is-allowing'}>
              <span aria-hidden="true">{reason.blocking ? '✕ ' : '✓ '}</span>
              {reason.message}
            </li>
          ))}
        </ul>
      )}
      {decision.allowed && decision.attribution && (
        <p className="verdict-credit">
          Print this credit: <q className="attribution-line">{decision.attribution}</q>
        </p>
      )}
    </div>
  );
}
