import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { TOKEN_COOKIE } from '../../shared/api/http-protocol.ts';

/** A fresh secret for one launch of the browser host: 32 random bytes, hex. */
export function newLaunchToken(): string {
  return randomBytes(32).toString('hex');
}

/**
 * Compares a presented token with the launch token in constant time. Hashing
 * first makes both sides the same length, so not even the length leaks.
 */
export function tokenMatches(presented: string | undefined, token: string): boolean {
  if (presented === undefined || presented === '') return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

/**
 * The Host names a page of this host can be reached by. Anything else means the
 * request came through some other name (DNS rebinding), so it is refused even
 * when it carries the token.
 */
export function hostAllowed(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  const host = hostHeader.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** An Origin, when the browser sends one, must be the host's own: no other site may call the API. */
export function originAllowed(originHeader: string | undefined, hostHeader: string | undefined): boolean {
  if (originHeader === undefined) return true;
  if (hostHeader === undefined) return false;
  return originHeader.toLowerCase() === `http://${hostHeader.toLowerCase()}`;
}

/** The token a request presents: `Authorization: Bearer …` wins over the cookie. */
export function presentedToken(headers: { authorization?: string | undefined; cookie?: string | undefined }): string | undefined {
  const auth = headers.authorization;
  if (auth !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return match?.[1];
  }
  return readCookie(headers.cookie, TOKEN_COOKIE);
}

export function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (cookieHeader === undefined) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The cookie that carries the token after the launch URL was opened. */
export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
