import type { Transport } from '../../../shared/api/client.ts';
import { findBridgeTransport } from './bridge-transport.ts';
import { createHttpTransport } from './http-transport.ts';

export type TransportKind = 'electron' | 'http';

/** Electron's preload bridge when present, otherwise the browser host over HTTP. */
export function pickTransport(): { kind: TransportKind; transport: Transport } {
  const bridge = findBridgeTransport();
  if (bridge) return { kind: 'electron', transport: bridge };
  return { kind: 'http', transport: createHttpTransport() };
}
