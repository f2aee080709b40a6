import { ProfileSettings } from '../user/ProfileSettings.tsx';
import { MaxFileSize } from './MaxFileSize.tsx';
import { useSettings } from './use-settings.ts';
import { WatchedFolders } from './WatchedFolders.tsx';

export function SettingsView() {
  const settings = useSettings();
  return (
    <section className="view-pane settings-pane" aria-labelledby="settings-title">
      <header className="pane-header">
        <h1 id="settings-title" className="pane-title">
          Settings
        </h1>
      </header>
      <div className="settings-body">
        <ProfileSettings />
        {settings.isPending && <p className="reading-status">Reading the settings…</p>}
        {settings.isError && (
          <p className="pane-error" role="alert">
            The settings could not be read: {settings.error.message}
          </p>
        )}
        {settings.data && (
          <>
            <WatchedFolders folders={settings.data.watchedFolders} />
            <MaxFileSize maxFileBytes={settings.data.maxFileBytes} />
          </>
        )}
      </div>
    </section>
  );
}
