import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MethodInput, MethodOutput } from '../../../shared/api/contract.ts';
import { useApi } from '../shell/api-context.tsx';

export const profileKey = ['user.get'] as const;

type ProfileReply = MethodOutput<'user.get'>;

/** Who is at this laptop (null until they said, at first start); follows a change made in another window. */
export function useProfile() {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () => api.on('user.changed', ({ profile }) => queryClient.setQueryData<ProfileReply>(profileKey, { profile })),
    [api, queryClient],
  );
  return useQuery({ queryKey: profileKey, queryFn: () => api.call('user.get', {}) });
}

export function useSaveProfile() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profile: MethodInput<'user.set'>) => api.call('user.set', profile),
    onSuccess: ({ profile }) => queryClient.setQueryData<ProfileReply>(profileKey, { profile }),
  });
}
