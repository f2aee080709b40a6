import fs from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { watch, type FSWatcher } from 'chokidar';
import type { IngestFileResult } from '../../shared/model/ingest.ts';
import { moveToRejected, REJECTED_FOLDER } from './move-to-rejected.ts';

/** What became of one file that appeared in the folder. */
export interface WatchedFile {
  file: string;
  result: IngestFileResult;
  /** Where a rejected file went, with the note saying why. */
  movedTo?: string;
  /** Why a rejected file could not be moved (it stays where it is). */
  moveError?: string;
}

export interface WatchFolderOptions {
  folder: string;
  /**
   * Ingests files, one result per file in order. `initial`: these files were in
   * the folder when watching began (a restart finds the files it took before).
   */
  ingest(files: string[], initial: boolean): Promise<IngestFileResult[]>;
  onFile?(outcome: WatchedFile): void;
  onError?(error: Error): void;
  /** How long a file's size must stay unchanged before it is read, in ms (default 2000). */
  stabilityMs?: number;
  /** How often a growing file's size is checked, in ms (default 100). */
  pollMs?: number;
}

export interface FolderWatch {
  readonly folder: string;
  /** Resolves once the files already in the folder have been found (they are ingested after). */
  readonly ready: Promise<void>;
  /** Resolves when no file is waiting, growing or being ingested. */
  idle(): Promise<void>;
  /** Stops watching; resolves when the batch being ingested has settled. */
  close(): Promise<void>;
}

/** Partial downloads and editors' scratch files: the finished file arrives under its own name. */
const PARTIAL_NAME = /\.(part|partial|tmp|temp|crdownload|download|filepart|opdownload|!ut|swp)$|^~\$|~$/i;

/** A rejection that is not the file's fault: it stays where it is and is tried again at the next start. */
const NOT_THE_FILES_FAULT = new Set(['storage-failed', 'not-found', 'unreadable']);

/** Paths the watcher never takes: rejected/ itself, dotfiles and dot-folders, partial downloads. */
export function isIgnoredInWatchedFolder(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  if (relative === '') return false;
  const parts = relative.split(path.sep);
  if (parts[0] === REJECTED_FOLDER) return true;
  if (parts.some((p) => p.startsWith('.'))) return true;
  return PARTIAL_NAME.test(parts.at(-1) ?? '');
}

/**
 * Watches a folder the agency feed drops into (chokidar): every new file, and
 * every file already there at start, is ingested once it has stopped growing.
 * A file that fails moves to rejected/ with a note saying why. Files are taken
 * in batches, one batch at a time, so a burst of hundreds goes to bulk ingest.
 */
export function watchFolder(options: WatchFolderOptions): FolderWatch {
  const folder = path.resolve(options.folder);
  const stabilityMs = options.stabilityMs ?? 2000;
  const pollMs = options.pollMs ?? 100;
  const pending: Array<{ file: string; initial: boolean }> = [];
  /** size:mtime of each file already handled: chokidar may report one write twice (add, then change). */
  const handled = new Map<string, string>();
  let settling = 0;
  let draining: Promise<void> | null = null;
  let closed = false;
  let ready = false;

  const watcher: FSWatcher = watch(folder, {
    ignored: (file) => isIgnoredInWatchedFolder(folder, file),
    ignoreInitial: false,
    awaitWriteFinish: { stabilityThreshold: stabilityMs, pollInterval: pollMs },
  });

  const readyPromise = new Promise<void>((resolve) => {
    watcher.once('ready', () => {
      ready = true;
      resolve();
    });
  });
  watcher.on('add', (file) => arrived(file, !ready));
  watcher.on('change', (file) => arrived(file, false));
  watcher.on('error', (err) => options.onError?.(err instanceof Error ? err : new Error(String(err))));

  function arrived(file: string, initial: boolean): void {
    if (closed) return;
    if (!initial) {
      enqueue(file, false);
      return;
    }
    // chokidar holds new files until they stop growing, but not those found at start: one may be half-written.
    settling += 1;
    void whenStable(file, stabilityMs, pollMs, () => closed)
      .then((stable) => {
        if (stable) enqueue(file, true);
      })
      .finally(() => {
        settling -= 1;
      });
  }

  function enqueue(file: string, initial: boolean): void {
    if (closed) return;
    pending.push({ file, initial });
    draining ??= drain().finally(() => {
      draining = null;
    });
  }

  async function drain(): Promise<void> {
    while (pending.length > 0 && !closed) {
      const batch = await unhandled(pending.splice(0));
      for (const initial of [true, false]) {
        const files = batch.filter((b) => b.initial === initial);
        if (files.length > 0 && !closed) await settle(files, initial);
      }
    }
  }

  /** Drops what was already handled at this size and time, and repeats within the batch. */
  async function unhandled(batch: Array<{ file: string; initial: boolean }>): Promise<Array<{ file: string; initial: boolean; key: string }>> {
    const out = new Map<string, { file: string; initial: boolean; key: string }>();
    for (const item of batch) {
      let key: string;
      try {
        const stat = await fs.stat(item.file);
        key = `${stat.size}:${stat.mtimeMs}`;
      } catch {
        continue; // gone again before it could be read: nothing to take
      }
      if (handled.get(item.file) === key) continue;
      out.set(item.file, { ...item, key });
    }
    return [...out.values()];
  }

  async function settle(items: Array<{ file: string; key: string }>, initial: boolean): Promise<void> {
    let results: IngestFileResult[];
    try {
      results = await options.ingest(
        items.map((i) => i.file),
        initial,
      );
    } catch (err) {
      if (!closed) options.onError?.(err as Error);
      return;
    }
    for (const [i, result] of results.entries()) {
      const item = items[i];
      if (item) handled.set(item.file, item.key);
      const outcome: WatchedFile = { file: result.file, result };
      if (result.status === 'rejected' && !NOT_THE_FILES_FAULT.has(result.code ?? '')) {
        try {
          const problem = result.error?.startsWith(`${result.file}: `) ? result.error.slice(result.file.length + 2) : (result.error ?? 'rejected');
          outcome.movedTo = (await moveToRejected(folder, result.file, problem)).file;
        } catch (err) {
          outcome.moveError = (err as Error).message;
        }
      }
      options.onFile?.(outcome);
    }
  }

  return {
    folder,
    ready: readyPromise,
    async idle() {
      await readyPromise;
      while (draining || pending.length > 0 || settling > 0) await (draining ?? sleep(pollMs));
    },
    async close() {
      closed = true;
      await watcher.close();
      await draining;
    },
  };
}

/**
 * Resolves true once nobody has written the file for `stabilityMs`: its mtime
 * is that old (at once for a file that sat in the folder), or its size and
 * mtime stayed the same that long while we watched (a clock that disagrees
 * with ours, on a network share). False when it vanished or watching stopped.
 */
async function whenStable(file: string, stabilityMs: number, pollMs: number, stopped: () => boolean): Promise<boolean> {
  let seen: { size: number; mtimeMs: number; since: number } | undefined;
  for (;;) {
    if (stopped()) return false;
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      return false;
    }
    const now = Date.now();
    if (!seen || stat.size !== seen.size || stat.mtimeMs !== seen.mtimeMs) seen = { size: stat.size, mtimeMs: stat.mtimeMs, since: now };
    if (now - stat.mtimeMs >= stabilityMs || now - seen.since >= stabilityMs) return true;
    await sleep(pollMs);
  }
}
