import type { CliIo } from './cli-io.ts';
import { EXIT_OK } from './exit-codes.ts';
import { startServing } from './serve.ts';
import { untilSignal } from './until-signal.ts';

/** Serves until SIGINT or SIGTERM; the URL (with the token) is stdout's only line. */
export async function runServe(opts: { data?: string; port?: number }, io: CliIo): Promise<number> {
  const serving = await startServing({ ...opts, log: (m) => io.err(`${m}\n`) });
  io.err(`Copydesk: serving the archive in ${serving.dataDir} on 127.0.0.1 (Ctrl+C stops).\n`);
  if (!serving.rendererBuilt) io.err('Copydesk: the user interface is not built; run npm run build:renderer.\n');
  io.out(`${serving.url}\n`);
  await untilSignal();
  await serving.stop();
  return EXIT_OK;
}
