import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { FlagStatus } from '../../../shared/model/editing.ts';
import { useApi } from '../shell/api-context.tsx';
import { useThrottled } from '../shell/use-throttled.ts';

/** Every copy of the queue (the desk's filtered lists, the sidebar's count): one invalidation reaches them all. */
export const flagQueueKey = ['flags.queue'] as const;

/** The desk shows the oldest this many; the counts say how many more wait. */
export const QUEUE_LIMIT = 200;

/** Flags change in bursts (a bulk ingest, several flags made at once): refresh a few times a second at most. */
const REFRESH_MS = 300;

export interface QueueFilter {
  status: FlagStatus | null;
  targetLanguage: string | null;
}

/** The translation desk's queue for a filter, oldest first, with counts by status and by target language. */
export function useFlagQueue(filter: QueueFilter) {
  const api = useApi();
  return useQuery({
    queryKey: [...flagQueueKey, 'list', filter],
    queryFn: () =>
      api.call('flags.queue', {
        limit: QUEUE_LIMIT,
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.targetLanguage ? { targetLanguage: filter.targetLanguage } : {}),
      }),
    // The last filter's rows stay on screen while the next one loads: no flash of an empty desk.
    placeholderData: keepPreviousData,
  });
}

/** Passages still waiting for a translator (flagged or in progress), for the sidebar; null until known. */
export function useToTranslateCount(): number | null {
  const api = useApi();
  const count = useQuery({
    queryKey: [...flagQueueKey, 'to-translate'],
    queryFn: () => api.call('flags.queue', { limit: 1 }),
    select: ({ counts }) => counts.byStatus.flagged + counts.byStatus.in_progress,
  });
  return count.data ?? null;
}

/**
 * Flags are made and moved on in any window (and a story can leave the
 * archive): the host's events keep the queue and its counts current even
 * while the desk is not on screen, for the sidebar's count.
 */
export function useFlagQueueRefresh(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useThrottled(() => void queryClient.invalidateQueries({ queryKey: flagQueueKey }), REFRESH_MS);
  useEffect(() => {
    const offEditing = api.on('story.editing.changed', ({ what }) => {
      if (what === 'flags') refresh();
    });
    const offArchive = api.on('archive.changed', () => refresh());
    return () => {
      offEditing();
      offArchive();
    };
  }, [api, refresh]);
}
