import path from 'node:path';
import type { IngestFileResult, IngestSource } from '../../shared/model/ingest.ts';
import type { ParseResult } from '../../shared/wire/types.ts';
import type { Archive } from '../../db/archive.ts';
import type { IngestLog, IngestLogRecord } from '../../db/repositories/ingest-log.ts';
import type { StoredStory, StoryRepository } from '../../db/repositories/stories.ts';
import type { RecordWriter } from '../../db/repositories/write-path.ts';
import type { EventHub } from './event-hub.ts';
import { examineBytes, examineFile, refused, type Examined } from './examine-file.ts';
import { expandPaths, type Candidate } from './expand-paths.ts';
import type { FileProblem } from './file-problems.ts';
import { readAhead } from './read-ahead.ts';
import { readFileLimited, type ReadResult } from './read-limited.ts';
import { createLicenceCoverage, type CoverageCheck, type LicenceCoverage } from './rights/licence-coverage.ts';

/** Reads, hashes and parses one file from disk: here by default, or in a parse thread. */
export type Examiner = (file: string, maxFileBytes: number) => Promise<Examined>;

export interface IngestOptions {
  archive: Pick<Archive, 'write' | 'db'>;
  stories: StoryRepository;
  log: IngestLog;
  events: Pick<EventHub, 'emit'>;
  /** The largest file accepted, asked for every batch so that a changed setting applies to the next file. */
  maxFileBytes: number | (() => number);
  parse?: (bytes: Uint8Array) => ParseResult;
  now?: () => Date;
  /** Reads a file from disk (default: asynchronously); a worker thread passes a blocking reader. */
  readFile?: (file: string, maxBytes: number) => Promise<ReadResult> | ReadResult;
  /**
   * Examines files from disk elsewhere (parse threads), up to `ahead` files
   * ahead of the one being stored; `assist` is told before this thread waits
   * for one (ParsePool.assist).
   */
  examiner?: { examine: Examiner; ahead: number; assist?: (pending: Promise<Examined>) => void; beforeCommit?: () => void };
  /** Says which stored stories no licence covers (default: the archive's licences, as a worker thread needs them too). */
  coverage?: LicenceCoverage;
}

/** Who sent the files, and how much of it goes into the ingest log. */
export interface IngestRun {
  source: IngestSource;
  /**
   * Log duplicates as well as everything else (the default). A watched folder
   * rescanned at start turns it off: the files it took before are no news.
   */
  logDuplicates?: boolean;
}

/** Called as each file settles, in order; `result` is what became of it. */
export type ProgressCallback = (done: number, total: number, file: string, result: IngestFileResult) => void;

export interface Ingest {
  /** Archives one file's bytes; `name` is how the editor knows the file. Never throws for bad input. */
  ingestBytes(name: string, bytes: Uint8Array, run?: IngestRun): IngestFileResult;
  /** Logs a file turned away before its bytes were even decoded (an upload over the size limit). */
  refuse(name: string, why: FileProblem, run?: IngestRun): IngestFileResult;
  /** Files and folders from disk, one result per file, in order; a bad file never stops the batch. */
  ingestPaths(paths: readonly string[], onProgress?: ProgressCallback, run?: IngestRun): Promise<IngestFileResult[]>;
  /** The same as ingestPaths for paths already expanded (a worker gets them from the main thread). */
  ingestCandidates(candidates: readonly Candidate[], onProgress?: ProgressCallback, run?: IngestRun): Promise<IngestFileResult[]>;
}

/**
 * A batch from disk is stored many files per transaction: the full-text index
 * is flushed once per transaction instead of once per file, and that flush is
 * most of the cost of a commit. A transaction also closes after CHUNK_MS, so
 * progress reaches the editor a few times a second on a slow disk. Each file
 * still goes in whole or not at all.
 */
export const CHUNK_FILES = 512;
const CHUNK_BYTES = 16 * 1024 * 1024;
const CHUNK_MS = 250;
/** Files read ahead of the one being stored, when they are read on this thread. */
const READ_AHEAD = 8;
/** Bytes of files examined ahead at most, whatever the count: a folder of large files must not fill the memory. */
const AHEAD_BYTES = 64 * 1024 * 1024;

const DEFAULT_RUN: IngestRun = { source: 'import' };

/** A file that passed every check and waits for its transaction. */
type Pending = Extract<Examined, { status: 'parsed' }>;

