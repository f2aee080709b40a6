import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../shared/api/errors.ts';
import { isAuthRefusal, reportIfAuthRefusal } from './auth-gate.ts';

/** Retrying cannot fix a refused token, bad input or a missing story; only a hiccup. */
function shouldRetry(failures: number, err: unknown): boolean {
  if (isAuthRefusal(err)) return false;
  if (err instanceof ApiError && (err.code === 'bad-input' || err.code === 'not-found')) return false;
  return failures < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: reportIfAuthRefusal }),
    mutationCache: new MutationCache({ onError: reportIfAuthRefusal }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // The archive changes only through events we listen to; no refetch on every focus.
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });
}
