import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from './api-context.tsx';
import { appInfoKey, ingestLogKey, settingsKey } from './query-keys.ts';
import { useThrottled } from './use-throttled.ts';

const LOG_REFRESH_MS = 400;

/**
 * The ingest log and the settings change outside this window (a watched
 * folder, the command line, another window): the host's events keep what is
 * on screen current.
 */
export function useIngestRefresh(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  const refreshLog = useThrottled(() => void queryClient.invalidateQueries({ queryKey: ingestLogKey }), LOG_REFRESH_MS);

  useEffect(() => api.on('ingest.logged', () => refreshLog()), [api, refreshLog]);

  useEffect(
    () =>
      api.on('settings.changed', (settings) => {
        queryClient.setQueryData(settingsKey, settings);
        // app.info carries the size limit the import queue checks before reading a file.
        void queryClient.invalidateQueries({ queryKey: appInfoKey });
      }),
    [api, queryClient],
  );
}
