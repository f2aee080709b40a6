import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import { TOKEN_COOKIE, type CallReply } from '../../../shared/api/http-protocol.ts';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host.ts';
import { RENDERER_CSP } from '../../../electron/host/security-headers.ts';
import { openServices } from '../../../electron/services/open-services.ts';
import type { Services } from '../../../electron/services/services.ts';
import { efeSample } from '../../support/paths.ts';
import { rawRequest, waitForSseEvent } from './raw-http.ts';

let tmp: string;
let services: Services;
let host: BrowserHost;
const SECRET = 'outside the renderer folder: must never be served';

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'copydesk-host-'));
  const rendererDir = path.join(tmp, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Copydesk test page</title><script src="./assets/app.js"></script>');
  await writeFile(path.join(rendererDir, 'assets/app.js'), 'console.log("renderer");');
  await writeFile(path.join(tmp, 'secret.txt'), SECRET);
  await symlink(path.join(tmp, 'secret.txt'), path.join(rendererDir, 'assets/link.txt'));
  services = openServices({ dataDir: path.join(tmp, 'archive'), host: 'browser' });
  host = await startBrowserHost({ services, port: 0, rendererDir });
});

afterAll(async () => {
  await host?.close();
  services?.close();
  await rm(tmp, { recursive: true, force: true });
});

const bearer = (): Record<string, string> => ({ Authorization: `Bearer ${host.token}` });

function call(method: string, input: unknown, headers: Record<string, string> = bearer()) {
  return rawRequest({
    port: host.port,
    path: `/api/call/${method}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

async function ingestEfe(): Promise<CallReply> {
  const bytes = await readFile(efeSample);
  const res = await call('ingest.file', { name: path.basename(efeSample), dataBase64: bytes.toString('base64') });
  expect(res.status).toBe(200);
  return JSON.parse(res.body) as CallReply;
}

describe('browser host: who may talk to it', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    // Another loopback address reaches a server bound to all interfaces, not one bound to 127.0.0.1.
    const reached = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.2', port: host.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    expect(reached).toBe(false);
  });

  it('says plainly when its port is taken', async () => {
    await expect(startBrowserHost({ services, port: host.port, rendererDir: tmp })).rejects.toThrow(`port ${host.port} on 127.0.0.1 is already in use`);
  });

  it('answers 401 without the token, for pages and for the API', async () => {
    const page = await rawRequest({ port: host.port, path: '/' });
    expect(page.status).toBe(401);
    expect(page.body).not.toContain('Copydesk test page');
    const api = await call('app.info', {}, {});
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const events = await rawRequest({ port: host.port, path: '/api/events' });
    expect(events.status).toBe(401);
  });

  it('answers 401 to a wrong token, in the header, the cookie or the launch URL', async () => {
    const wrong = 'f'.repeat(64);
    expect((await call('app.info', {}, { Authorization: `Bearer ${wrong}` })).status).toBe(401);
    expect((await call('app.info', {}, { Cookie: `${TOKEN_COOKIE}=${wrong}` })).status).toBe(401);
    expect((await call('app.info', {}, { Authorization: `Bearer ${host.token.slice(0, -1)}` })).status).toBe(401);
    const launch = await rawRequest({ port: host.port, path: `/?token=${wrong}` });
    expect(launch.status).toBe(401);
    expect(launch.headers['set-cookie']).toBeUndefined();
  });

  it('answers 403 to a foreign Host, even with the token', async () => {
    for (const foreign of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1']) {
      const res = await call('app.info', {}, { ...bearer(), Host: foreign });
      expect(res.status, foreign).toBe(403);
    }
    const local = await call('app.info', {}, { ...bearer(), Host: `localhost:${host.port}` });
    expect(local.status).toBe(200);
  });

  it('answers 403 to a foreign Origin, even with the token, and before asking for one', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null', `https://127.0.0.1:${host.port}`]) {
      expect((await call('app.info', {}, { ...bearer(), Origin: origin })).status, origin).toBe(403);
      expect((await call('app.info', {}, { Origin: origin })).status, origin).toBe(403);
    }
    const own = await call('app.info', {}, { ...bearer(), Origin: host.origin });
    expect(own.status).toBe(200);
  });

  it('turns the launch URL into an HttpOnly, SameSite=Strict cookie that then opens the page and the API', async () => {
    const launch = await rawRequest({ port: host.port, path: new URL(host.url).pathname + new URL(host.url).search });
    expect(launch.status).toBe(302);
    expect(launch.headers.location).toBe('/');
    const setCookie = launch.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0] ?? '';
    expect(cookie).toBe(`${TOKEN_COOKIE}=${host.token}`);

    const page = await rawRequest({ port: host.port, path: '/', headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Copydesk test page');
    const info = await call('app.info', {}, { Cookie: `other=1; ${cookie}` });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, result: { host: 'browser', dataDir: path.join(tmp, 'archive') } });
  });
});

