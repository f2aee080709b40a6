/** One Server-Sent Events message; JSON never holds a raw newline, so `data:` is one line. */
export function formatSseEvent(name: string, payload: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
}

/** A comment line: keeps proxies and idle timers from closing a quiet stream. */
export const SSE_KEEP_ALIVE = ': keep-alive\n\n';
