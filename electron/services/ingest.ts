import path from 'node:path';
import type { IngestFileResult } from '../../shared/model/ingest.ts';
import type { WireStory } from '../../shared/model/story.ts';
import { parseWire } from '../../shared/wire/parse.ts';
import type { ParseResult } from '../../shared/wire/types.ts';
import type { Archive } from '../../db/archive.ts';
import { sha256Hex, type StoryRepository } from '../../db/repositories/stories.ts';
import type { EventHub } from './event-hub.ts';
import { expandPaths } from './expand-paths.ts';
import { fsProblem, tooLarge, type FileProblem } from './file-problems.ts';
import { readFileLimited } from './read-limited.ts';

export interface IngestOptions {
  archive: Pick<Archive, 'write'>;
  stories: StoryRepository;
  events: Pick<EventHub, 'emit'>;
  maxFileBytes: number;
  parse?: (bytes: Uint8Array) => ParseResult;
  now?: () => Date;
}

export type ProgressCallback = (done: number, total: number, file: string) => void;

export interface Ingest {
  /** Archives one file's bytes; `name` is how the editor knows the file. Never throws for bad input. */
  ingestBytes(name: string, bytes: Uint8Array): IngestFileResult;
  /** Files and folders from disk, one result per file, in order; a bad file never stops the batch. */
  ingestPaths(paths: readonly string[], onProgress?: ProgressCallback): Promise<IngestFileResult[]>;
}

/**
 * A batch from disk is stored a chunk of files per transaction: the full-text
 * index is flushed once per chunk instead of once per file, and that flush is
 * most of the cost of a commit. Each file still goes in whole or not at all.
 */
const CHUNK_FILES = 64;
const CHUNK_BYTES = 8 * 1024 * 1024;

/** A file that passed every check and waits for its transaction. */
interface Pending {
  name: string;
  bytes: Uint8Array;
  sha256: string;
  format: string;
  stories: WireStory[];
}

type Prepared = { done: IngestFileResult } | { pending: Pending };

export function createIngest(options: IngestOptions): Ingest {
  const { archive, stories, events, maxFileBytes } = options;
  const parse = options.parse ?? parseWire;
  const now = options.now ?? (() => new Date());

  /** Everything up to the write: size, duplicate, parse. Pure apart from one indexed lookup. */
  function prepare(name: string, bytes: Uint8Array): Prepared {
    if (bytes.byteLength > maxFileBytes) return { done: rejected(name, tooLarge(bytes.byteLength, maxFileBytes)) };
    const sha256 = sha256Hex(bytes);
    const existing = stories.storyIdsWithBytes(sha256);
    if (existing.length > 0) return { done: duplicate(name, existing) };

    let parsed: ParseResult;
    try {
      parsed = parse(bytes);
    } catch (err) {
      parsed = { ok: false, error: { code: 'malformed', message: `could not be read (${(err as Error).message})` } };
    }
    if (!parsed.ok) return { done: rejected(name, { code: parsed.error.code, problem: parsed.error.message }) };
    if (parsed.stories.length === 0) return { done: rejected(name, { code: 'no-story', problem: 'no story found in the file' }) };
    return { pending: { name, bytes, sha256, format: parsed.format, stories: parsed.stories } };
  }

  /**
   * Stores the pending files in one transaction. Should one of them fail, the
   * whole transaction rolls back and each file is retried in its own, so a bad
   * file costs only itself. (Not savepoints: FTS5 flushes its index at every
   * savepoint, which would cost as much as a commit per file.)
   */
  function commit(pending: readonly Pending[]): IngestFileResult[] {
    if (pending.length === 0) return [];
    const receivedAt = now().toISOString();
    try {
      return archive.write((writer) =>
        pending.map((file) => {
          // Seen again inside the transaction: the same bytes earlier in this chunk, or from another process.
          const existing = stories.storyIdsWithBytes(file.sha256);
          if (existing.length > 0) return duplicate(file.name, existing);
          const stored = stories.insertFile(writer, {
            fileName: baseName(file.name),
            bytes: file.bytes,
            format: file.format,
            stories: file.stories,
            receivedAt,
          });
          const warnings = [...new Set(file.stories.flatMap((s) => s.warnings))];
          return { file: file.name, status: 'added' as const, storyIds: stored.map((s) => s.id), warnings };
        }),
      );
    } catch (err) {
      if (pending.length === 1) return [rejected((pending[0] as Pending).name, storageProblem(err))];
      return pending.map((file) => commit([file])[0] as IngestFileResult);
    }
  }

  function announce(results: readonly IngestFileResult[]): void {
    const storyIds = results.flatMap((r) => (r.status === 'added' ? r.storyIds : []));
    if (storyIds.length > 0) events.emit('archive.changed', { storyIds });
  }

  return {
    ingestBytes(name, bytes) {
      const prepared = prepare(name, bytes);
      const result = 'done' in prepared ? prepared.done : (commit([prepared.pending])[0] as IngestFileResult);
      announce([result]);
      return result;
    },

    async ingestPaths(paths, onProgress) {
      const candidates = await expandPaths(paths, maxFileBytes);
      const results: IngestFileResult[] = [];
      let chunk: Prepared[] = [];
      let chunkBytes = 0;

      const flush = () => {
        const pending = chunk.flatMap((p) => ('pending' in p ? [p.pending] : []));
        const stored = commit(pending);
        let next = 0;
        const settled = chunk.map((p) => ('done' in p ? p.done : (stored[next++] as IngestFileResult)));
        for (const result of settled) {
          results.push(result);
          onProgress?.(results.length, candidates.length, result.file);
          events.emit('ingest.progress', { done: results.length, total: candidates.length, file: result.file });
        }
        announce(settled);
        chunk = [];
        chunkBytes = 0;
      };

      for (const candidate of candidates) {
        if (candidate.kind === 'rejected') {
          chunk.push({ done: rejected(candidate.file, candidate) });
        } else {
          let read;
          try {
            read = await readFileLimited(candidate.file, maxFileBytes);
          } catch (err) {
            read = { ok: false as const, ...fsProblem(err) };
          }
          if (read.ok) {
            chunk.push(prepare(candidate.file, read.bytes));
            chunkBytes += read.bytes.byteLength;
          } else {
            chunk.push({ done: rejected(candidate.file, read) });
          }
        }
        if (chunk.length >= CHUNK_FILES || chunkBytes >= CHUNK_BYTES) flush();
      }
      if (chunk.length > 0) flush();
      return results;
    },
  };
}

function rejected(file: string, why: FileProblem): IngestFileResult {
  return { file, status: 'rejected', storyIds: [], error: `${file}: ${why.problem}`, code: why.code, warnings: [] };
}

function duplicate(file: string, storyIds: string[]): IngestFileResult {
  return { file, status: 'duplicate', storyIds, warnings: [] };
}

function storageProblem(err: unknown): FileProblem {
  return { code: 'storage-failed', problem: `could not be stored in the archive (${(err as Error).message})` };
}

/** The name to keep with the story: no folders (a path means nothing on another laptop), whichever OS sent it. */
function baseName(name: string): string {
  return path.posix.basename(name.replaceAll('\\', '/')) || name;
}
