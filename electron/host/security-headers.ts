/**
 * The renderer's Content-Security-Policy: its own scripts only, no inline
 * script, no remote content, no plugins, no framing. Wire copy is hostile
 * input, so even a rendering bug must not let it run as code.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Headers every response of both hosts carries; HTML also gets the CSP. */
export function securityHeaders(contentType: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
  if (contentType.startsWith('text/html')) {
    headers['Content-Security-Policy'] = RENDERER_CSP;
    headers['X-Frame-Options'] = 'DENY';
  }
  return headers;
}
