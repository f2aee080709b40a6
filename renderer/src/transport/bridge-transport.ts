import type { Transport } from '../../../shared/api/client.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import { BRIDGE_GLOBAL } from '../../../shared/api/http-protocol.ts';

/** The transport the Electron preload exposes on `window`, when there is one. */
export function findBridgeTransport(): Transport | null {
  const candidate: unknown = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  if (!isTransport(candidate)) return null;
  return {
    // Errors crossing contextBridge lose their class; rebuild them as ApiError.
    invoke: (method, input) => candidate.invoke(method, input).catch((err: unknown) => Promise.reject(ApiError.from(err))),
    subscribe: (event, listener) => candidate.subscribe(event, listener),
  };
}

function isTransport(value: unknown): value is Transport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.invoke === 'function' && typeof v.subscribe === 'function';
}
