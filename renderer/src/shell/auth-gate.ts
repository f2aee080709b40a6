import { useSyncExternalStore } from 'react';
import { ApiError } from '../../../shared/api/errors.ts';

/**
 * Once the host refuses our token (it restarted, or the page was opened without
 * it), every further call fails the same way: the whole window switches to the
 * screen that explains how to get back in, instead of a scatter of errors.
 */
let refusal: ApiError | null = null;
const listeners = new Set<() => void>();

export function isAuthRefusal(err: unknown): err is ApiError {
  return err instanceof ApiError && (err.code === 'unauthorized' || err.code === 'forbidden');
}

export function reportIfAuthRefusal(err: unknown): void {
  if (!isAuthRefusal(err) || refusal) return;
  refusal = err;
  for (const listener of listeners) listener();
}

export function useAuthRefusal(): ApiError | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => refusal,
  );
}
