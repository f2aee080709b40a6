import type { Transport } from '../../../shared/api/client.ts';
import { ApiError, isApiErrorCode } from '../../../shared/api/errors.ts';
import { CALL_PATH, EVENTS_PATH, type CallReply } from '../../../shared/api/http-protocol.ts';

/**
 * The contract over the browser host's HTTP (see shared/api/http-protocol.ts).
 * The launch token travels as the host's HttpOnly cookie, so requests stay
 * same-origin and carry no secret the page could leak.
 */
export function createHttpTransport(): Transport {
  const events = createEventStream(EVENTS_PATH);
  return {
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(`${CALL_PATH}${encodeURIComponent(method)}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch (err) {
        throw new ApiError('internal', `Copydesk is not answering (${describe(err)}). Is \`copydesk serve\` still running?`);
      }
      if (response.status === 401) throw new ApiError('unauthorized', 'This page does not carry the Copydesk token.');
      if (response.status === 403) throw new ApiError('forbidden', 'Copydesk refused this page (foreign host or origin).');
      const reply = await readReply(response);
      if (reply.ok) return reply.result;
      throw new ApiError(isApiErrorCode(reply.error.code) ? reply.error.code : 'internal', reply.error.message);
    },
    subscribe: events.subscribe,
  };
}

async function readReply(response: Response): Promise<CallReply> {
  const text = await response.text();
  try {
    const reply = JSON.parse(text) as CallReply;
    if (typeof reply === 'object' && reply !== null && typeof reply.ok === 'boolean') return reply;
  } catch {
    // fall through: not a reply of the protocol
  }
  throw new ApiError('internal', `Unexpected answer from Copydesk (HTTP ${response.status}).`);
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * One EventSource shared by every subscriber, opened on the first and closed
 * with the last: the host keeps one stream per window, not one per component.
 */
function createEventStream(url: string): Pick<Transport, 'subscribe'> {
  let source: EventSource | null = null;
  let subscribers = 0;
  return {
    subscribe(event, listener) {
      source ??= new EventSource(url);
      subscribers += 1;
      const open = source;
      const onMessage = (message: MessageEvent<string>) => {
        let payload: unknown;
        try {
          payload = JSON.parse(message.data);
        } catch {
          return;
        }
        listener(payload);
      };
      open.addEventListener(event, onMessage);
      return () => {
        open.removeEventListener(event, onMessage);
        subscribers -= 1;
        if (subscribers === 0 && source === open) {
          open.close();
          source = null;
        }
      };
    },
  };
}
