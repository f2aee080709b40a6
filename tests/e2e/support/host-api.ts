import { createApi, type CopydeskApi } from '../../../shared/api/client.ts';
import { ApiError, isApiErrorCode } from '../../../shared/api/errors.ts';
import { CALL_PATH, TOKEN_QUERY, type CallReply } from '../../../shared/api/http-protocol.ts';
import type { UserProfile } from '../../../shared/model/editing.ts';

/** Who the suite is, unless a spec asks for the first start. */
export const testProfile: UserProfile = { name: 'Test Editor', initials: 'TE' };

/**
 * The contract over a running host's HTTP, called from the test as a script
 * would (Authorization: Bearer), to arrange what a spec starts from. Calls
 * only: events reach the page, and the page is what specs watch.
 */
export function hostApi(launchUrl: string): CopydeskApi {
  const url = new URL(launchUrl);
  const token = url.searchParams.get(TOKEN_QUERY);
  if (!token) throw new Error(`The launch URL carries no token: ${launchUrl}`);
  return createApi({
    async invoke(method, input) {
      const response = await fetch(`${url.origin}${CALL_PATH}${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      const body = await response.text();
      let reply: CallReply;
      try {
        reply = JSON.parse(body) as CallReply;
      } catch {
        throw new Error(`${method}: the host answered HTTP ${response.status}, not a reply: ${body.slice(0, 200)}`);
      }
      if (reply.ok) return reply.result;
      throw new ApiError(isApiErrorCode(reply.error.code) ? reply.error.code : 'internal', `${method}: ${reply.error.message}`);
    },
    subscribe() {
      throw new Error('hostApi carries calls only; watch events through the page.');
    },
  });
}

/** Says who is at this laptop unless the archive already knows, so the first-start dialog stays away. */
export async function ensureProfile(api: CopydeskApi, profile: UserProfile = testProfile): Promise<void> {
  const { profile: current } = await api.call('user.get', {});
  if (current === null) await api.call('user.set', profile);
}
