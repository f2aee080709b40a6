import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from './api-context.tsx';
import { appInfoKey, archiveSearchKey, storyKey } from './query-keys.ts';

/** Any change to the archive, from this window or another, refreshes what is on screen. */
export function useArchiveRefresh(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    const offArchive = api.on('archive.changed', ({ storyIds }) => {
      void queryClient.invalidateQueries({ queryKey: archiveSearchKey });
      void queryClient.invalidateQueries({ queryKey: appInfoKey });
      for (const id of storyIds) void queryClient.invalidateQueries({ queryKey: storyKey(id) });
    });
    // Which stories a licence covers is read whenever the list asks: a licence or an assignment changing changes the rights filter and its counts.
    const relist = () => void queryClient.invalidateQueries({ queryKey: archiveSearchKey });
    const offLicences = api.on('licences.changed', relist);
    const offRights = api.on('rights.changed', relist);
    return () => {
      offArchive();
      offLicences();
      offRights();
    };
  }, [api, queryClient]);
}
