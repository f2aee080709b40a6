import { createHash } from 'node:crypto';
import type { RemovedPart, WireStory } from '../../shared/model/story.ts';
import { parseWire } from '../../shared/wire/parse.ts';
import { toNinjs } from '../../shared/wire/to-ninjs.ts';
import { printJson, type CliIo } from './cli-io.ts';
import { EXIT_OK, EXIT_REJECTED } from './exit-codes.ts';
import { describeStory } from './format-story.ts';
import { readWireFile } from './read-wire-file.ts';
import { MAX_WIRE_FILE_BYTES } from '../../shared/wire/sniff.ts';

/** One element of `copydesk parse --json`: one story found in one file. */
export interface ParsedStory {
  file: string;
  format: string;
  ninjs: Record<string, unknown>;
  removed: RemovedPart[];
  warnings: string[];
}

/**
 * The stories of one file as `parse --json` prints them. Stories without a uri
 * of their own get one from the file's bytes, so parsing the same copy twice
 * names it the same way.
 */
export function parsedStories(file: string, bytes: Uint8Array): { ok: true; stories: ParsedStory[]; wire: WireStory[] } | { ok: false; problem: string } {
  const result = parseWire(bytes);
  if (!result.ok) return { ok: false, problem: result.error.message };
  const fileUri = `urn:copydesk:sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const many = result.stories.length > 1;
  const stories = result.stories.map((story, i) => ({
    file,
    format: story.format || result.format,
    ninjs: toNinjs(story, { fallbackUri: many ? `${fileUri}#${i + 1}` : fileUri }),
    removed: story.removed,
    warnings: story.warnings,
  }));
  return { ok: true, stories, wire: result.stories };
}

export async function runParse(files: string[], opts: { json?: boolean }, io: CliIo): Promise<number> {
  const all: ParsedStory[] = [];
  let rejected = false;
  for (const file of files) {
    const read = await readWireFile(file, MAX_WIRE_FILE_BYTES);
    const parsed = read.ok ? parsedStories(file, read.bytes) : read;
    if (!parsed.ok) {
      rejected = true;
      io.err(`${file}: ${parsed.problem}\n`);
      continue;
    }
    all.push(...parsed.stories);
    if (!opts.json) {
      const count = parsed.wire.length;
      io.out(`${file}: ${parsed.stories[0]?.format ?? '?'}, ${count} ${count === 1 ? 'story' : 'stories'}\n`);
      for (const story of parsed.wire) io.out(describeStory(story));
    }
  }
  if (opts.json) printJson(io, all);
  return rejected ? EXIT_REJECTED : EXIT_OK;
}
