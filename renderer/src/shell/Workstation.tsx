import { useState } from 'react';
import type { MethodOutput } from '../../../shared/api/contract.ts';
import { ArchivePane } from '../archive/ArchivePane.tsx';
import { ReadingPane } from '../story/ReadingPane.tsx';
import { DropOverlay } from '../import/DropOverlay.tsx';
import { ImportPanel } from '../import/ImportPanel.tsx';
import { useFileDrop } from '../import/use-file-drop.ts';
import { useImportQueue } from '../import/use-import-queue.ts';
import { Sidebar } from './Sidebar.tsx';
import { useArchiveRefresh } from './use-archive-refresh.ts';

type AppInfo = MethodOutput<'app.info'>;

/** The three panes: sections, the story list, the story being read. */
export function Workstation({ info }: { info: AppInfo }) {
  const [openId, setOpenId] = useState<string | null>(null);
  const imports = useImportQueue(info.maxFileBytes);
  const dragging = useFileDrop(imports.add);
  useArchiveRefresh();

  return (
    <div className="workstation">
      <Sidebar info={info} onImport={imports.add} importing={imports.state.running} />
      <ArchivePane openId={openId} onOpen={setOpenId}>
        <ImportPanel state={imports.state} onDismiss={imports.dismiss} onOpen={setOpenId} />
      </ArchivePane>
      {/* A new story starts at its top: remount the pane rather than carry the last scroll position. */}
      <ReadingPane key={openId ?? 'none'} storyId={openId} />
      {dragging && <DropOverlay />}
    </div>
  );
}
