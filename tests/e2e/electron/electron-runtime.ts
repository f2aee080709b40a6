import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { repoRoot } from '../../support/paths.ts';

export type ElectronRuntime = { binary: string } | { binary: null; reason: string };

/**
 * The Electron binary this checkout would run, if it can run Copydesk: it must
 * exist (the electron package or ELECTRON_OVERRIDE_DIST_PATH) and load
 * better-sqlite3, a native addon built per runtime.
 */
export function findElectronRuntime(): ElectronRuntime {
  let binary: unknown;
  try {
    binary = createRequire(import.meta.url)('electron');
  } catch {
    return { binary: null, reason: 'no Electron runtime on this machine: the electron package was installed without its binary' };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) {
    return { binary: null, reason: `no Electron runtime on this machine: ${String(binary)} does not exist` };
  }
  const probe = spawnSync(binary, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: repoRoot,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (probe.status !== 0) {
    return { binary: null, reason: `better-sqlite3 is not built for the Electron runtime at ${binary} (npm run dist builds it)` };
  }
  return { binary };
}
