import type { IngestFileResult } from '../../shared/model/ingest.ts';
import type { WatchedFile } from '../services/watch-folder.ts';
import { withArchive } from './archive-session.ts';
import { progressLine, type CliIo } from './cli-io.ts';
import { EXIT_OK } from './exit-codes.ts';
import { describeCounts, describeResult, type IngestCommandOptions } from './ingest-command.ts';
import { untilSignal } from './until-signal.ts';

/**
 * `copydesk ingest --watch DIR…`: ingests what is in the folders, then every
 * file that arrives, until SIGINT or SIGTERM. On a terminal a status line
 * says how it goes; in a pipe or a log, one line per file (NDJSON with --json).
 * Rejections always go to stderr, saying where the file went.
 */
export async function runWatch(folders: string[], opts: IngestCommandOptions, io: CliIo): Promise<number> {
  return withArchive(opts.data, async ({ services, dataDir }) => {
    const settled: IngestFileResult[] = [];
    const status = progressLine(io);
    const statusLine = (last?: string): void =>
      status.update(`watching ${folders.join(', ')}: ${describeCounts(settled)}${last ? ` · ${last}` : ''}`);

    const onFile = (outcome: WatchedFile): void => {
      const { result } = outcome;
      settled.push(result);
      status.clear();
      if (result.status === 'rejected') {
        const where = outcome.movedTo ? ` (moved to ${outcome.movedTo})` : outcome.moveError ? ` (could not be moved: ${outcome.moveError})` : '';
        io.err(`${result.error ?? `${result.file}: rejected`}${where}\n`);
      }
      if (opts.json) io.out(`${JSON.stringify({ ...result, ...(outcome.movedTo ? { movedTo: outcome.movedTo } : {}) })}\n`);
      else if (!io.errIsTty && result.status !== 'rejected') io.out(describeResult(result));
      statusLine(result.file);
    };
    const onError = (err: Error): void => {
      status.clear();
      io.err(`copydesk: ${err.message}\n`);
      statusLine();
    };

    const watches = [];
    for (const folder of folders) watches.push(await services.watchFolder(folder, { onFile, onError }));
    await Promise.all(watches.map((w) => w.ready));
    io.err(`Copydesk: watching ${watches.map((w) => w.folder).join(', ')} for wire files (archive in ${dataDir}); Ctrl+C stops.\n`);
    statusLine();

    await untilSignal();
    // The watchers stop after the batch in hand has settled (withArchive's own close is then a no-op).
    await services.close();
    status.clear();
    io.err(`Copydesk: stopped watching; ${describeCounts(settled)}.\n`);
    return EXIT_OK;
  });
}
