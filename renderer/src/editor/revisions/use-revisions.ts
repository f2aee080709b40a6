import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from '../../shell/api-context.tsx';
import { useStoryTextProvider } from '../story-text-context.tsx';

/** A story's revisions, newest first. */
export const revisionsKey = (storyId: string) => ['story.revisions.list', storyId] as const;
/** A story's diffs; with `from`, the diff of the current text against that revision ('wire' for the original). */
export const diffKey = (storyId: string, from?: string) => (from ? (['story.diff', storyId, from] as const) : (['story.diff', storyId] as const));

/** The revision list, refreshed whenever the services say the story's revisions changed (an autosave, another window). */
export function useRevisions(storyId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.on('story.editing.changed', ({ storyId: changed, what }) => {
        if (changed === storyId && what === 'revisions') void queryClient.invalidateQueries({ queryKey: revisionsKey(storyId) });
      }),
    [api, queryClient, storyId],
  );
  return useQuery({ queryKey: revisionsKey(storyId), queryFn: () => api.call('story.revisions.list', { storyId }) });
}

/** Saves the text as it stands under a name, once everything typed has reached the services. */
export function useSaveRevision(storyId: string) {
  const api = useApi();
  const provider = useStoryTextProvider();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) => {
      await requireDrained(provider.drained());
      return api.call('story.revisions.save', { storyId, name });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: revisionsKey(storyId) }),
  });
}

/** Brings a revision's text back as a new revision; the editor receives it as a story.text.changed event. */
export function useRestoreRevision(storyId: string) {
  const api = useApi();
  const provider = useStoryTextProvider();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (revisionId: string) => {
      // What was typed before the restore must be in the text the restore replaces, not arrive after it and mix in.
      await requireDrained(provider.drained());
      return api.call('story.revisions.restore', { storyId, revisionId });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: revisionsKey(storyId) });
      void queryClient.invalidateQueries({ queryKey: diffKey(storyId) });
    },
  });
}

/** The current text against a revision ('wire': the original), word by word, including everything typed up to now. */
export function useStoryDiff(storyId: string, from: string) {
  const api = useApi();
  const provider = useStoryTextProvider();
  return useQuery({
    queryKey: diffKey(storyId, from),
    queryFn: async () => {
      await provider.drained();
      return api.call('story.diff', { storyId, from, to: 'current' });
    },
  });
}

async function requireDrained(drained: Promise<boolean>): Promise<void> {
  if (!(await drained)) throw new Error('the latest changes are not saved yet (see the status bar); try again once they are');
}
