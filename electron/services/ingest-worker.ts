import { parentPort, workerData } from 'node:worker_threads';
import type { EventName, EventPayload } from '../../shared/api/contract.ts';
import { openArchive } from '../../db/archive.ts';
import { createIngestLog } from '../../db/repositories/ingest-log.ts';
import { compactAfterIngest } from '../../db/maintenance/doctor.ts';
import { createStoryRepository } from '../../db/repositories/stories.ts';
import { examineFileSync } from './examine-file.ts';
import { CHUNK_FILES, createIngest } from './ingest.ts';
import type { BulkWorkerData, JobMessage, WorkerMessage } from './ingest-worker-protocol.ts';
import { createParsePool } from './parse-pool.ts';
import { readFileLimitedSync } from './read-limited.ts';

/**
 * Files examined ahead of the one being stored: two transactions' worth, so
 * that the parse threads keep working while this thread commits one (it
 * answers no message meanwhile).
 */
const PARSE_AHEAD = 2 * CHUNK_FILES;

/**
 * The bulk-ingest thread: its own connection to the archive (WAL: the main
 * thread keeps reading while this one writes) and its own parse threads. It
 * stays up between jobs, so only the first import of a session pays for
 * loading it; the main thread ends it when idle and at close.
 */
const port = parentPort;
if (!port) throw new Error('ingest-worker.ts runs as a worker thread');
const data = workerData as BulkWorkerData;

const archive = openArchive(data.archiveFile, { bulk: true, ...(data.migrationsDir ? { migrationsDir: data.migrationsDir } : {}) });
const stories = createStoryRepository(archive);
const log = createIngestLog(archive);
// Parsing in other threads overlaps storing here, and this thread parses too whenever it would wait; should they fail, every file is parsed here.
const isKnown = (sha256: string) => stories.versionsWithBytes(sha256).length > 0;
const pool = createParsePool({
  archiveFile: data.archiveFile,
  local: (file, maxFileBytes) => examineFileSync(file, readFileLimitedSync, { maxFileBytes, isKnown }),
});

let queue: Promise<void> = Promise.resolve();

async function runJob({ id, job }: JobMessage): Promise<void> {
  const post = (message: WorkerMessage): void => port!.postMessage(message);
  try {
    const ingest = createIngest({
      archive,
      stories,
      log,
      events: { emit: <E extends EventName>(event: E, payload: EventPayload<E>) => post({ id, type: 'event', event, payload }) },
      maxFileBytes: job.maxFileBytes,
      readFile: readFileLimitedSync,
      examiner: { examine: pool.examine, ahead: PARSE_AHEAD, assist: pool.assist, beforeCommit: pool.beforeBusy },
    });
    let stored = 0;
    await ingest.ingestCandidates(
      job.candidates,
      (_done, _total, _file, result) => {
        if (result.status === 'added' || result.status === 'updated') stored += 1;
        post({ id, type: 'result', result });
      },
      job.run,
    );
    post({ id, type: 'done' });
    // After a big import the search index is many small segments: merged now, off the main thread, once the editor has the results.
    compactAfterIngest(archive, stored);
  } catch (err) {
    post({ id, type: 'failed', message: (err as Error).message });
  }
  // Everything is committed and reported; copying the WAL back now keeps it small, off the main thread.
  archive.checkpoint();
}

port.on('message', (message: JobMessage) => {
  queue = queue.then(() => runJob(message));
});
port.on('close', () => {
  void pool.close();
  archive.close();
});
