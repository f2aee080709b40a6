import fs from 'node:fs';
import { openArchive, type Archive } from '../../db/archive.ts';
import { checkArchive, rebuildSearchIndex, SEARCH_INDEX_PROBLEMS, type ArchiveHealth, type RebuildResult } from '../../db/maintenance/doctor.ts';
import { archiveFile, resolveDataDir } from '../services/data-dir.ts';
import { printJson, progressLine, type CliIo } from './cli-io.ts';
import { EXIT_OK, EXIT_REJECTED } from './exit-codes.ts';

export interface DoctorCommandOptions {
  data?: string;
  full?: boolean;
  rebuild?: boolean;
  json?: boolean;
}

/** What `copydesk doctor --json` prints: the health found last (after a rebuild, if one ran). */
export interface DoctorReport extends ArchiveHealth {
  archive: string;
  /** Present when --rebuild rebuilt the search index: what it wrote, and the health found before. */
  rebuild?: RebuildResult & { seconds: number; before: ArchiveHealth };
}

/**
 * Opens the archive file of the --data folder (COPYDESK_DATA, else the
 * default) by itself, without the services: upkeep needs the connection, not
 * the handlers, and must not start workers or watchers. A folder without an
 * archive is reported, not given a new empty one.
 */
export async function withArchiveFile(
  dataFlag: string | undefined,
  io: CliIo,
  job: (archive: Archive) => number | Promise<number>,
): Promise<number> {
  const dataDir = resolveDataDir({ flag: dataFlag, env: process.env });
  const file = archiveFile(dataDir);
  if (!fs.existsSync(file)) {
    io.err(`copydesk: there is no archive in ${dataDir} (no ${file})\n`);
    return EXIT_REJECTED;
  }
  const archive = openArchive(file);
  try {
    return await job(archive);
  } finally {
    archive.close();
  }
}

export async function runDoctor(opts: DoctorCommandOptions, io: CliIo): Promise<number> {
  return withArchiveFile(opts.data, io, (archive) => {
    const check = (): ArchiveHealth => checkArchive(archive, { full: opts.full === true });
    const first = check();
    let report: DoctorReport = { archive: archive.file, ...first };
    if (!opts.json) io.out(describeHealth(archive.file, first));

    if (!first.ok && opts.rebuild) {
      const progress = progressLine(io);
      const started = performance.now();
      const rebuilt = rebuildSearchIndex(archive, (done, total) => progress.update(`Rebuilding the search index: ${done}/${total} stories`));
      progress.clear();
      const seconds = Math.round(performance.now() - started) / 1000;
      const after = check();
      report = { archive: archive.file, ...after, rebuild: { ...rebuilt, seconds, before: first } };
      if (!opts.json) {
        io.out(`\nRebuilt the search index: ${plural(rebuilt.entries, 'entry', 'entries')} in ${seconds.toFixed(1)} s.\n`);
        io.out(after.ok ? 'Checked again: the archive is healthy.\n' : `Checked again:\n${describeProblems(after)}Problems remain after the rebuild.\n`);
      }
    } else if (!first.ok && !opts.json) {
      io.out(advice(first));
    }

    if (opts.json) printJson(io, report);
    return report.ok ? EXIT_OK : EXIT_REJECTED;
  });
}

/** The report of one check, as an editor reads it. */
export function describeHealth(file: string, health: ArchiveHealth): string {
  const head = `Archive ${file}: ${plural(health.stories, 'story', 'stories')}, ${plural(health.searchEntries, 'search entry', 'search entries')}.\n`;
  if (health.ok) return `${head}Healthy: no problems found.\n`;
  return `${head}${describeProblems(health)}`;
}

function describeProblems(health: ArchiveHealth): string {
  const n = health.problems.length;
  return `${n === 1 ? '1 problem' : `${n} problems`}:\n${health.problems.map((p) => `  - ${p.message}\n`).join('')}`;
}

function advice(health: ArchiveHealth): string {
  const repairable = health.problems.some((p) => SEARCH_INDEX_PROBLEMS.includes(p.code));
  return repairable ? 'Run copydesk doctor --rebuild to rebuild the search index.\n' : '';
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
