import { useEffect, useId, useRef } from 'react';
import { ProfileForm } from './ProfileForm.tsx';
import './profile.css';

/**
 * First start: who is at this laptop. A modal over the workstation that only
 * saving the name and initials ends (Escape and close requests are refused),
 * because every comment and flag from here on is signed with them.
 */
export function ProfileDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const noteId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="profile-dialog"
      aria-labelledby={titleId}
      aria-describedby={noteId}
      closedby="none"
      onCancel={(event) => event.preventDefault()}
      // Should the browser close it anyway, it comes straight back while still mounted (unmounting is what saving does).
      onClose={(event) => {
        const dialog = event.currentTarget;
        if (dialog.isConnected && !dialog.open) dialog.showModal();
      }}
      // The archive's single-key shortcuts (j, k, x, /) must not act behind the dialog.
      onKeyDown={(event) => event.stopPropagation()}
    >
      <p className="profile-brand">Copydesk</p>
      <h1 id={titleId} className="profile-title">
        Who is at this desk?
      </h1>
      <p id={noteId} className="profile-note">
        Your name and initials go on every comment and translation flag you make on this laptop. You can change them later in
        Settings.
      </p>
      <ProfileForm profile={null} submitLabel="Start" autoFocus />
    </dialog>
  );
}