/** A file decided before its transaction (rejected, or bytes already archived) or waiting for it. */
type Prepared = { done: IngestFileResult; notes: string[] } | { pending: Pending };

interface Settled {
  result: IngestFileResult;
  logId: string | undefined;
}

export function createIngest(options: IngestOptions): Ingest {
  const { archive, stories, log, events } = options;
  const coverage = options.coverage ?? createLicenceCoverage(archive);
  const now = options.now ?? (() => new Date());
  const readFile = options.readFile ?? readFileLimited;
  const limit = typeof options.maxFileBytes === 'function' ? options.maxFileBytes : () => options.maxFileBytes as number;
  const isKnown = (sha256: string) => stories.versionsWithBytes(sha256).length > 0;
  const examineOptions = (maxFileBytes: number) => ({ maxFileBytes, isKnown, ...(options.parse ? { parse: options.parse } : {}) });
  const examiner = options.examiner ?? {
    examine: (file: string, maxFileBytes: number) => examineFile(file, readFile, examineOptions(maxFileBytes)),
    ahead: READ_AHEAD,
  };

  /**
   * What the archive says of an examined file: bytes it already holds are a
   * duplicate. A parsed file is looked up in its transaction (store), which
   * also sees the files of its own chunk.
   */
  function decide(examined: Examined, maxFileBytes: number): Prepared {
    if (examined.status === 'refused') return { done: rejected(examined.file, examined.problem), notes: examined.notes };
    if (examined.status === 'parsed') return { pending: examined };
    const existing = stories.versionsWithBytes(examined.sha256);
    if (existing.length > 0) return { done: duplicate(examined.file, existing), notes: [] };
    // Known to the parse thread but not here (a purge in between): parse it after all.
    return decide(examineBytes(examined.file, examined.bytes, { ...examineOptions(maxFileBytes), isKnown: () => false }), maxFileBytes);
  }

  function store(writer: RecordWriter, file: Pending, receivedAt: string, covered: CoverageCheck): IngestFileResult {
    // Seen again inside the transaction: the same bytes earlier in this chunk, or from another process.
    const existing = stories.versionsWithBytes(file.sha256);
    if (existing.length > 0) return duplicate(file.file, existing);
    const stored = stories.insertFile(writer, {
      fileName: baseName(file.file),
      bytes: file.bytes,
      format: file.format,
      stories: file.stories,
      receivedAt,
    });
    const unlicensed = stored.flatMap((s, i) => covered(file.stories[i]!, s) ?? []);
    const warnings = [...new Set([...file.stories.flatMap((s) => s.warnings), ...unlicensed])];
    return { file: file.file, status: fileStatus(stored), storyIds: unique(stored.map((s) => s.id)), versionIds: stored.map((s) => s.versionId), warnings };
  }

  function entry(result: IngestFileResult, notes: string[], run: IngestRun, at: string): IngestLogRecord {
    return {
      at,
      source: run.source,
      file: result.file,
      status: result.status,
      storyIds: result.storyIds,
      versionIds: result.versionIds ?? [],
      error: result.error ?? null,
      code: result.code ?? null,
      notes,
    };
  }

  function logged(writer: RecordWriter, result: IngestFileResult, notes: string[], run: IngestRun, at: string): string | undefined {
    if (result.status === 'duplicate' && run.logDuplicates === false) return undefined;
    return log.append(writer, entry(result, notes, run, at));
  }

  /**
   * Stores the files and their log entries in one transaction. Should one of
   * them fail, the whole transaction rolls back and each file is retried in its
   * own, so a bad file costs only itself. (Not savepoints: FTS5 flushes its
   * index at every savepoint, which would cost as much as a commit per file.)
   */
  function commit(items: readonly Prepared[], run: IngestRun): Settled[] {
    if (items.length === 0) return [];
    const at = now().toISOString();
    try {
      return archive.write((writer) => {
        // The licences are looked up once for the whole transaction, never per story.
        const covered = coverage.begin();
        return items.map((item) => {
          const result = 'done' in item ? item.done : store(writer, item.pending, at, covered);
          const notes = 'done' in item ? item.notes : item.pending.notes;
          return { result, logId: logged(writer, result, notes, run, at) };
        });
      });
    } catch (err) {
      if (items.length > 1) return items.flatMap((item) => commit([item], run));
      const item = items[0] as Prepared;
      const result = 'done' in item ? item.done : rejected(item.pending.file, storageProblem(err));
      const notes = 'done' in item ? item.notes : item.pending.notes;
      let logId: string | undefined;
      try {
        logId = archive.write((writer) => logged(writer, result, notes, run, at));
      } catch {
        // The archive cannot be written at all; the caller still learns what became of the file.
      }
      return [{ result, logId }];
    }
  }

  function announce(settled: readonly Settled[]): void {
    const storyIds = unique(settled.flatMap(({ result }) => (result.status === 'added' || result.status === 'updated' ? result.storyIds : [])));
    if (storyIds.length > 0) events.emit('archive.changed', { storyIds });
    const entryIds = settled.flatMap((s) => (s.logId === undefined ? [] : [s.logId]));
    if (entryIds.length > 0) events.emit('ingest.logged', { entryIds });
  }

  function settleOne(prepared: Prepared, run: IngestRun): IngestFileResult {
    const settled = commit([prepared], run);
    announce(settled);
    return (settled[0] as Settled).result;
  }

  async function ingestCandidates(candidates: readonly Candidate[], onProgress?: ProgressCallback, run: IngestRun = DEFAULT_RUN) {
    const maxFileBytes = limit();
    const results: IngestFileResult[] = [];
    let chunk: Prepared[] = [];
    let chunkBytes = 0;
    let chunkStart = performance.now();

    const flush = () => {
      examiner.beforeCommit?.();
      const settled = commit(chunk, run);
      for (const { result } of settled) {
        results.push(result);
        onProgress?.(results.length, candidates.length, result.file, result);
      }
      announce(settled);
      chunk = [];
      chunkBytes = 0;
      chunkStart = performance.now();
    };

    const examine = (candidate: Candidate): Promise<Examined> =>
      candidate.kind === 'rejected' ? Promise.resolve(refused(candidate.file, candidate)) : examiner.examine(candidate.file, maxFileBytes);

    const window = { count: examiner.ahead, weight: AHEAD_BYTES, weigh: (c: Candidate) => (c.kind === 'file' ? c.size : 0) };
    for await (const examined of readAhead(candidates, examine, window, examiner.assist)) {
      chunk.push(decide(examined, maxFileBytes));
      if (examined.status !== 'refused') chunkBytes += examined.bytes.byteLength;
      if (chunk.length >= CHUNK_FILES || chunkBytes >= CHUNK_BYTES || performance.now() - chunkStart >= CHUNK_MS) flush();
    }
    if (chunk.length > 0) flush();
    return results;
  }

  return {
    ingestBytes: (name, bytes, run = DEFAULT_RUN) => settleOne(decide(examineBytes(name, bytes, examineOptions(limit())), limit()), run),
    refuse: (name, why, run = DEFAULT_RUN) => settleOne({ done: rejected(name, why), notes: [] }, run),
    async ingestPaths(paths, onProgress, run = DEFAULT_RUN) {
      return ingestCandidates(await expandPaths(paths, limit()), onProgress, run);
    },
    ingestCandidates,
  };
}

/** A file is 'added' when it brought a story new to the archive, else 'updated' when it brought a new version. */
function fileStatus(stored: readonly StoredStory[]): IngestFileResult['status'] {
  if (stored.some((s) => s.outcome === 'added')) return 'added';
  if (stored.some((s) => s.outcome === 'updated')) return 'updated';
  return 'duplicate';
}

function rejected(file: string, why: FileProblem): IngestFileResult {
  return { file, status: 'rejected', storyIds: [], versionIds: [], error: `${file}: ${why.problem}`, code: why.code, warnings: [] };
}

function duplicate(file: string, versions: ReadonlyArray<{ storyId: string; versionId: string }>): IngestFileResult {
  return { file, status: 'duplicate', storyIds: unique(versions.map((v) => v.storyId)), versionIds: versions.map((v) => v.versionId), warnings: [] };
}

function storageProblem(err: unknown): FileProblem {
  return { code: 'storage-failed', problem: `could not be stored in the archive (${(err as Error).message})` };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** The name to keep with the story: no folders (a path means nothing on another laptop), whichever OS sent it. */
function baseName(name: string): string {
  return path.posix.basename(name.replaceAll('\\', '/')) || name;
}
