import { parseWire } from '../../shared/wire/parse.ts';
import type { ParseResult } from '../../shared/wire/types.ts';
import { prepareStory, type PreparedStory } from '../../db/repositories/prepared-story.ts';
import { sha256Hex } from '../../db/repositories/stories.ts';
import { fsProblem, tooLarge, type FileProblem } from './file-problems.ts';
import type { ReadResult } from './read-limited.ts';

/**
 * A file as far as it can be judged without the archive: refused, known
 * (its bytes are archived already, so it was not parsed), or hashed and
 * parsed. Plain data, so a parse thread can hand it to the thread that stores.
 */
export type Examined =
  | { file: string; status: 'refused'; problem: FileProblem; notes: string[] }
  | { file: string; status: 'known'; sha256: string; bytes: Uint8Array }
  | {
      file: string;
      status: 'parsed';
      sha256: string;
      bytes: Uint8Array;
      format: string;
      /** Prepared here for the archive: off the storing thread when this runs in a parse thread. */
      stories: PreparedStory[];
      notes: string[];
    };

export interface ExamineOptions {
  maxFileBytes: number;
  parse?: (bytes: Uint8Array) => ParseResult;
  /** True when these bytes are archived already: a re-dropped file or a rescan is not parsed again. */
  isKnown?: (sha256: string) => boolean;
}

/** Size, hash and parse of one file's bytes; `file` is how the editor knows it. Never throws. */
export function examineBytes(file: string, bytes: Uint8Array, options: ExamineOptions): Examined {
  if (bytes.byteLength > options.maxFileBytes) return refused(file, tooLarge(bytes.byteLength, options.maxFileBytes));
  const sha256 = sha256Hex(bytes);
  if (options.isKnown?.(sha256)) return { file, status: 'known', sha256, bytes };

  let parsed: ParseResult;
  try {
    parsed = (options.parse ?? parseWire)(bytes);
  } catch (err) {
    parsed = { ok: false, error: { code: 'malformed', message: `could not be read (${(err as Error).message})` } };
  }
  if (!parsed.ok) return refused(file, { code: parsed.error.code, problem: parsed.error.message });
  const notes = parsed.notes ?? [];
  if (parsed.stories.length === 0) {
    const why = notes.length > 0 ? `no story found in the file (${notes.join('; ')})` : 'no story found in the file';
    return refused(file, { code: 'no-story', problem: why }, notes);
  }
  return { file, status: 'parsed', sha256, bytes, format: parsed.format, stories: parsed.stories.map(prepareStory), notes };
}

/** The same for a file on disk, read with `readFile` (never more than the limit). */
export async function examineFile(
  file: string,
  readFile: (file: string, maxBytes: number) => Promise<ReadResult> | ReadResult,
  options: ExamineOptions,
): Promise<Examined> {
  let read: ReadResult;
  try {
    read = await readFile(file, options.maxFileBytes);
  } catch (err) {
    read = { ok: false, ...fsProblem(err) };
  }
  return examineRead(file, read, options);
}

/** The same, blocking: for a thread that parses between other work. */
export function examineFileSync(file: string, readFile: (file: string, maxBytes: number) => ReadResult, options: ExamineOptions): Examined {
  let read: ReadResult;
  try {
    read = readFile(file, options.maxFileBytes);
  } catch (err) {
    read = { ok: false, ...fsProblem(err) };
  }
  return examineRead(file, read, options);
}

function examineRead(file: string, read: ReadResult, options: ExamineOptions): Examined {
  return read.ok ? examineBytes(file, read.bytes, options) : refused(file, read);
}

export function refused(file: string, why: FileProblem, notes: string[] = []): Examined {
  return { file, status: 'refused', problem: { code: why.code, problem: why.problem }, notes };
}
