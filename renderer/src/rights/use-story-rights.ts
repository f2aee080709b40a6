import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { IntendedUseInput } from '../../../shared/model/licence.ts';
import { invalidateLicenceViews } from '../licences/use-licences.ts';
import { useApi } from '../shell/api-context.tsx';
import { rightsCheckKey, storyRightsKey, takedownsKey, usageReportKey } from '../shell/query-keys.ts';

/** The reading pane's rights panel: the story's licences, what they allow, its restrictions and uses. */
export function useStoryRights(storyId: string) {
  const api = useApi();
  return useQuery({ queryKey: storyRightsKey(storyId), queryFn: () => api.call('rights.get', { storyId }) });
}

/** An editor's choice of licence for the story; null goes back to automatic matching. */
export function useAssignLicence(storyId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (licenceId: string | null) => api.call('rights.assign', { storyId, licenceId }),
    onSuccess: (rights) => {
      queryClient.setQueryData(storyRightsKey(storyId), rights);
      void queryClient.invalidateQueries({ queryKey: rightsCheckKey(storyId) });
    },
  });
}

/** The rights check of an intended use, as the editor fills the Republish dialog; nothing asked while `use` is null (not valid yet). */
export function useRightsCheck(storyId: string, use: IntendedUseInput | null) {
  const api = useApi();
  return useQuery({
    queryKey: [...rightsCheckKey(storyId), use],
    queryFn: () => api.call('rights.check', { storyId, use: use! }),
    enabled: use !== null,
    // The last answer stays on screen (dimmed) while the next is asked: no flash of nothing per keystroke.
    placeholderData: keepPreviousData,
    // An embargo lifts, a cap fills: an answer is only good for the moment it was asked.
    staleTime: 0,
  });
}

/** The republication gate: records the use when the check allows it, or when an editor overrides with a reason. */
export function useRecordUse(storyId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ use, overrideReason }: { use: IntendedUseInput; overrideReason?: string }) =>
      api.call('usage.record', { storyId, use, ...(overrideReason ? { overrideReason } : {}) }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: storyRightsKey(storyId) });
      void queryClient.invalidateQueries({ queryKey: rightsCheckKey(storyId) });
      void queryClient.invalidateQueries({ queryKey: usageReportKey });
      void queryClient.invalidateQueries({ queryKey: takedownsKey });
    },
  });
}

/**
 * Rights change in any window and on the command line: a licence added or
 * retired, a use recorded, a kill arriving. The host's events keep every
 * rights panel, check and report on screen current.
 */
export function useRightsRefresh(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    const storiesChanged = ({ storyIds }: { storyIds: string[] }) => {
      for (const id of storyIds) {
        void queryClient.invalidateQueries({ queryKey: storyRightsKey(id) });
        void queryClient.invalidateQueries({ queryKey: rightsCheckKey(id) });
      }
    };
    const offLicences = api.on('licences.changed', () => invalidateLicenceViews(queryClient));
    const offRights = api.on('rights.changed', (payload) => {
      storiesChanged(payload);
      void queryClient.invalidateQueries({ queryKey: usageReportKey });
    });
    // A new version can kill, withhold or embargo a story: its restrictions come from the archive.
    const offArchive = api.on('archive.changed', storiesChanged);
    return () => {
      offLicences();
      offRights();
      offArchive();
    };
  }, [api, queryClient]);
}
