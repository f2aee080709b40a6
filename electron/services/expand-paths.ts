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

  async function visit(file: string, fromFolder: boolean): Promise<void> {
    let stat;
    try {
      stat = await fs.stat(file);
    } catch (err) {
      out.push({ kind: 'rejected', file, ...fsProblem(err) });
      return;
    }
    if (stat.isDirectory()) {
      await visitFolder(file);
    } else if (!stat.isFile()) {
      // Inside a folder a FIFO or socket is not something the editor chose: skip it quietly.
      if (!fromFolder) out.push({ kind: 'rejected', file, ...notARegularFile });
    } else if (stat.size > maxBytes) {
      out.push({ kind: 'rejected', file, ...tooLarge(stat.size, maxBytes) });
    } else {
      out.push({ kind: 'file', file, size: stat.size });
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
    names.sort();
    for (const name of names) {
      if (name.startsWith('.')) continue;
      await visit(path.join(dir, name), true);
    }
  }

  for (const p of paths) await visit(p, false);
  return out;
}

export type { FileProblem };
