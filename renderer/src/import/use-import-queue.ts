import { useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { useApi } from '../shell/api-context.tsx';
import { appInfoKey, archiveSearchKey } from '../shell/query-keys.ts';
import { createImportQueue, type ImportState } from './import-queue.ts';
import { ingestBrowserFile } from './ingest-browser-file.ts';

export function useImportQueue(maxFileBytes: number): { state: ImportState; add: (files: File[]) => void; dismiss: () => void } {
  const api = useApi();
  const queryClient = useQueryClient();
  const [queue] = useState(() =>
    createImportQueue(
      (file) => ingestBrowserFile(api, file, maxFileBytes),
      // The host also announces 'archive.changed'; refreshing here too keeps this
      // window right if its event stream dropped during the batch.
      (results) => {
        if (!results.some((result) => result.status === 'added')) return;
        void queryClient.invalidateQueries({ queryKey: archiveSearchKey });
        void queryClient.invalidateQueries({ queryKey: appInfoKey });
      },
    ),
  );
  const state = useSyncExternalStore(queue.subscribe, queue.getState);
  return { state, add: queue.add, dismiss: queue.dismiss };
}
