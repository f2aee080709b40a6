import { useId } from 'react';
import { ProfileForm } from './ProfileForm.tsx';
import { useProfile } from './use-profile.ts';

/** Settings' "Your name": the name and initials set at first start, changed here. */
export function ProfileSettings() {
  const profile = useProfile();
  const titleId = useId();
  return (
    <section className="settings-group" aria-labelledby={titleId}>
      <h2 id={titleId}>Your name</h2>
      <p className="settings-help">
        Comments and translation flags you make on this laptop carry your name and initials. Those already made keep the name they were
        made with.
      </p>
      {profile.isPending && <p className="reading-status">Reading your name…</p>}
      {profile.isError && (
        <p className="pane-error" role="alert">
          Your name could not be read: {profile.error.message}
        </p>
      )}
      {profile.data && <ProfileForm profile={profile.data.profile} submitLabel="Update name" />}
    </section>
  );
}
