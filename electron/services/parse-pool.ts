import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Examined } from './examine-file.ts';
import type { Examiner } from './ingest.ts';
import type { ParseReply, ParseRequest } from './parse-worker.ts';

/** The tsx bootstrap from the sources, the compiled worker in the Electron bundle (see bulk-ingest.ts). */
const WORKER_URL = new URL('./parse-worker.mjs', import.meta.url);

export interface ParsePool {
  examine: Examiner;
  close(): Promise<void>;
}

/**
 * Parse threads for the thread that stores: one less than the machine has
 * cores (that one stores), at least one. A request that a failed thread
 * cannot answer is examined by `fallback` instead, so a file is never lost to it.
 */
export function createParsePool(options: { archiveFile: string; fallback: Examiner; size?: number; workerUrl?: URL }): ParsePool {
  const size = options.size ?? Math.max(1, Math.min(3, availableParallelism() - 1));
  const waiting = new Map<number, { file: string; maxFileBytes: number; resolve: (e: Examined) => void }>();
  const workers: Worker[] = [];
  let nextId = 0;
  let broken = false;

  function failAll(): void {
    broken = true;
    const stranded = [...waiting.values()];
    waiting.clear();
    for (const w of stranded) void options.fallback(w.file, w.maxFileBytes).then(w.resolve);
  }

  for (let i = 0; i < size; i++) {
    const worker = new Worker(options.workerUrl ?? WORKER_URL, { workerData: { archiveFile: options.archiveFile } });
    worker.on('message', (reply: ParseReply) => {
      const w = waiting.get(reply.id);
      waiting.delete(reply.id);
      w?.resolve(reply.examined);
    });
    worker.on('error', failAll);
    worker.on('exit', () => {
      if (waiting.size > 0) failAll();
    });
    workers.push(worker);
  }

  return {
    examine(file, maxFileBytes) {
      if (broken) return options.fallback(file, maxFileBytes);
      const id = nextId++;
      return new Promise<Examined>((resolve) => {
        waiting.set(id, { file, maxFileBytes, resolve });
        (workers[id % workers.length] as Worker).postMessage({ id, file, maxFileBytes } satisfies ParseRequest);
      });
    },
    async close() {
      broken = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
