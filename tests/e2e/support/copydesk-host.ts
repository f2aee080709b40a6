import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { CopydeskApi } from '../../../shared/api/client.ts';
import type { UserProfile } from '../../../shared/model/editing.ts';
import { cliBin, repoRoot } from '../../support/paths.ts';
import { ensureProfile, hostApi, testProfile } from './host-api.ts';

export interface CopydeskHost {
  /** The launch URL exactly as `copydesk serve` printed it, token included. */
  url: string;
  /** The same host without the token: what a stranger would open. */
  origin: string;
  dataDir: string;
  /** The contract, called from the test (with the token), to arrange what the page then shows. */
  api: CopydeskApi;
  stop(): Promise<void>;
}

export interface HostOptions {
  /** An archive to serve as it is (and leave in place); a fresh temporary one otherwise. */
  dataDir?: string;
  /**
   * Who is at this laptop, set through the API before the page opens so the
   * first-start dialog does not stand over the workstation (an archive that
   * already knows its editor keeps them). null leaves it unset: the first start.
   */
  profile?: UserProfile | null;
}

const STARTUP_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * Runs `copydesk serve` as an editor would, on a fresh archive in a temporary
 * folder and a free port, and hands back the URL line it prints.
 */
export async function startCopydeskHost(options: HostOptions = {}): Promise<CopydeskHost> {
  const rendererIndex = path.join(repoRoot, 'dist/renderer/index.html');
  if (!existsSync(rendererIndex)) {
    throw new Error(`The renderer is not built (${rendererIndex} is missing): run \`npm run build:renderer\` first.`);
  }
  // An archive the caller names is used as it is and left in place.
  const owned = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'copydesk-e2e-')));
  const removeOwned = () => (owned ? rm(dataDir, { recursive: true, force: true }) : Promise.resolve());
  const child = spawn(process.execPath, [cliBin, 'serve', '--data', dataDir, '--port', '0'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let url: string;
  let api: CopydeskApi;
  try {
    url = await readLaunchUrl(child);
    api = hostApi(url);
    const profile = options.profile === undefined ? testProfile : options.profile;
    if (profile !== null) await ensureProfile(api, profile);
  } catch (err) {
    await stopChild(child);
    await removeOwned();
    throw err;
  }
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    api,
    async stop() {
      await stopChild(child);
      await removeOwned();
    },
  };
}

function readLaunchUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
    });
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => fail(`printed no http:// line within ${STARTUP_TIMEOUT_MS / 1000} s`), STARTUP_TIMEOUT_MS);
    function fail(why: string) {
      clearTimeout(timer);
      lines.close();
      reject(new Error(`copydesk serve ${why}.\nstderr:\n${stderr}`));
    }
    lines.on('line', (line) => {
      if (!line.startsWith('http://')) return;
      clearTimeout(timer);
      lines.close();
      // Keep draining stdout, or a chatty host would block on a full pipe.
      child.stdout?.resume();
      resolve(line.trim());
    });
    child.once('exit', (code, signal) => fail(`exited (code ${code}, signal ${signal}) before printing its URL`));
    child.once('error', (err) => fail(`could not start: ${err.message}`));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
