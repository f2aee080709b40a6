import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MethodInput } from '../../../../shared/api/contract.ts';
import type { TranslationFlag } from '../../../../shared/model/editing.ts';
import { useApi } from '../../shell/api-context.tsx';

export const storyFlagsKey = (storyId: string) => ['flags.list', storyId] as const;

/** The story's translation flags; refreshed when they change anywhere (another window, the translation desk, a sync). */
export function useStoryFlags(storyId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.on('story.editing.changed', (change) => {
        if (change.storyId !== storyId || change.what !== 'flags') return;
        // The plugin and the panel both listen: the second must not cancel the first's fetch.
        void queryClient.invalidateQueries({ queryKey: storyFlagsKey(storyId) }, { cancelRefetch: false });
      }),
    [api, queryClient, storyId],
  );
  return useQuery({
    queryKey: storyFlagsKey(storyId),
    queryFn: async () => (await api.call('flags.list', { storyId })).flags,
  });
}

/** Create, change and remove flags; each answer lands in the list at once. */
export function useFlagActions(storyId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const key = storyFlagsKey(storyId);
  const put = (flag: TranslationFlag) =>
    queryClient.setQueryData<TranslationFlag[]>(key, (flags = []) =>
      flags.some((f) => f.id === flag.id) ? flags.map((f) => (f.id === flag.id ? flag : f)) : [...flags, flag],
    );
  return {
    create: useMutation({
      mutationFn: (input: Omit<MethodInput<'flags.create'>, 'storyId'>) => api.call('flags.create', { storyId, ...input }),
      onSuccess: put,
    }),
    update: useMutation({
      mutationFn: (input: MethodInput<'flags.update'>) => api.call('flags.update', input),
      onSuccess: put,
    }),
    remove: useMutation({
      mutationFn: async (flag: TranslationFlag) => {
        await api.call('flags.delete', { flagId: flag.id });
        return flag;
      },
      onSuccess: (flag) => queryClient.setQueryData<TranslationFlag[]>(key, (flags = []) => flags.filter((f) => f.id !== flag.id)),
    }),
  };
}
