import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MethodInput } from '../../../../shared/api/contract.ts';
import type { SavedSearch } from '../../../../shared/model/search.ts';
import { useApi } from '../../shell/api-context.tsx';
import { savedSearchesKey } from '../../shell/query-keys.ts';

export interface SavedSearches {
  searches: SavedSearch[];
  loaded: boolean;
  error: Error | null;
  save: (input: MethodInput<'searches.save'>) => Promise<SavedSearch>;
  saving: boolean;
  saveError: Error | null;
  remove: (id: string) => void;
  /** The search being deleted, while it is. */
  removing: string | null;
}

/** The searches editors named, kept current by the host's 'searches.changed' event (this window's or another's). */
export function useSavedSearches(): SavedSearches {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => api.on('searches.changed', () => void queryClient.invalidateQueries({ queryKey: savedSearchesKey })), [api, queryClient]);

  const list = useQuery({ queryKey: savedSearchesKey, queryFn: () => api.call('searches.list', {}), select: (reply) => reply.searches });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: savedSearchesKey });
  const save = useMutation({ mutationFn: (input: MethodInput<'searches.save'>) => api.call('searches.save', input), onSuccess: refresh });
  const remove = useMutation({ mutationFn: (id: string) => api.call('searches.delete', { id }), onSuccess: refresh });
  return {
    searches: list.data ?? [],
    loaded: list.data !== undefined,
    error: list.error ?? remove.error ?? null,
    save: save.mutateAsync,
    saving: save.isPending,
    saveError: save.error,
    remove: (id) => remove.mutate(id),
    removing: remove.isPending ? (remove.variables ?? null) : null,
  };
}
