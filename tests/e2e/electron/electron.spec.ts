import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { efeSample, repoRoot } from '../../support/paths.ts';
import { answerFirstStart, fileFromDisk, importThroughButton, workstation } from '../support/workstation.ts';
import { findElectronRuntime } from './electron-runtime.ts';

const runtime = findElectronRuntime();
if (runtime.binary === null) console.log(`Electron end-to-end test skipped: ${runtime.reason}.`);

test.describe('the Electron workstation', () => {
  test.skip(runtime.binary === null, runtime.binary === null ? runtime.reason : '');

  let app: ElectronApplication;
  let dataDir: string;

  test.beforeAll(() => {
    for (const [script, what] of [
      [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'the renderer'],
      [path.join(repoRoot, 'electron/build.mjs'), 'main and preload'],
    ] as const) {
      if (what === 'the renderer' && existsSync(path.join(repoRoot, 'dist/renderer/index.html'))) continue;
      const built = spawnSync(process.execPath, what === 'the renderer' ? [script, 'build'] : [script], { cwd: repoRoot, stdio: 'inherit' });
      if (built.status !== 0) throw new Error(`could not build ${what}`);
    }
  });

  test.beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-electron-'));
    app = await electron.launch({
      executablePath: runtime.binary ?? undefined,
      args: [path.join(repoRoot, 'dist/electron/main.mjs'), '--data', dataDir],
      cwd: repoRoot,
    });
  });

  test.afterEach(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('imports a file, finds it by a body word and opens it', async () => {
    const page = await app.firstWindow();
    expect(new URL(page.url()).protocol).toBe('app:');
    const ws = workstation(page);
    // A fresh data folder: the first start asks who is at this laptop.
    await answerFirstStart(ws);
    await expect(ws.searchBox).toBeVisible();

    await importThroughButton(ws, [fileFromDisk(efeSample)]);
    await expect(ws.importSummary).toContainText('1 added');

    await ws.searchBox.fill('opiates');
    await expect(ws.story(/Putin/)).toBeVisible();
    await ws.story(/Putin/).click();
    await expect(ws.storyHeadline).toContainText('Putin');
    await expect(ws.fact('Dateline')).toHaveText(/Moscow.*EFE/);

    // The sandbox holds: the page has no Node, only the contract's bridge.
    const reach = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: typeof (globalThis as { copydesk?: { invoke?: unknown } }).copydesk?.invoke,
    }));
    expect(reach).toEqual({ require: 'undefined', process: 'undefined', bridge: 'function' });
  });
});
