import type { EventName, EventPayload } from '../../shared/api/contract.ts';
import type { IngestFileResult } from '../../shared/model/ingest.ts';
import type { BulkIngestRunner } from './bulk-ingest.ts';
import type { EventHub } from './event-hub.ts';
import { expandPaths } from './expand-paths.ts';
import type { Ingest, IngestRun } from './ingest.ts';

/** Up to this many files are ingested on the calling thread; more go to a worker. */
export const WORKER_THRESHOLD = 8;

export interface IngestFilesOptions {
  ingest: Ingest;
  bulk: BulkIngestRunner;
  events: Pick<EventHub, 'emit'>;
  maxFileBytes: () => number;
  /** True once the services are closing: a stopped worker is then not replaced. */
  closing: () => boolean;
  /** Told when a worker failed and its files were ingested on this thread instead. */
  warn: (message: string) => void;
}

export type IngestFiles = (
  paths: readonly string[],
  onProgress: ((done: number, total: number, file: string) => void) | undefined,
  run: IngestRun,
) => Promise<IngestFileResult[]>;

/**
 * Files and folders from disk: a handful on this thread, more in a worker
 * thread with its own connection, so the window stays responsive. Either way
 * each file settles in order, reported as 'ingest.progress'.
 */
export function createIngestFiles(options: IngestFilesOptions): IngestFiles {
  const { ingest, bulk, events } = options;

  return async (paths, onProgress, run) => {
    const maxFileBytes = options.maxFileBytes();
    const candidates = await expandPaths(paths, maxFileBytes);
    const total = candidates.length;
    const results: IngestFileResult[] = [];
    const settle = (result: IngestFileResult): void => {
      results.push(result);
      onProgress?.(results.length, total, result.file);
      events.emit('ingest.progress', { done: results.length, total, file: result.file });
    };

    if (candidates.filter((c) => c.kind === 'file').length > WORKER_THRESHOLD) {
      try {
        await bulk.run({ candidates, maxFileBytes, run }, (update) => {
          if (update.type === 'result') settle(update.result);
          else events.emit(update.event, update.payload as EventPayload<EventName>);
        });
        return results;
      } catch (err) {
        if (options.closing()) throw err;
        // Files the worker settled are stored and logged; the rest are taken here (the archive's hash check skips any it stored unreported).
        options.warn(`${(err as Error).message}; ingesting the remaining ${total - results.length} files on the main thread`);
      }
    }
    await ingest.ingestCandidates(candidates.slice(results.length), (_done, _total, _file, result) => settle(result), run);
    return results;
  };
}
