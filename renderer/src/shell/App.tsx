import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import type { CopydeskApi } from '../../../shared/api/client.ts';
import { ApiProvider, useApi } from './api-context.tsx';
import { useAuthRefusal } from './auth-gate.ts';
import { AuthRequired } from './AuthRequired.tsx';
import { StartupFailed } from './StartupFailed.tsx';
import { Workstation } from './Workstation.tsx';
import { appInfoKey } from './query-keys.ts';

export function App({ api, queryClient }: { api: CopydeskApi; queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider api={api}>
        <Gate />
      </ApiProvider>
    </QueryClientProvider>
  );
}

/** Nothing of the archive shows until the host has accepted us once. */
function Gate() {
  const api = useApi();
  const refusal = useAuthRefusal();
  const info = useQuery({ queryKey: appInfoKey, queryFn: () => api.call('app.info', {}) });

  if (refusal) return <AuthRequired reason={refusal.message} />;
  if (info.isPending) return <p className="startup">Opening the archive…</p>;
  if (info.isError) return <StartupFailed error={info.error} onRetry={() => void info.refetch()} />;
  return <Workstation info={info.data} />;
}
