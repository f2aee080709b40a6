import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { examineFileSync, refused, type Examined } from './examine-file.ts';
import { readFileLimitedSync } from './read-limited.ts';

/**
 * A parse thread of a bulk ingest: reads, hashes and parses the files the
 * storing thread asks for, so that parsing the next files overlaps storing
 * this one. Bytes the archive already holds are not parsed (a read-only
 * connection answers that; WAL lets it read while the other thread writes).
 */
export interface ParseRequest {
  id: number;
  file: string;
  maxFileBytes: number;
}

export interface ParseReply {
  id: number;
  examined: Examined;
}

export interface ParseWorkerData {
  archiveFile: string;
  /** Where replies go: a port the storing thread can also read without waiting (receiveMessageOnPort). */
  replies: MessagePort;
}

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread');
const { archiveFile, replies } = workerData as ParseWorkerData;
const db = new Database(archiveFile, { readonly: true, fileMustExist: true });
const known = db.prepare('SELECT 1 FROM story_versions WHERE sha256 = ? LIMIT 1').pluck();
const isKnown = (sha256: string) => known.get(sha256) !== undefined;

port.on('message', (request: ParseRequest) => {
  let examined: Examined;
  try {
    examined = examineFileSync(request.file, readFileLimitedSync, { maxFileBytes: request.maxFileBytes, isKnown });
  } catch (err) {
    // examineFileSync does not throw for bad input; this is the thread's own trouble, told as the file's.
    examined = refused(request.file, { code: 'internal', problem: `could not be read (${(err as Error).message})` });
  }
  replies.postMessage({ id: request.id, examined } satisfies ParseReply);
});
port.on('close', () => db.close());
