import type { ApiErrorCode } from '../../shared/api/errors.ts';

const statusByCode: Record<ApiErrorCode, number> = {
  'bad-input': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  internal: 500,
};

/** The HTTP status that carries an API error code. */
export function httpStatusFor(code: ApiErrorCode): number {
  return statusByCode[code];
}
