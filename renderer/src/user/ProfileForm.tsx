import { useId, useState, type FormEvent } from 'react';
import type { UserProfile } from '../../../shared/model/editing.ts';
import { MAX_INITIALS, profileProblem, suggestInitials } from './suggest-initials.ts';
import { useSaveProfile } from './use-profile.ts';
import './profile.css';

/**
 * Name and initials, saved with user.set. The initials follow the name as it
 * is typed until the editor writes their own; what the services refuse shows
 * under the field it concerns.
 */
export function ProfileForm({
  profile,
  submitLabel,
  autoFocus = false,
}: {
  /** What is saved now; null at first start. */
  profile: UserProfile | null;
  submitLabel: string;
  autoFocus?: boolean;
}) {
  const save = useSaveProfile();
  const [name, setName] = useState(profile?.name ?? '');
  const [initials, setInitials] = useState(profile?.initials ?? '');
  // Saved initials that are not what the name suggests were chosen by hand: keep them when the name changes.
  const [ownInitials, setOwnInitials] = useState(profile !== null && profile.initials !== suggestInitials(profile.name));
  const [problem, setProblem] = useState<ReturnType<typeof profileProblem>>(null);
  const nameId = useId();
  const initialsId = useId();
  const errorId = useId();

  const unchanged = profile !== null && name.trim() === profile.name && initials.trim().toUpperCase() === profile.initials;

  function edited() {
    setProblem(null);
    if (save.isError || save.isSuccess) save.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = profileProblem(name, initials);
    setProblem(found);
    if (found) return;
    save.mutate(
      { name: name.trim(), initials: initials.trim() },
      {
        onSuccess: ({ profile: saved }) => {
          setName(saved.name);
          setInitials(saved.initials);
        },
      },
    );
  }

  const message = problem?.message ?? (save.error ? `Not saved: ${save.error.message}` : null);
  const nameInvalid = problem?.field === 'name';
  const initialsInvalid = problem?.field === 'initials';
  return (
    <form className="profile-form" onSubmit={submit} noValidate>
      <div className="profile-fields">
        <div className="profile-field profile-field-name">
          <label htmlFor={nameId}>Your name</label>
          <input
            id={nameId}
            className="text-input profile-input"
            autoComplete="name"
            maxLength={100}
            autoFocus={autoFocus}
            value={name}
            aria-invalid={nameInvalid}
            aria-describedby={message && nameInvalid ? errorId : undefined}
            onChange={(event) => {
              setName(event.target.value);
              if (!ownInitials) setInitials(suggestInitials(event.target.value));
              edited();
            }}
          />
        </div>
        <div className="profile-field profile-field-initials">
          <label htmlFor={initialsId}>Initials</label>
          <input
            id={initialsId}
            className="text-input profile-input profile-initials"
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_INITIALS}
            value={initials}
            aria-invalid={initialsInvalid}
            aria-describedby={message && initialsInvalid ? errorId : undefined}
            onChange={(event) => {
              const typed = event.target.value.toUpperCase();
              setInitials(typed);
              // An emptied field hands the initials back to the name.
              setOwnInitials(typed.trim() !== '');
              edited();
            }}
          />
        </div>
      </div>
      <p className="profile-hint">Shown beside your comments and flags; up to {MAX_INITIALS} letters.</p>
      {message && (
        <p id={errorId} className="field-error" role="alert">
          {message}
        </p>
      )}
      <div className="profile-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending || unchanged}>
          {save.isPending ? 'Saving…' : submitLabel}
        </button>
        {save.isSuccess && profile !== null && (
          <span className="chip chip-result-added" role="status">
            saved
          </span>
        )}
      </div>
    </form>
  );
}
