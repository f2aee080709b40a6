import type { Handlers } from '../../shared/api/contract.ts';
import { dispatch } from '../../shared/api/dispatch.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { CallReply } from '../../shared/api/http-protocol.ts';
import { isAppUrl } from './app-url.ts';

/** What the main process sends on IPC_EVENT_CHANNEL for each service event. */
export interface IpcEventMessage {
  event: string;
  payload: unknown;
}

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * Only the main frame of the app:// renderer may call the services: not an
 * iframe, not a page that somehow navigated elsewhere, not a frame that is gone.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

/**
 * Runs one contract call for IPC. Electron flattens a thrown error to its
 * message, so the reply carries `{ code, message }` like the browser host's,
 * and the preload rethrows it on the renderer side.
 */
export async function callReply(handlers: Handlers, method: string, input: unknown): Promise<CallReply> {
  try {
    return { ok: true, result: await dispatch(handlers, method, input) };
  } catch (err) {
    const { code, message } = ApiError.from(err);
    return { ok: false, error: { code, message } };
  }
}
