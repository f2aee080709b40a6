import { request, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request with exactly the headers given (fetch would not let a test
 * forge Host, and would normalise `..` out of the path before sending it).
 */
export function rawRequest(options: {
  port: number;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  host?: string;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.host ?? '127.0.0.1',
        port: options.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${options.port}`, ...options.headers },
        setHost: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * Opens the SSE stream and resolves with the first event named `name` whose
 * payload satisfies `accept`; `ready` resolves once the stream is open.
 */
export function waitForSseEvent(options: {
  port: number;
  token: string;
  name: string;
  accept: (payload: unknown) => boolean;
}): { ready: Promise<void>; event: Promise<unknown>; close(): void } {
  let close = (): void => {};
  let markReady = (): void => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const event = new Promise<unknown>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: options.port,
        path: '/api/events',
        headers: { Authorization: `Bearer ${options.token}`, Accept: 'text/event-stream' },
      },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`events answered ${res.statusCode}`));
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          buffer += chunk;
          markReady();
          let end: number;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const name = /^event: (.*)$/m.exec(message)?.[1];
            const data = /^data: (.*)$/m.exec(message)?.[1];
            if (name !== options.name || data === undefined) continue;
            const payload: unknown = JSON.parse(data);
            if (options.accept(payload)) {
              req.destroy();
              resolve(payload);
            }
          }
        });
      },
    );
    req.on('error', (err) => reject(err));
    req.end();
    close = () => req.destroy();
  });
  return { ready, event, close };
}
