import { existsSync } from 'node:fs';
import path from 'node:path';
import { startBrowserHost } from '../host/browser-host.ts';
import { openArchiveSession } from './archive-session.ts';
import { rendererDistDir } from './repo-paths.ts';

export interface Serving {
  url: string;
  dataDir: string;
  rendererBuilt: boolean;
  /** Stops the host, then closes the archive cleanly. */
  stop(): Promise<void>;
}

/** The browser host over the archive: what `copydesk serve` and `npm start` (without Electron) run. */
export async function startServing(opts: { data?: string; port?: number; rendererDir?: string; log?: (message: string) => void }): Promise<Serving> {
  const { services, dataDir } = await openArchiveSession(opts.data, 'browser');
  const rendererDir = opts.rendererDir ?? rendererDistDir;
  try {
    const host = await startBrowserHost({ services, port: opts.port ?? 0, rendererDir, ...(opts.log ? { log: opts.log } : {}) });
    let stopped: Promise<void> | undefined;
    return {
      url: host.url,
      dataDir,
      rendererBuilt: existsSync(path.join(rendererDir, 'index.html')),
      stop: () => {
        stopped ??= host.close().finally(() => services.close());
        return stopped;
      },
    };
  } catch (err) {
    await services.close();
    throw err;
  }
}
