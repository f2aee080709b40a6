export type ApiErrorCode = 'bad-input' | 'not-found' | 'unauthorized' | 'forbidden' | 'internal';

/** An error that crosses the transport as `{ code, message }` and is rebuilt on the other side. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }

  toJSON(): { code: ApiErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }

  static from(value: unknown): ApiError {
    if (value instanceof ApiError) return value;
    if (isErrorShape(value)) return new ApiError(value.code, value.message);
    const message = value instanceof Error ? value.message : String(value);
    return new ApiError('internal', message);
  }
}

const codes: readonly string[] = ['bad-input', 'not-found', 'unauthorized', 'forbidden', 'internal'];

export function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && codes.includes(code);
}

function isErrorShape(value: unknown): value is { code: ApiErrorCode; message: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return isApiErrorCode(v.code) && typeof v.message === 'string';
}
