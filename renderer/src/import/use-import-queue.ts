import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useApi } from '../shell/api-context.tsx';
import { appInfoKey, archiveSearchKey } from '../shell/query-keys.ts';
import { createImportQueue, type ImportSource, type ImportState } from './import-queue.ts';
import { ingestBrowserFile } from './ingest-browser-file.ts';

export interface ImportQueueHandle {
  state: ImportState;
  add: (files: File[], source: ImportSource) => void;
  dismiss: () => void;
}

export function useImportQueue(maxFileBytes: number): ImportQueueHandle {
  const api = useApi();
  const queryClient = useQueryClient();
  // The limit can change in Settings while the queue lives: read the current one per file.
  const limit = useRef(maxFileBytes);
  useEffect(() => {
    limit.current = maxFileBytes;
  }, [maxFileBytes]);
  const [queue] = useState(() =>
    createImportQueue(
      (file, source) => ingestBrowserFile(api, file, limit.current, source),
      // The host also announces 'archive.changed'; refreshing here too keeps this
      // window right if its event stream dropped during the batch.
      (results) => {
        if (!results.some((result) => result.status === 'added' || result.status === 'updated')) return;
        void queryClient.invalidateQueries({ queryKey: archiveSearchKey });
        void queryClient.invalidateQueries({ queryKey: appInfoKey });
      },
    ),
  );
  const state = useSyncExternalStore(queue.subscribe, queue.getState);
  return { state, add: queue.add, dismiss: queue.dismiss };
}
