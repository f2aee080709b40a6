import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../shell/api-context.tsx';
import { appInfoKey, archiveSearchKey, storyKey } from '../shell/query-keys.ts';

export interface SpikeRequest {
  ids: string[];
  /** true spikes, false restores. */
  spiked: boolean;
}

/**
 * Spike (soft delete) or restore stories. The host announces the change with
 * 'archive.changed', which refreshes every window; this window refreshes at
 * once as well, so the list never shows a story it just spiked.
 */
export function useSpike() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ids, spiked }: SpikeRequest) => api.call('story.spike', { ids, spiked }),
    onSuccess: (_result, { ids }) => {
      void queryClient.invalidateQueries({ queryKey: archiveSearchKey });
      void queryClient.invalidateQueries({ queryKey: appInfoKey });
      for (const id of ids) void queryClient.invalidateQueries({ queryKey: storyKey(id) });
    },
  });
}
