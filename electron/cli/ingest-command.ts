import type { IngestFileResult } from '../../shared/model/ingest.ts';
import { withArchive } from './archive-session.ts';
import { printJson, progressLine, type CliIo } from './cli-io.ts';
import { EXIT_OK, EXIT_REJECTED } from './exit-codes.ts';

export async function runIngest(paths: string[], opts: { data?: string; json?: boolean }, io: CliIo): Promise<number> {
  return withArchive(opts.data, async ({ services, dataDir }) => {
    const progress = progressLine(io);
    const results = await services.ingestPaths(paths, (done, total, file) => progress.update(`[${done}/${total}] ${file}`));
    progress.clear();
    // Rejections go to stderr in both modes, `FILE: problem` (the services name the file), like `parse`.
    for (const r of results) if (r.status === 'rejected') io.err(`${r.error ?? `${r.file}: rejected`}\n`);
    if (opts.json) printJson(io, { dataDir, results });
    else io.out(describeIngest(results));
    return results.some((r) => r.status === 'rejected') ? EXIT_REJECTED : EXIT_OK;
  });
}

/** What was added and what was a duplicate, then the counts (rejections are already on stderr). */
export function describeIngest(results: IngestFileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.status === 'rejected') continue;
    const ids = r.storyIds.length > 0 ? `  ${r.storyIds.join(', ')}` : '';
    lines.push(`${r.status === 'added' ? 'added    ' : 'duplicate'}  ${r.file}${ids}`);
    for (const w of r.warnings) lines.push(`           warning: ${w}`);
  }
  const count = (status: IngestFileResult['status']): number => results.filter((r) => r.status === status).length;
  lines.push(`${count('added')} added, ${count('duplicate')} duplicate, ${count('rejected')} rejected`);
  return `${lines.join('\n')}\n`;
}
