import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from '../shell/api-context.tsx';
import { storyRightsKey, takedownsKey } from '../shell/query-keys.ts';
import { useThrottled } from '../shell/use-throttled.ts';

/** Kills come in bursts with a feed's other copy: refresh a few times a second at most. */
const REFRESH_MS = 300;

/** Uses of killed stories still up, the most urgent first. */
export function useTakedowns() {
  const api = useApi();
  return useQuery({ queryKey: takedownsKey, queryFn: () => api.call('takedowns.list', { includeDone: false }) });
}

export function useMarkTakenDown() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (usageId: string) => api.call('takedowns.done', { usageId }),
    onSuccess: (takedown) => {
      void queryClient.invalidateQueries({ queryKey: takedownsKey });
      void queryClient.invalidateQueries({ queryKey: storyRightsKey(takedown.usage.storyId) });
    },
  });
}

/** A kill arriving (archive.changed) or a use recorded or taken down elsewhere (rights.changed) changes the list. */
export function useTakedownsRefresh(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useThrottled(() => void queryClient.invalidateQueries({ queryKey: takedownsKey }), REFRESH_MS);
  useEffect(() => {
    const offRights = api.on('rights.changed', () => refresh());
    const offArchive = api.on('archive.changed', () => refresh());
    return () => {
      offRights();
      offArchive();
    };
  }, [api, refresh]);
}
