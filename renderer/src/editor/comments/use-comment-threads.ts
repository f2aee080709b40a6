import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MethodInput } from '../../../../shared/api/contract.ts';
import type { CommentThread } from '../../../../shared/model/editing.ts';
import { useApi } from '../../shell/api-context.tsx';
import { withThread } from './thread-list.ts';

export const commentThreadsKey = (storyId: string) => ['annotations.list', storyId] as const;

/** The story's threads, open first; refreshed when they change anywhere (another window, a sync). */
export function useCommentThreads(storyId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.on('story.editing.changed', (change) => {
        if (change.storyId !== storyId || change.what !== 'annotations') return;
        // The plugin and the panel both listen: the second must not cancel the first's fetch.
        void queryClient.invalidateQueries({ queryKey: commentThreadsKey(storyId) }, { cancelRefetch: false });
      }),
    [api, queryClient, storyId],
  );
  return useQuery({
    queryKey: commentThreadsKey(storyId),
    queryFn: async () => (await api.call('annotations.list', { storyId })).threads,
  });
}

/** What can be done to threads; each answer replaces its thread in the list at once. */
export function useCommentActions(storyId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const onSuccess = (thread: CommentThread) => {
    queryClient.setQueryData<CommentThread[]>(commentThreadsKey(storyId), (threads) => withThread(threads, thread));
  };
  return {
    create: useMutation({
      mutationFn: (input: Omit<MethodInput<'annotations.create'>, 'storyId'>) => api.call('annotations.create', { storyId, ...input }),
      onSuccess,
    }),
    reply: useMutation({
      mutationFn: (input: MethodInput<'annotations.reply'>) => api.call('annotations.reply', input),
      onSuccess,
    }),
    resolve: useMutation({
      mutationFn: (input: MethodInput<'annotations.resolve'>) => api.call('annotations.resolve', input),
      onSuccess,
    }),
    deleteComment: useMutation({
      mutationFn: (input: MethodInput<'annotations.deleteComment'>) => api.call('annotations.deleteComment', input),
      onSuccess,
    }),
  };
}
