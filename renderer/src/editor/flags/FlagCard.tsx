import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import type { TranslationFlag } from '../../../../shared/model/editing.ts';
import { excerpt } from '../marks/excerpt.ts';
import { isInteractive } from '../marks/is-interactive.ts';
import { languageName } from './flag-languages.ts';
import { flagStatusWord } from './flag-status.ts';
import { useFlagActions } from './use-story-flags.ts';

/**
 * One flagged passage beside its translation: the status and the languages,
 * the note, and the step that comes next (Start, Save translation, Approve).
 */
export function FlagCard({
  storyId,
  flag,
  inText,
  active,
  onReveal,
  onRemoved,
}: {
  storyId: string;
  flag: TranslationFlag;
  /** Its mark is still in the text. */
  inText: boolean;
  /** The caret stands in its passage. */
  active: boolean;
  onReveal: () => void;
  /** The flag is gone from the archive: its mark goes from the text. */
  onRemoved: (flag: TranslationFlag) => void;
}) {
  const { update, remove } = useFlagActions(storyId);
  const [draft, setDraft] = useState(flag.translation);
  const [saved, setSaved] = useState(flag.translation);
  const translationId = useId();
  const card = useRef<HTMLElement | null>(null);

  // A translation saved elsewhere (another window, the desk's queue) replaces the field's text unless it is being edited.
  if (flag.translation !== saved) {
    setSaved(flag.translation);
    if (draft === saved) setDraft(flag.translation);
  }

  useEffect(() => {
    if (active) card.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [active]);

  function clickCard(event: MouseEvent) {
    if (inText && !isInteractive(event.target, event.currentTarget)) onReveal();
  }

  const source = flag.sourceLanguage ?? '?';
  const failure = update.error ?? remove.error;
  const busy = update.isPending || remove.isPending;
  const unchanged = draft.trim() === flag.translation.trim();
  return (
    <article
      ref={card}
      className="flag-card"
      aria-label={`Flag on “${excerpt(flag.sourceText, 60)}”`}
      data-status={flag.status}
      data-active={active || undefined}
      onClick={clickCard}
    >
      <header className="flag-card-head">
        <span className="flag-chip" data-status={flag.status}>
          {flagStatusWord(flag.status)}
        </span>
        <span
          className="flag-languages"
          title={`${flag.sourceLanguage ? languageName(flag.sourceLanguage) : 'Source language unknown'} into ${languageName(flag.targetLanguage)}`}
        >
          {source} → {flag.targetLanguage}
        </span>
        <span className="flag-author">{flag.author}</span>
        {!inText && <span className="flag-gone">text removed</span>}
      </header>
      {flag.note && <p className="flag-note">{flag.note}</p>}
      <div className="flag-sides">
        <div className="flag-source" lang={flag.sourceLanguage ?? undefined}>
          {inText ? (
            <button type="button" className="flag-source-text" title="Select this passage in the text" onClick={onReveal}>
              {flag.sourceText}
            </button>
          ) : (
            <p className="flag-source-text is-gone">{flag.sourceText}</p>
          )}
        </div>
        <div className="flag-target">
          <label htmlFor={translationId}>Translation</label>
          <textarea
            id={translationId}
            lang={flag.targetLanguage}
            value={draft}
            placeholder={`In ${languageName(flag.targetLanguage)}…`}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
      </div>
      <div className="flag-actions">
        {flag.status === 'flagged' && (
          <button type="button" className="button button-small" disabled={busy} onClick={() => update.mutate({ flagId: flag.id, status: 'in_progress' })}>
            Start
          </button>
        )}
        <button
          type="button"
          className="button button-small button-primary"
          disabled={busy || unchanged || draft.trim() === ''}
          onClick={() => update.mutate({ flagId: flag.id, translation: draft.trim() })}
        >
          Save translation
        </button>
        {flag.status === 'translated' && (
          <button type="button" className="button button-small" disabled={busy || !unchanged} onClick={() => update.mutate({ flagId: flag.id, status: 'approved' })}>
            Approve
          </button>
        )}
        <button
          type="button"
          className="button button-small button-quiet flag-remove"
          disabled={busy}
          onClick={() => remove.mutate(flag, { onSuccess: onRemoved })}
        >
          Remove flag
        </button>
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {failure.message}
        </p>
      )}
    </article>
  );
}
