import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../../shared/api/dispatch.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { CALL_PATH, EVENTS_PATH, TOKEN_QUERY, type CallReply } from '../../shared/api/http-protocol.ts';
import type { Services } from '../services/services.ts';
import { httpStatusFor } from './api-status.ts';
import { isHtml } from './content-types.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';
import {
  hostAllowed,
  newLaunchToken,
  originAllowed,
  presentedToken,
  tokenCookie,
  tokenMatches,
} from './request-guard.ts';
import { securityHeaders } from './security-headers.ts';
import { formatSseEvent, SSE_KEEP_ALIVE } from './sse.ts';
import { findStaticFile, RENDERER_MISSING_PAGE } from './static-file.ts';

/** A base64 file of the largest size the services take, plus the JSON around it. */
export const DEFAULT_MAX_BODY_BYTES = 80 * 1024 * 1024;
const DEFAULT_KEEP_ALIVE_MS = 15_000;

export interface BrowserHostOptions {
  services: Pick<Services, 'handlers' | 'subscribe'>;
  /** 0 (the default) lets the system pick a free port. */
  port?: number;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  maxBodyBytes?: number;
  keepAliveMs?: number;
  /** Where internal errors are reported; they never reach the client with a stack. */
  log?: (message: string) => void;
}

export interface BrowserHost {
  /** The launch URL, token included: open it once and the cookie does the rest. */
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the renderer and the API contract over HTTP on 127.0.0.1, so the same
 * workstation runs in any Chromium when Electron is absent. Only someone who
 * holds this launch's token (from the printed URL) gets in.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = newLaunchToken();
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const keepAliveMs = options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS;
  const log = options.log ?? (() => {});
  const streams = new Set<ServerResponse>();
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log(`browser host: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'The host could not answer this request.'));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host;
    if (!hostAllowed(host, port)) return sendText(res, 403, 'Forbidden: unknown Host.');
    if (!originAllowed(req.headers.origin, host)) return sendText(res, 403, 'Forbidden: foreign Origin.');

    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname === '/' && url.searchParams.has(TOKEN_QUERY)) {
      if (!tokenMatches(url.searchParams.get(TOKEN_QUERY) ?? undefined, token)) {
        return sendText(res, 401, 'Unauthorized: this link is not from the current launch of Copydesk.');
      }
      res.writeHead(302, { ...securityHeaders('text/plain; charset=utf-8'), Location: '/', 'Set-Cookie': tokenCookie(token), 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    if (!tokenMatches(presentedToken(req.headers), token)) {
      const message = 'Unauthorized: open Copydesk through the URL it printed at launch.';
      return url.pathname.startsWith('/api/') ? sendJson(res, 401, failure('unauthorized', message)) : sendText(res, 401, message);
    }

    if (url.pathname.startsWith(CALL_PATH)) return handleCall(req, res, url.pathname.slice(CALL_PATH.length));
    if (url.pathname === EVENTS_PATH) return handleEvents(req, res);
    if (url.pathname.startsWith('/api/')) return sendJson(res, 404, failure('not-found', `No such endpoint: ${url.pathname}`));
    return handleStatic(req, res, url.pathname);
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse, rawMethod: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendJson(res, 405, failure('bad-input', 'API calls are POST requests.'));
    }
    let method: string;
    try {
      method = decodeURIComponent(rawMethod);
    } catch {
      return sendJson(res, 404, failure('not-found', 'No such method.'));
    }
    let body: Buffer;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch (err) {
      if (!(err instanceof BodyTooLargeError)) throw err;
      res.setHeader('Connection', 'close');
      return sendJson(res, 413, failure('bad-input', `The request is too large: at most ${maxBodyBytes} bytes.`));
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, failure('bad-input', `The body of ${method} is not valid JSON.`));
    }
    try {
      const result = await dispatch(options.services.handlers, method, input);
      sendJson(res, 200, { ok: true, result } satisfies CallReply);
    } catch (err) {
      const error = ApiError.from(err);
      if (error.code === 'internal') log(`browser host: ${method} failed: ${error.message}`);
      sendJson(res, httpStatusFor(error.code), failure(error.code, error.message));
    }
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') return sendText(res, 405, 'Events are read with GET.');
    res.writeHead(200, {
      ...securityHeaders('text/event-stream; charset=utf-8'),
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    // Written at once so the client sees the stream open before the first event.
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribe = options.services.subscribe((event, payload) => {
      res.write(formatSseEvent(event, payload));
    });
    const timer = setInterval(() => res.write(SSE_KEEP_ALIVE), keepAliveMs);
    timer.unref();
    const stop = (): void => {
      clearInterval(timer);
      unsubscribe();
      streams.delete(res);
    };
    req.on('close', stop);
    res.on('close', stop);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Method not allowed.');
    }
    const file = await findStaticFile(options.rendererDir, pathname);
    if (file === null) {
      if (pathname === '/' || pathname === '/index.html') return sendHtml(res, 200, RENDERER_MISSING_PAGE);
      return sendText(res, 404, 'Not found.');
    }
    res.writeHead(200, {
      ...securityHeaders(file.contentType),
      'Content-Length': String(file.size),
      // The renderer is rebuilt in place; always revalidate so a rebuild shows at once.
      'Cache-Control': isHtml(file.contentType) ? 'no-store' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file.filePath);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    const failed = (err: NodeJS.ErrnoException): void => reject(listenProblem(err, options.port ?? 0));
    server.once('error', failed);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', failed);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?${TOKEN_QUERY}=${token}`,
    origin,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listenProblem(err: NodeJS.ErrnoException, port: number): Error {
  if (err.code === 'EADDRINUSE') return new Error(`port ${port} on 127.0.0.1 is already in use; choose another port, or 0 for any free one`, { cause: err });
  if (err.code === 'EACCES') return new Error(`port ${port} on 127.0.0.1 needs privileges this user does not have; choose a port above 1023`, { cause: err });
  return err;
}

function failure(code: string, message: string): CallReply {
  return { ok: false, error: { code, message } };
}

function sendJson(res: ServerResponse, status: number, value: CallReply): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    ...securityHeaders('application/json; charset=utf-8'),
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...securityHeaders('text/plain; charset=utf-8'),
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    ...securityHeaders('text/html; charset=utf-8'),
    'Content-Length': String(Buffer.byteLength(html)),
    'Cache-Control': 'no-store',
  });
  res.end(html);
}
