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
  const keepalive = createKeepaliveBudget();
  return {
    async invoke(method, input) {
      const body = JSON.stringify(input ?? {});
      // A small call outlives the page (an edit sent as the window closes still arrives); the browser caps what may be in flight so.
      const keptAlive = keepalive.take(body);
      let response: Response;
      try {
        response = await fetch(`${CALL_PATH}${encodeURIComponent(method)}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body,
          keepalive: keptAlive > 0,
        });
      } catch (err) {
        throw new ApiError('internal', `Copydesk is not answering (${describe(err)}). Is \`copydesk serve\` still running?`);
      } finally {
        keepalive.give(keptAlive);
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

/** Browsers allow 64 KiB of keepalive request bodies in flight per page; a call that would pass that goes as an ordinary request. */
const KEEPALIVE_BUDGET_BYTES = 60 * 1024;

function createKeepaliveBudget() {
  let inFlight = 0;
  return {
    /** The body's size when it may go as keepalive (and is now counted in flight), else 0. */
    take(body: string): number {
      // UTF-8 is never shorter than the string's length: a long body is refused without encoding it.
      if (inFlight + body.length > KEEPALIVE_BUDGET_BYTES) return 0;
      const bytes = new TextEncoder().encode(body).byteLength;
      if (inFlight + bytes > KEEPALIVE_BUDGET_BYTES) return 0;
      inFlight += bytes;
      return bytes;
    },
    give(bytes: number): void {
      inFlight -= bytes;
    },
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
