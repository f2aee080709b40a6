import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/api/contract.ts';
import { useApi } from '../shell/api-context.tsx';
import { appInfoKey, settingsKey } from '../shell/query-keys.ts';

export type SettingsPatch = MethodInput<'settings.update'>;

export function useSettings() {
  const api = useApi();
  return useQuery({ queryKey: settingsKey, queryFn: () => api.call('settings.get', {}) });
}

/** One change, saved at once; what the services answer (or refuse) is what shows. */
export function useUpdateSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => api.call('settings.update', patch),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey, settings);
      void queryClient.invalidateQueries({ queryKey: appInfoKey });
    },
  });
}
