import { useCallback, useState } from 'react';
import type { MethodOutput } from '../../../shared/api/contract.ts';
import { ArchivePane } from '../archive/ArchivePane.tsx';
import { ReadingPane } from '../story/ReadingPane.tsx';
import { DropOverlay } from '../import/DropOverlay.tsx';
import { ImportPanel } from '../import/ImportPanel.tsx';
import { useFileDrop } from '../import/use-file-drop.ts';
import { useImportQueue } from '../import/use-import-queue.ts';
import { IngestLogView } from '../ingest-log/IngestLogView.tsx';
import { LicencesView } from '../licences/LicencesView.tsx';
import { useRightsRefresh } from '../rights/use-story-rights.ts';
import { SettingsView } from '../settings/SettingsView.tsx';
import { TranslationDeskView } from '../flags-queue/TranslationDeskView.tsx';
import { TakedownBanner } from '../takedowns/TakedownBanner.tsx';
import { useFlagQueueRefresh } from '../flags-queue/use-flag-queue.ts';
import { ProfileDialog } from '../user/ProfileDialog.tsx';
import { useProfile } from '../user/use-profile.ts';
import { Sidebar } from './Sidebar.tsx';
import { useArchiveRefresh } from './use-archive-refresh.ts';
import { useIngestRefresh } from './use-ingest-refresh.ts';
import { useView } from './use-view.ts';

type AppInfo = MethodOutput<'app.info'>;

/**
 * The sidebar, then the section it picks: the archive (story list and reading
 * pane), the ingest log, the translation desk, the licences, or settings. The archive stays
 * mounted behind the other sections, so its search and scroll survive a look
 * at the log. At first start the editor says who they are before anything else.
 */
export function Workstation({ info }: { info: AppInfo }) {
  const [view, setView] = useView();
  const [openId, setOpenId] = useState<string | null>(null);
  const imports = useImportQueue(info.maxFileBytes);
  const { add } = imports;
  // The import panel lives in the archive: an import started from another section brings the editor there to watch it.
  const importPicked = useCallback(
    (files: File[]) => {
      add(files, 'import');
      if (files.length > 0) setView('archive');
    },
    [add, setView],
  );
  const importDropped = useCallback(
    (files: File[]) => {
      add(files, 'drop');
      setView('archive');
    },
    [add, setView],
  );
  const dragging = useFileDrop(importDropped);
  useArchiveRefresh();
  useIngestRefresh();
  useFlagQueueRefresh();
  useRightsRefresh();
  const profile = useProfile();

  const openInArchive = useCallback(
    (storyId: string) => {
      setOpenId(storyId);
      setView('archive');
    },
    [setView],
  );

  const archive = view === 'archive';
  return (
    <div className={`workstation view-${view}`}>
      {/* Over every section: a use of a killed story must come down whatever the editor is doing. */}
      <TakedownBanner onOpenStory={openInArchive} />
      <Sidebar info={info} view={view} onImport={importPicked} importing={imports.state.running} />
      <ArchivePane active={archive} openId={openId} onOpen={setOpenId}>
        <ImportPanel state={imports.state} onDismiss={imports.dismiss} onOpen={setOpenId} />
      </ArchivePane>
      {/* A new story starts at its top: remount the pane rather than carry the last scroll position. */}
      <ReadingPane key={openId ?? 'none'} storyId={openId} hidden={!archive} />
      {view === 'ingest-log' && <IngestLogView onOpenStory={openInArchive} />}
      {view === 'translation' && <TranslationDeskView onOpenStory={openInArchive} />}
      {view === 'licences' && <LicencesView />}
      {view === 'settings' && <SettingsView />}
      {dragging && <DropOverlay />}
      {/* Only a profile known to be missing asks: a host that cannot say must not lock the archive away. */}
      {profile.data?.profile === null && <ProfileDialog />}
    </div>
  );
}
