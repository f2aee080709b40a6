import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../../support/paths.ts';
import { exitOf } from './run-cli.ts';

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'copydesk-start-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

// May build the renderer first when it is missing or older than its sources.
it('npm start without an Electron runtime says so and serves the workstation in the browser host', { timeout: 180_000 }, async () => {
  const env: Record<string, string | undefined> = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: path.join(tmp, 'no-electron-here') };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/start.mjs'), '--data', path.join(tmp, 'archive')], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout });
      lines.on('line', (line) => {
        stdout += `${line}\n`;
        if (line.startsWith('http://')) resolve(line);
      });
      child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${stdout}`)));
    });
    expect(stdout).toContain('Electron runtime not installed here — starting the browser host instead');
    expect(stdout).toContain('no desktop browser');
    const launch = new URL(url);
    const info = await fetch(`${launch.origin}/api/call/app.info`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${launch.searchParams.get('token')}` },
      body: '{}',
    });
    expect(await info.json()).toMatchObject({ ok: true, result: { host: 'browser', dataDir: path.join(tmp, 'archive') } });
    // The renderer was built if it had to be, and is what `/` serves.
    const page = await fetch(`${launch.origin}/`, { headers: { Authorization: `Bearer ${launch.searchParams.get('token')}` } });
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(await readFile(path.join(repoRoot, 'dist/renderer/index.html'), 'utf8'));
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exitOf(child)).toBe(0);
});
