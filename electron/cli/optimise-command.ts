import { optimiseArchive, type ArchiveSize, type OptimiseResult } from '../../db/maintenance/doctor.ts';
import { printJson, type CliIo } from './cli-io.ts';
import { withArchiveFile } from './doctor-command.ts';
import { EXIT_OK } from './exit-codes.ts';

/** What `copydesk optimise --json` prints. */
export interface OptimiseReport extends OptimiseResult {
  archive: string;
}

export async function runOptimise(opts: { data?: string; json?: boolean }, io: CliIo): Promise<number> {
  return withArchiveFile(opts.data, io, (archive) => {
    const result = optimiseArchive(archive);
    if (opts.json) printJson(io, { archive: archive.file, ...result } satisfies OptimiseReport);
    else io.out(describeOptimise(archive.file, result));
    return EXIT_OK;
  });
}

export function describeOptimise(file: string, { before, after, walTruncated }: OptimiseResult): string {
  const lines = [`Archive ${file}:`];
  lines.push(`  size          ${bytes(before.bytes)} → ${bytes(after.bytes)} (${bytes(after.freePages * after.pageSize)} free for reuse)`);
  lines.push(`  write-ahead   ${bytes(before.walBytes)} → ${bytes(after.walBytes)}${walTruncated ? '' : ' (another program was reading; run again later to empty it)'}`);
  if (before.searchSegments !== undefined || after.searchSegments !== undefined) {
    lines.push(`  search index  ${segments(before)} → ${segments(after)}`);
  }
  return `${lines.join('\n')}\n`;
}

function segments(size: ArchiveSize): string {
  const n = size.searchSegments;
  return n === undefined ? '?' : `${n} ${n === 1 ? 'segment' : 'segments'}`;
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
