import type { FolderWatch } from './watch-folder.ts';

export interface FolderWatchers {
  /** Watches exactly these folders: starts the new ones, stops the others. Calls run one after another. */
  set(folders: readonly string[]): Promise<void>;
  /** How many folders are being watched. */
  count(): number;
  /** Stops every watcher; resolves when their last batches have settled. */
  close(): Promise<void>;
}

/** The watched folders from the settings, kept in step with them. */
export function createFolderWatchers(start: (folder: string) => FolderWatch): FolderWatchers {
  const active = new Map<string, FolderWatch>();
  let queue: Promise<void> = Promise.resolve();
  let closed = false;

  function enqueue(job: () => Promise<void>): Promise<void> {
    queue = queue.then(job, job);
    return queue;
  }

  return {
    set(folders) {
      return enqueue(async () => {
        if (closed) return;
        const wanted = new Set(folders);
        const stopping = [...active].filter(([folder]) => !wanted.has(folder));
        for (const [folder] of stopping) active.delete(folder);
        await Promise.all(stopping.map(([, watch]) => watch.close()));
        if (closed) return;
        for (const folder of wanted) if (!active.has(folder)) active.set(folder, start(folder));
      });
    },
    count: () => active.size,
    close() {
      closed = true;
      return enqueue(async () => {
        const all = [...active.values()];
        active.clear();
        await Promise.all(all.map((w) => w.close()));
      });
    },
  };
}
