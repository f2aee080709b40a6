/**
 * How the browser host carries the contract over HTTP. The host and the
 * renderer's HTTP transport both read these, so they cannot drift apart.
 *
 * - `POST {CALL_PATH}<method>` with the JSON input as body → a `CallReply`.
 * - `GET {EVENTS_PATH}` → Server-Sent Events; each message's `event` is an
 *   event name of the contract and its data the JSON payload.
 * - Auth: the launch URL carries `?{TOKEN_QUERY}=<token>`; the host answers it
 *   with an HttpOnly, SameSite=Strict cookie `{TOKEN_COOKIE}` and a redirect, so
 *   every later request (including EventSource and static files) carries it.
 *   An `Authorization: Bearer <token>` header is accepted too (for scripts).
 */
export const CALL_PATH = '/api/call/';
export const EVENTS_PATH = '/api/events';
export const TOKEN_QUERY = 'token';
export const TOKEN_COOKIE = 'copydesk_token';

export type CallReply =
  | { ok: true; result: unknown }
  | { ok: false; error: { code: string; message: string } };

/** The name under which the Electron preload exposes its transport on `window`. */
export const BRIDGE_GLOBAL = 'copydesk';
