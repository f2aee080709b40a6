import { ApiError } from './errors.ts';
import { isMethodName, methods, type Handlers } from './contract.ts';

/**
 * The server half of both transports: look the method up in the contract,
 * validate the input, call the handler. Anything the handler throws that is not
 * an ApiError becomes an 'internal' error.
 */
export async function dispatch(handlers: Handlers, method: string, input: unknown): Promise<unknown> {
  if (!isMethodName(method)) throw new ApiError('not-found', `No such method: ${method}`);
  const parsed = methods[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new ApiError('bad-input', `Invalid input for ${method}${where}: ${issue?.message ?? 'rejected'}`);
  }
  const handler = handlers[method] as (input: unknown) => unknown;
  try {
    return await handler(parsed.data);
  } catch (err) {
    throw ApiError.from(err);
  }
}
