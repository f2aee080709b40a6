import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { methods, type Handlers } from '../../../shared/api/contract.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import { APP_START_URL, isAppUrl } from '../../../electron/host/app-url.ts';
import { confinePath } from '../../../electron/host/confine-path.ts';
import { callReply, isTrustedSender } from '../../../electron/host/ipc-bridge.ts';
import { dataFlagFrom } from '../../../electron/host/launch-args.ts';

// The Electron shell cannot run on this machine; these are the decisions it
// makes, in the plain modules it delegates them to.

describe('path confinement (browser host static files and app://)', () => {
  const root = path.join(os.tmpdir(), 'renderer-root');

  it('maps URL paths to files inside the renderer folder', () => {
    expect(confinePath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(confinePath(root, '/assets/app.js')).toBe(path.join(root, 'assets/app.js'));
    expect(confinePath(root, '/assets/a%20b.css')).toBe(path.join(root, 'assets/a b.css'));
    expect(confinePath(root, '/assets/../index.html')).toBe(path.join(root, 'index.html'));
  });

  it('refuses anything that would leave it', () => {
    for (const escape of ['/../x', '/%2e%2e/x', '/a/../../x', '/..%2f..%2fetc/passwd', '/..%5cx', '/%00', '/a%00.js', '/%E0%A4%A']) {
      expect(confinePath(root, escape), escape).toBeNull();
    }
  });
});

describe('IPC sender check', () => {
  it('trusts only the main frame of the app:// page', () => {
    expect(isTrustedSender({ url: APP_START_URL, parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://copydesk/index.html#/story/1', parent: null })).toBe(true);
    expect(isTrustedSender({ url: APP_START_URL, parent: { url: APP_START_URL } })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///etc/passwd', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://other-host/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('allows navigation only within app://copydesk', () => {
    expect(isAppUrl('app://copydesk/index.html')).toBe(true);
    expect(isAppUrl('app://copydesk.evil.example/')).toBe(false);
    expect(isAppUrl('http://127.0.0.1/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('IPC call replies', () => {
  const handlers = {
    'app.info': () => {
      throw new Error('disk on fire');
    },
    'archive.search': (input: { query: string }) => ({ items: [], total: input.query.length, capped: false, nextCursor: null }),
    'story.get': ({ id }: { id: string }) => {
      throw new ApiError('not-found', `No story with id ${id}`);
    },
    'ingest.file': () => {
      throw new Error('unused');
    },
  } as unknown as Handlers;

  it('carries results and validated input through the contract', async () => {
    const reply = await callReply(handlers, 'archive.search', { query: 'abc' });
    expect(reply).toEqual({ ok: true, result: methods['archive.search'].output.parse({ items: [], total: 3, capped: false, nextCursor: null }) });
  });

  it('carries errors as { code, message }, never as a stack', async () => {
    expect(await callReply(handlers, 'story.get', { id: 'x' })).toEqual({ ok: false, error: { code: 'not-found', message: 'No story with id x' } });
    expect(await callReply(handlers, 'app.info', {})).toEqual({ ok: false, error: { code: 'internal', message: 'disk on fire' } });
    const bad = await callReply(handlers, 'archive.search', { query: 1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await callReply(handlers, 'shell.exec', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('Electron launch arguments', () => {
  it('finds --data in either spelling among Electron’s own switches', () => {
    expect(dataFlagFrom(['/usr/bin/electron', '.', '--data', '/tmp/a'])).toBe('/tmp/a');
    expect(dataFlagFrom(['Copydesk', '--no-sandbox', '--data=/tmp/b'])).toBe('/tmp/b');
    expect(dataFlagFrom(['Copydesk', '--inspect'])).toBeUndefined();
  });
});
