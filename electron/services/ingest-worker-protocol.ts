import type { EventName } from '../../shared/api/contract.ts';
import type { IngestFileResult } from '../../shared/model/ingest.ts';
import type { Candidate } from './expand-paths.ts';
import type { IngestRun } from './ingest.ts';

/** What the bulk-ingest worker is started with (structured-cloned: plain data only). */
export interface BulkWorkerData {
  archiveFile: string;
  /** Folder of the SQL migrations when they do not sit beside the db code (the Electron bundle). */
  migrationsDir?: string;
}

/** One bulk ingest: the files (already expanded) and how to take them. */
export interface BulkIngestJob {
  candidates: Candidate[];
  maxFileBytes: number;
  run: IngestRun;
}

/** Main thread → worker: the jobs, run one after another. */
export interface JobMessage {
  id: number;
  job: BulkIngestJob;
}

/** Worker → main thread, in order: a job's events and results as its files settle, then 'done' (or 'failed'). */
export type WorkerMessage =
  | { id: number; type: 'event'; event: EventName; payload: unknown }
  | { id: number; type: 'result'; result: IngestFileResult }
  | { id: number; type: 'done' }
  | { id: number; type: 'failed'; message: string };
