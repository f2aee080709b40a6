import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openArchive } from '../../../db/archive.ts';
import { examineFileSync, type Examined } from '../../../electron/services/examine-file.ts';
import { createParsePool, type ParsePool } from '../../../electron/services/parse-pool.ts';
import { readAhead } from '../../../electron/services/read-ahead.ts';
import { readFileLimitedSync } from '../../../electron/services/read-limited.ts';
import { repoRoot } from '../../support/paths.ts';
import { makeTempDir } from '../db/support.ts';
import { agencyCopy } from './support.ts';

const MAX_BYTES = 20 * 1024 * 1024;

/** A feed of agency copy plus real-world fixtures of other formats, and a file that is not wire copy at all. */
function writeFeed(dir: string, count: number): string[] {
  const fixtures = ['nitf-story.xml', 'ninjs-story.json', 'efe-madrid-es-cp1252.txt', 'binary-junk.bin'].map((name) =>
    fs.readFileSync(path.join(repoRoot, 'tests/fixtures/wire', name)),
  );
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `file-${String(i).padStart(4, '0')}`);
    fs.writeFileSync(file, i % 5 === 4 ? (fixtures[i % fixtures.length] as Buffer) : agencyCopy(`lighthouse ${i}`));
    return file;
  });
}

/** Examines the files as the storing thread does: in order, a window ahead, helping before each wait. */
async function examineAll(pool: ParsePool, files: string[]): Promise<Examined[]> {
  const out: Examined[] = [];
  for await (const examined of readAhead(files, (f) => pool.examine(f, MAX_BYTES), { count: 256 }, pool.assist)) out.push(examined);
  return out;
}

function comparable(e: Examined) {
  return e.status === 'parsed' ? { file: e.file, status: e.status, sha256: e.sha256, json: e.stories.map((s) => s.json) } : e;
}

function archiveFile(): string {
  const archive = openArchive(path.join(makeTempDir(), 'archive.sqlite'));
  archive.close();
  return archive.file;
}

describe('the parse pool of a bulk ingest', () => {
  it('shares the parsing between its thread and the thread that stores, and hands back each file as examined alone, in order', async () => {
    const files = writeFeed(makeTempDir(), 300);
    let parsedHere = 0;
    const pool = createParsePool({
      archiveFile: archiveFile(),
      local: (file, maxFileBytes) => {
        parsedHere += 1;
        return examineFileSync(file, readFileLimitedSync, { maxFileBytes });
      },
    });
    onTestFinished(() => pool.close());

    const examined = await examineAll(pool, files);
    expect(examined.map((e) => e.file)).toEqual(files);
    expect(examined.map(comparable)).toEqual(files.map((f) => comparable(examineFileSync(f, readFileLimitedSync, { maxFileBytes: MAX_BYTES }))));
    expect(examined.filter((e) => e.status === 'refused').map((e) => path.basename(e.file))).toEqual(
      files.filter((_, i) => i % 5 === 4 && i % 4 === 3).map((f) => path.basename(f)),
    );
    // The parse thread took files, and the calling thread parsed those it would otherwise have waited for.
    expect(parsedHere).toBeGreaterThan(0);
    expect(parsedHere).toBeLessThan(files.length);
  });

  it('parses every file on the calling thread, losing none, when its thread cannot start', async () => {
    const files = writeFeed(makeTempDir(), 40);
    let parsedHere = 0;
    const pool = createParsePool({
      archiveFile: archiveFile(),
      workerUrl: new URL('./no-such-parse-worker.mjs', import.meta.url),
      local: (file, maxFileBytes) => {
        parsedHere += 1;
        return examineFileSync(file, readFileLimitedSync, { maxFileBytes });
      },
    });
    onTestFinished(() => pool.close());

    const examined = await examineAll(pool, files);
    expect(examined.map((e) => e.file)).toEqual(files);
    expect(examined.filter((e) => e.status === 'parsed')).toHaveLength(files.length - 2);
    expect(parsedHere).toBe(files.length);
  });
});