describe('browser host: the API contract over HTTP', () => {
  it('ingests a file and finds it by a word from its body', async () => {
    const reply = await ingestEfe();
    expect(reply.ok).toBe(true);
    const result = (reply as { ok: true; result: { status: string; storyIds: string[] } }).result;
    expect(['added', 'duplicate']).toContain(result.status);
    const [storyId] = result.storyIds;
    expect(storyId).toBeTruthy();

    const search = await call('archive.search', { query: 'Taliban' });
    expect(search.status).toBe(200);
    const page = JSON.parse(search.body) as { ok: true; result: { items: Array<{ id: string }> } };
    expect(page.result.items.map((i) => i.id)).toContain(storyId);

    const story = await call('story.get', { id: storyId });
    expect(story.status).toBe(200);
    expect(JSON.parse(story.body).result.story.body.join('\n')).toContain('Taliban');
  });

  it('streams archive.changed over SSE after an ingest', async () => {
    const unique = `Copydesk event probe ${Date.now()}: the zebra crossed the newsroom.\n\nA second paragraph about zebras.\n`;
    const sse = waitForSseEvent({
      port: host.port,
      token: host.token,
      name: 'archive.changed',
      accept: (p) => Array.isArray((p as { storyIds?: unknown }).storyIds),
    });
    try {
      await sse.ready;
      const res = await call('ingest.file', { name: 'zebra.txt', dataBase64: Buffer.from(unique).toString('base64') });
      const reply = JSON.parse(res.body) as { ok: true; result: { status: string; storyIds: string[] } };
      expect(reply.result.status).toBe('added');
      const payload = (await sse.event) as { storyIds: string[] };
      expect(payload.storyIds).toEqual(reply.result.storyIds);
    } finally {
      sse.close();
    }
  });

  it('answers bad input with 400 and the contract’s own message', async () => {
    const input = { query: 42 };
    const expected = await dispatch(services.handlers, 'archive.search', input).then(
      () => 'no error',
      (err: unknown) => ApiError.from(err).message,
    );
    const res = await call('archive.search', input);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'bad-input', message: expected } });
    expect(res.body).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('answers a body that is not JSON with 400, an unknown method with 404, a GET call with 405', async () => {
    const notJson = await rawRequest({ port: host.port, path: '/api/call/app.info', method: 'POST', headers: bearer(), body: '{nope' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.code).toBe('bad-input');
    const unknown = await call('archive.drop', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.code).toBe('not-found');
    const get = await rawRequest({ port: host.port, path: '/api/call/app.info', headers: bearer() });
    expect(get.status).toBe(405);
  });

  it('refuses a body over the limit with 413 and a JSON error', async () => {
    const small = await startBrowserHost({ services, port: 0, rendererDir: tmp, maxBodyBytes: 1024 });
    try {
      const res = await rawRequest({
        port: small.port,
        path: '/api/call/ingest.file',
        method: 'POST',
        headers: { Authorization: `Bearer ${small.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'big.txt', dataBase64: Buffer.alloc(4096, 65).toString('base64') }),
      });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    } finally {
      await small.close();
    }
  });
});

describe('browser host: static files', () => {
  it('serves the renderer with its content type and the security headers', async () => {
    const index = await rawRequest({ port: host.port, path: '/', headers: bearer() });
    expect(index.headers['content-type']).toMatch(/^text\/html/);
    expect(index.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    const script = await rawRequest({ port: host.port, path: '/assets/app.js', headers: bearer() });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.body).toContain('renderer');
  });

  it('never serves a file outside the renderer folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      `/${encodeURIComponent(path.join(tmp, 'secret.txt'))}`,
      '/assets/link.txt',
      '/%00',
      '/%E0%A4%A',
    ];
    for (const attempt of attempts) {
      const res = await rawRequest({ port: host.port, path: attempt, headers: bearer() });
      expect(res.status, attempt).toBe(404);
      expect(res.body, attempt).not.toContain(SECRET);
    }
  });

  it('tells the editor to build the renderer when it is missing', async () => {
    const empty = path.join(tmp, 'empty-renderer');
    await mkdir(empty, { recursive: true });
    const bare = await startBrowserHost({ services, port: 0, rendererDir: empty });
    try {
      const res = await rawRequest({ port: bare.port, path: '/', headers: { Authorization: `Bearer ${bare.token}` } });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('npm run build:renderer');
    } finally {
      await bare.close();
    }
  });
});
