import { Worker } from 'node:worker_threads';
import type { BulkIngestJob, BulkWorkerData, JobMessage, WorkerMessage } from './ingest-worker-protocol.ts';

/**
 * From the sources this is the tsx bootstrap beside ingest-worker.ts; in the
 * Electron bundle it is the compiled worker beside main.mjs. Same name, same
 * place relative to the code that starts it, so one URL serves both.
 */
const WORKER_URL = new URL('./ingest-worker.mjs', import.meta.url);

/** An idle worker is ended after this long; the next bulk ingest starts another. */
const DEFAULT_IDLE_MS = 60_000;

/** The worker stopped before it settled every file (it could not start, failed, or was terminated). */
export class WorkerStoppedError extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`the ingest worker stopped: ${reason}`, options);
    this.name = 'WorkerStoppedError';
  }
}

export type JobUpdate = Extract<WorkerMessage, { type: 'event' | 'result' }>;

export interface BulkIngestRunner {
  /** Runs the job in the bulk-ingest thread; `onUpdate` gets its events and results as they come. Resolves once every file is committed. */
  run(job: BulkIngestJob, onUpdate: (update: JobUpdate) => void): Promise<void>;
  /** A job is running or waiting. */
  busy(): boolean;
  /** Ends the thread (running and waiting jobs reject with WorkerStoppedError). */
  close(): Promise<void>;
}

export interface BulkIngestRunnerOptions extends BulkWorkerData {
  workerUrl?: URL;
  idleMs?: number;
}

/**
 * One bulk-ingest thread, started at the first job and kept while jobs keep
 * coming: loading it (the parsers, SQLite, its parse threads) costs more than
 * a small batch. Jobs run one after another; the archive has one writer anyway.
 */
export function createBulkIngestRunner(options: BulkIngestRunnerOptions): BulkIngestRunner {
  const jobs = new Map<number, { onUpdate: (update: JobUpdate) => void; resolve: () => void; reject: (err: Error) => void }>();
  const data: BulkWorkerData = { archiveFile: options.archiveFile, ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}) };
  let worker: Worker | undefined;
  let exited: Promise<void> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | undefined;
  let nextId = 0;
  let closed = false;

  function start(): Worker {
    const w = new Worker(options.workerUrl ?? WORKER_URL, { workerData: data });
    let failure: Error | undefined;
    w.on('message', (message: WorkerMessage) => {
      const job = jobs.get(message.id);
      if (!job) return;
      if (message.type === 'event' || message.type === 'result') {
        job.onUpdate(message);
        return;
      }
      jobs.delete(message.id);
      if (message.type === 'done') job.resolve();
      else job.reject(new WorkerStoppedError(message.message));
      if (jobs.size === 0) idle();
    });
    w.on('error', (err) => {
      failure = err;
    });
    exited = new Promise((resolve) =>
      w.once('exit', (code) => {
        if (worker === w) worker = undefined;
        const stranded = [...jobs.values()];
        jobs.clear();
        const reason = failure?.message ?? (closed ? 'the archive is closing' : `exit code ${code}`);
        for (const job of stranded) job.reject(new WorkerStoppedError(reason, { cause: failure }));
        resolve();
      }),
    );
    return w;
  }

  /** No job: the thread no longer keeps the process alive, and ends if none comes for a while. */
  function idle(): void {
    worker?.unref();
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void worker?.terminate(), options.idleMs ?? DEFAULT_IDLE_MS);
    idleTimer.unref();
  }

  return {
    run(job, onUpdate) {
      if (closed) return Promise.reject(new WorkerStoppedError('the archive is closing'));
      clearTimeout(idleTimer);
      try {
        worker ??= start();
      } catch (err) {
        return Promise.reject(new WorkerStoppedError((err as Error).message, { cause: err }));
      }
      worker.ref();
      const id = nextId++;
      return new Promise<void>((resolve, reject) => {
        jobs.set(id, { onUpdate, resolve, reject });
        worker?.postMessage({ id, job } satisfies JobMessage);
      });
    },
    busy: () => jobs.size > 0,
    async close() {
      closed = true;
      clearTimeout(idleTimer);
      await worker?.terminate();
      await exited;
    },
  };
}
