import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Examined } from './examine-file.ts';
import type { Examiner } from './ingest.ts';
import type { ParseReply, ParseRequest, ParseWorkerData } from './parse-worker.ts';

/** The tsx bootstrap from the sources, the compiled worker in the Electron bundle (see bulk-ingest.ts). */
const WORKER_URL = new URL('./parse-worker.mjs', import.meta.url);

/**
 * Files a parse thread holds at once. Few: the storing thread takes files in
 * order, and whatever a thread holds, the storing thread must wait for
 * rather than parse itself.
 */
const DEFAULT_IN_FLIGHT = 32;
/**
 * More files for each thread before the storing thread commits a transaction
 * and sends nothing for a while (about half a chunk's worth of parsing, as
 * long as a commit of one chunk takes).
 */
const DEFAULT_BEFORE_BUSY = 256;

export interface ParsePool {
  examine: Examiner;
  /**
   * The caller is about to wait for `pending` (a promise examine returned):
   * takes the threads' answers that have arrived and, while that file is
   * still not done, parses files nobody has started yet here, on the calling
   * thread. Both cores stay busy however the work divides between parsing
   * and storing.
   */
  assist(pending: Promise<Examined>): void;
  /** The calling thread is about to be busy for a while (a commit) and will send nothing: gives the threads more files first. */
  beforeBusy(): void;
  close(): Promise<void>;
}

export interface ParsePoolOptions {
  archiveFile: string;
  /** Examines a file on the calling thread: when it helps, and for every file should the threads fail. */
  local: (file: string, maxFileBytes: number) => Examined;
  size?: number;
  inFlight?: number;
  workerUrl?: URL;
}

interface Request {
  id: number;
  file: string;
  maxFileBytes: number;
  settled: boolean;
  resolve: (examined: Examined) => void;
}

interface Thread {
  worker: Worker;
  replies: MessagePort;
  busy: number;
}

/**
 * Parse threads for the thread that stores: one less than the machine has
 * cores (that one stores), at least one. Files are handed out in order, a
 * window at a time; the storing thread parses from the same queue whenever it
 * has nothing else to do (assist). Should a thread fail, every file it had and
 * every later one is examined locally, so a file is never lost to it.
 */
export function createParsePool(options: ParsePoolOptions): ParsePool {
  const size = options.size ?? Math.max(1, Math.min(3, availableParallelism() - 1));
  const inFlight = options.inFlight ?? DEFAULT_IN_FLIGHT;
  const requestOf = new WeakMap<Promise<Examined>, Request>();
  /** Not yet given to anyone, oldest first. */
  const queue: Request[] = [];
  const sent = new Map<number, { request: Request; thread: Thread }>();
  const threads: Thread[] = [];
  let nextId = 0;
  let broken = false;

  function settle(request: Request, examined: Examined): void {
    if (request.settled) return;
    request.settled = true;
    request.resolve(examined);
  }

  function runLocally(request: Request): void {
    settle(request, options.local(request.file, request.maxFileBytes));
  }

  function onReply(reply: ParseReply): void {
    const entry = sent.get(reply.id);
    if (!entry) return;
    sent.delete(reply.id);
    entry.thread.busy -= 1;
    settle(entry.request, reply.examined);
    pump();
  }

  function pump(limit = inFlight): void {
    if (broken) return;
    for (const thread of threads) {
      while (thread.busy < limit && queue.length > 0) {
        const request = queue.shift() as Request;
        sent.set(request.id, { request, thread });
        thread.busy += 1;
        thread.worker.postMessage({ id: request.id, file: request.file, maxFileBytes: request.maxFileBytes } satisfies ParseRequest);
      }
    }
  }

  /** Answers that have arrived, taken now rather than when this thread next waits. */
  function takeReplies(): void {
    for (const thread of threads) {
      for (let reply = receiveMessageOnPort(thread.replies); reply; reply = receiveMessageOnPort(thread.replies)) {
        onReply(reply.message as ParseReply);
      }
    }
  }

  function failAll(): void {
    if (broken) return;
    broken = true;
    const stranded = [...sent.values()].map((e) => e.request);
    sent.clear();
    for (const request of [...stranded, ...queue.splice(0)]) runLocally(request);
  }

  for (let i = 0; i < size; i++) {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(options.workerUrl ?? WORKER_URL, {
      workerData: { archiveFile: options.archiveFile, replies: port2 } satisfies ParseWorkerData,
      transferList: [port2],
    });
    const thread: Thread = { worker, replies: port1, busy: 0 };
    port1.on('message', onReply);
    worker.on('error', failAll);
    worker.on('exit', () => {
      if (sent.size > 0 || queue.length > 0) failAll();
    });
    threads.push(thread);
  }

  return {
    examine(file, maxFileBytes) {
      let request: Request | undefined;
      const promise = new Promise<Examined>((resolve) => {
        request = { id: nextId++, file, maxFileBytes, settled: false, resolve };
      });
      requestOf.set(promise, request as Request);
      if (broken) runLocally(request as Request);
      else {
        queue.push(request as Request);
        pump();
      }
      return promise;
    },
    assist(pending) {
      const awaited = requestOf.get(pending);
      if (broken || !awaited) return;
      takeReplies();
      // The next file nobody has started, so what this thread parses is stored soon after.
      while (!awaited.settled && queue.length > 0) {
        runLocally(queue.shift() as Request);
        takeReplies();
      }
    },
    beforeBusy() {
      takeReplies();
      pump(inFlight + DEFAULT_BEFORE_BUSY);
    },
    async close() {
      broken = true;
      for (const thread of threads) thread.replies.close();
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
