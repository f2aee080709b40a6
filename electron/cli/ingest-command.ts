import type { IngestFileResult } from '../../shared/model/ingest.ts';
import { withArchive } from './archive-session.ts';
import { printJson, progressLine, type CliIo } from './cli-io.ts';
import { EXIT_OK, EXIT_REJECTED } from './exit-codes.ts';

export interface IngestCommandOptions {
  data?: string;
  json?: boolean;
  watch?: boolean;
}

export async function runIngest(paths: string[], opts: IngestCommandOptions, io: CliIo): Promise<number> {
  if (opts.watch) return (await import('./watch-command.ts')).runWatch(paths, opts, io);
  return withArchive(opts.data, async ({ services, dataDir }) => {
    const progress = progressLine(io);
    const results = await services.ingestPaths(paths, (done, total, file) => progress.update(`[${done}/${total}] ${file}`), { source: 'cli' });
    progress.clear();
    // Rejections go to stderr in both modes, `FILE: problem` (the services name the file), like `parse`.
    for (const r of results) if (r.status === 'rejected') io.err(`${r.error ?? `${r.file}: rejected`}\n`);
    if (opts.json) printJson(io, { dataDir, results });
    else io.out(describeIngest(results));
    return results.some((r) => r.status === 'rejected') ? EXIT_REJECTED : EXIT_OK;
  });
}

const STATUS_WORDS: Record<IngestFileResult['status'], string> = {
  added: 'added',
  updated: 'updated',
  duplicate: 'duplicate',
  rejected: 'rejected',
};

/** One line for a file that went in (or was already there), its warnings under it. */
export function describeResult(r: IngestFileResult): string {
  const ids = r.storyIds.length > 0 ? `  ${r.storyIds.join(', ')}` : '';
  const lines = [`${STATUS_WORDS[r.status].padEnd(9)}  ${r.file}${ids}`];
  for (const w of r.warnings) lines.push(`           warning: ${w}`);
  return `${lines.join('\n')}\n`;
}

/** What was added, updated or a duplicate, then the counts (rejections are already on stderr). */
export function describeIngest(results: IngestFileResult[]): string {
  return `${results
    .filter((r) => r.status !== 'rejected')
    .map(describeResult)
    .join('')}${describeCounts(results)}\n`;
}

export function describeCounts(results: readonly IngestFileResult[]): string {
  const count = (status: IngestFileResult['status']): number => results.filter((r) => r.status === status).length;
  const updated = count('updated') > 0 ? `${count('updated')} updated, ` : '';
  return `${count('added')} added, ${updated}${count('duplicate')} duplicate, ${count('rejected')} rejected`;
}
