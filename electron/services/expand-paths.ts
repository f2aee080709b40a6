import type { Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fsProblem, notARegularFile, tooLarge, type FileProblem } from './file-problems.ts';

/** A file to ingest, or a path turned away before anything was read. */
export type Candidate =
  | { kind: 'file'; file: string; size: number }
  | ({ kind: 'rejected'; file: string } & FileProblem);

/**
 * Expands the paths an editor gave into files, stat-ing each one first:
 * folders recursively (dotfiles and dot-folders skipped, names in order),
 * symbolic links followed once. Files over `maxBytes` are turned away here,
 * so they are never read.
 */
export async function expandPaths(paths: readonly string[], maxBytes: number): Promise<Candidate[]> {
  const out: Candidate[] = [];
  const seenDirs = new Set<string>();

  async function visit(file: string, stat: Stat, fromFolder: boolean): Promise<void> {
    if (!stat.ok) {
      out.push({ kind: 'rejected', file, ...stat.problem });
    } else if (stat.stat.isDirectory()) {
      await visitFolder(file);
    } else if (!stat.stat.isFile()) {
      // Inside a folder a FIFO or socket is not something the editor chose: skip it quietly.
      if (!fromFolder) out.push({ kind: 'rejected', file, ...notARegularFile });
    } else if (stat.stat.size > maxBytes) {
      out.push({ kind: 'rejected', file, ...tooLarge(stat.stat.size, maxBytes) });
    } else {
      out.push({ kind: 'file', file, size: stat.stat.size });
    }
  }

  async function visitFolder(dir: string): Promise<void> {
    let real: string;
    let names: string[];
    try {
      real = await fs.realpath(dir);
      if (seenDirs.has(real)) return; // a link back up the tree, or the same folder given twice
      seenDirs.add(real);
      names = await fs.readdir(dir);
    } catch (err) {
      out.push({ kind: 'rejected', file: dir, ...fsProblem(err) });
      return;
    }
    const files = names
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => path.join(dir, name));
    // Many stats at once (the thread pool runs them side by side); each file still lands in name order.
    for (let i = 0; i < files.length; i += STAT_BATCH) {
      const batch = files.slice(i, i + STAT_BATCH);
      const stats = await Promise.all(batch.map(statOf));
      for (const [j, file] of batch.entries()) await visit(file, stats[j] as Stat, true);
    }
  }

  for (const p of paths) await visit(p, await statOf(p), false);
  return out;
}

const STAT_BATCH = 64;

type Stat = { ok: true; stat: Stats } | { ok: false; problem: FileProblem };

async function statOf(file: string): Promise<Stat> {
  try {
    return { ok: true, stat: await fs.stat(file) };
  } catch (err) {
    return { ok: false, problem: fsProblem(err) };
  }
}
