import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from './api-context.tsx';
import { appInfoKey, archiveSearchKey, storyKey } from './query-keys.ts';

/** Any change to the archive, from this window or another, refreshes what is on screen. */
export function useArchiveRefresh(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.on('archive.changed', ({ storyIds }) => {
        void queryClient.invalidateQueries({ queryKey: archiveSearchKey });
        void queryClient.invalidateQueries({ queryKey: appInfoKey });
        for (const id of storyIds) void queryClient.invalidateQueries({ queryKey: storyKey(id) });
      }),
    [api, queryClient],
  );
}
