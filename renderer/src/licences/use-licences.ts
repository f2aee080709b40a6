import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { LicenceTerms } from '../../../shared/model/licence.ts';
import { useApi } from '../shell/api-context.tsx';
import { licencesKey, rightsCheckKey, storyRightsKey, usageReportKey } from '../shell/query-keys.ts';

/** Every licence, active ones first, retired ones last (as the services order them). */
export function useLicences() {
  const api = useApi();
  return useQuery({ queryKey: licencesKey, queryFn: () => api.call('licences.list', { includeRetired: true }) });
}

/**
 * A licence changes what every story may do: the list, every rights panel,
 * every check and report are stale. The services also say so with a
 * licences.changed event; this is for the window that made the change, at once.
 */
export function invalidateLicenceViews(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: licencesKey });
  void queryClient.invalidateQueries({ queryKey: storyRightsKey() });
  void queryClient.invalidateQueries({ queryKey: rightsCheckKey() });
  void queryClient.invalidateQueries({ queryKey: usageReportKey });
}

/** Create (no id) or update (an id) a licence. */
export function useSaveLicence() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, terms }: { id: string | null; terms: LicenceTerms }) =>
      id === null ? api.call('licences.create', terms) : api.call('licences.update', { id, terms }),
    onSuccess: () => invalidateLicenceViews(queryClient),
  });
}

export function useRetireLicence() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; retired: boolean }) => api.call('licences.retire', input),
    onSuccess: () => invalidateLicenceViews(queryClient),
  });
}

export function useImportLicences() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; json: string }) => api.call('licences.import', input),
    onSuccess: () => invalidateLicenceViews(queryClient),
  });
}

export function useExportLicences() {
  const api = useApi();
  return useMutation({ mutationFn: () => api.call('licences.export', {}) });
}
