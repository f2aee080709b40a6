import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../db/archive.ts';
import { createIngestLog } from '../../../db/repositories/ingest-log.ts';
import { createStoryRepository } from '../../../db/repositories/stories.ts';
import { createEventHub } from '../../../electron/services/event-hub.ts';
import { CHUNK_FILES, createIngest } from '../../../electron/services/ingest.ts';
import { openServices } from '../../../electron/services/open-services.ts';
import type { Services } from '../../../electron/services/services.ts';
import { parseWire } from '../../../shared/wire/parse.ts';
import { efeSample } from '../../support/paths.ts';
import { makeTempDir } from '../db/support.ts';

function services(dataDir = makeTempDir(), extra: { maxFileBytes?: number } = {}): Services {
  return openServices({ dataDir, host: 'browser', ...extra });
}

function withServices(run: (s: Services, dataDir: string) => Promise<void>, extra: { maxFileBytes?: number } = {}) {
  return async () => {
    const dataDir = makeTempDir();
    const s = services(dataDir, extra);
    try {
      await run(s, dataDir);
    } finally {
      await s.close();
    }
  };
}

/** Plain agency copy, different in every call so no two are duplicates. */
function agencyCopy(word: string): string {
  return `LISBON (Lusa) - Fishermen reported a ${word} off the coast on Tuesday, the port authority said.\n\nThe authority said boats should stay in port until further notice.\n`;
}

function count(dataDir: string, table: string): number {
  const db = new Database(path.join(dataDir, 'archive.sqlite'), { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('ingesting files from disk', () => {
  it(
    'archives the EFE story so a word of its body finds it',
    withServices(async (s) => {
      const [result] = await s.ingestPaths([efeSample]);
      expect(result).toMatchObject({ file: efeSample, status: 'added' });
      expect(result?.storyIds).toHaveLength(1);
      const found = await s.handlers['archive.search']({ query: 'opiates', limit: 50 , filters: {}, sort: 'newest', facets: false });
      expect(found.items.map((i) => i.id)).toEqual(result?.storyIds);
      expect(found.total).toBe(1);
      expect(found.items[0]?.snippet).toContain('\u{E000}opiates\u{E001}');
    }),
  );

  it(
    'takes identical bytes only once, under any name, and points at the story already stored',
    withServices(async (s, dataDir) => {
      const copy = path.join(dataDir, 'renamed-copy.txt');
      fs.copyFileSync(efeSample, copy);
      const [first] = await s.ingestPaths([efeSample]);
      const again = await s.ingestPaths([efeSample, copy]);
      expect(again.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
      expect(again.map((r) => r.storyIds)).toEqual([first?.storyIds, first?.storyIds]);
      const bytes = fs.readFileSync(efeSample);
      expect(s.handlers['ingest.file']({ name: 'dropped.txt', dataBase64: bytes.toString('base64'), source: 'drop' })).toMatchObject({
        status: 'duplicate',
        storyIds: first?.storyIds,
      });
      expect(count(dataDir, 'stories')).toBe(1);
    }),
  );

  it(
    'turns away an empty file, a binary file, a 50 MB file and a missing path, each with its own error, and stores the good one',
    withServices(async (s, dataDir) => {
      const dir = path.join(dataDir, 'incoming');
      fs.mkdirSync(dir);
      const empty = path.join(dir, 'empty.txt');
      const binary = path.join(dir, 'photo.bin');
      const huge = path.join(dir, 'huge.txt');
      const missing = path.join(dir, 'not-there.txt');
      const good = path.join(dir, 'good.txt');
      fs.writeFileSync(empty, '');
      fs.writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
      fs.writeFileSync(huge, '');
      fs.truncateSync(huge, 50 * 1024 * 1024); // sparse: 50 MB that take no disk
      fs.writeFileSync(good, agencyCopy('whale'));

      const results = await s.ingestPaths([empty, binary, huge, missing, good]);
      expect(results.map((r) => [r.file, r.status, r.code])).toEqual([
        [empty, 'rejected', 'empty'],
        [binary, 'rejected', 'binary'],
        [huge, 'rejected', 'too-large'],
        [missing, 'rejected', 'not-found'],
        [good, 'added', undefined],
      ]);
      for (const r of results.slice(0, 4)) {
        expect(r.error?.startsWith(`${r.file}: `)).toBe(true);
        expect(r.error!.length).toBeGreaterThan(r.file.length + 10);
        expect(r.storyIds).toEqual([]);
      }
      expect(results[2]?.error).toMatch(/50\.0 MB/);
      const found = await s.handlers['archive.search']({ query: 'whale', limit: 50 , filters: {}, sort: 'newest', facets: false });
      expect(found.items.map((i) => i.id)).toEqual(results[4]?.storyIds);
      expect(count(dataDir, 'stories')).toBe(1);
    }),
  );

  it(
    'walks folders recursively in name order, skipping dotfiles, and reports progress file by file',
    withServices(async (s, dataDir) => {
      const root = path.join(dataDir, 'feed');
      fs.mkdirSync(path.join(root, 'b-sub', 'deeper'), { recursive: true });
      fs.mkdirSync(path.join(root, '.hidden'));
      fs.writeFileSync(path.join(root, 'a.txt'), agencyCopy('seal'));
      fs.writeFileSync(path.join(root, 'b-sub', 'deeper', 'c.txt'), agencyCopy('shark'));
      fs.writeFileSync(path.join(root, 'b-sub', 'b.txt'), agencyCopy('dolphin'));
      fs.writeFileSync(path.join(root, '.DS_Store'), 'junk');
      fs.writeFileSync(path.join(root, '.hidden', 'secret.txt'), agencyCopy('squid'));

      const progress: Array<[number, number, string]> = [];
      const events: unknown[] = [];
      const unsubscribe = s.subscribe((event, payload) => events.push([event, payload]));
      const results = await s.ingestPaths([root], (done, total, file) => progress.push([done, total, file]));
      unsubscribe();

      const expected = [path.join(root, 'a.txt'), path.join(root, 'b-sub', 'b.txt'), path.join(root, 'b-sub', 'deeper', 'c.txt')];
      expect(results.map((r) => [r.file, r.status])).toEqual(expected.map((f) => [f, 'added']));
      expect(progress).toEqual(expected.map((f, i) => [i + 1, 3, f]));
      expect(events).toContainEqual(['ingest.progress', { done: 3, total: 3, file: expected[2] }]);
      expect(events).toContainEqual(['archive.changed', { storyIds: results.flatMap((r) => r.storyIds) }]);
      expect((await s.handlers['archive.search']({ query: 'squid', limit: 50 , filters: {}, sort: 'newest', facets: false })).total).toBe(0);
    }),
  );

  it(
    'refuses a file over the size limit without reading it, and takes one just under',
    withServices(
      async (s, dataDir) => {
        const under = path.join(dataDir, 'under.txt');
        const over = path.join(dataDir, 'over.txt');
        const text = agencyCopy('storm');
        fs.writeFileSync(under, text);
        fs.writeFileSync(over, text + 'x'.repeat(2048));
        const results = await s.ingestPaths([under, over]);
        expect(results.map((r) => r.status)).toEqual(['added', 'rejected']);
        expect(results[1]?.code).toBe('too-large');
      },
      { maxFileBytes: 1024 },
    ),
  );

  it('stores the rest of a batch when one file cannot be stored, and nothing of that one', async () => {
    const dataDir = makeTempDir();
    const archive = openArchive(path.join(dataDir, 'archive.sqlite'));
    try {
      const stories = createStoryRepository(archive);
      // A parse result the archive refuses (no headline), as a buggy parser might hand over.
      const parse = (bytes: Uint8Array) => {
        const result = parseWire(bytes);
        if (result.ok && new TextDecoder().decode(bytes).includes('poison')) {
          return { ...result, stories: [...result.stories, { ...result.stories[0]!, headline: null as unknown as string }] };
        }
        return result;
      };
      const ingest = createIngest({ archive, stories, log: createIngestLog(archive), events: createEventHub(), maxFileBytes: 1 << 20, parse });
      const files = ['first', 'poison', 'last'].map((word) => {
        const file = path.join(dataDir, `${word}.txt`);
        fs.writeFileSync(file, agencyCopy(word));
        return file;
      });
      const results = await ingest.ingestPaths(files);
      expect(results.map((r) => [r.status, r.code])).toEqual([
        ['added', undefined],
        ['rejected', 'storage-failed'],
        ['added', undefined],
      ]);
      expect(results[1]?.error).toMatch(/poison\.txt: could not be stored/);
      expect(stories.count()).toBe(2);
      const poisonSha = createHash('sha256').update(fs.readFileSync(files[1]!)).digest('hex');
      expect(archive.db.prepare('SELECT count(*) FROM blobs WHERE sha256 = ?').pluck().get(poisonSha)).toBe(0);
      const logged = archive.db.prepare("SELECT count(DISTINCT entity_id) FROM ops WHERE entity = 'story'").pluck().get();
      expect(logged).toBe(2);
    } finally {
      archive.close();
    }
  });

  it(
    'stores a batch larger than one transaction chunk completely',
    withServices(async (s, dataDir) => {
      const dir = path.join(dataDir, 'many');
      fs.mkdirSync(dir);
      const count = CHUNK_FILES + 150;
      const name = (i: number) => `${String(i).padStart(4, '0')}.txt`;
      for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, name(i)), agencyCopy(`buoy${i}`));
      // The same bytes again, in the same transaction chunk and in a later one.
      fs.copyFileSync(path.join(dir, '0007.txt'), path.join(dir, '0008b.txt'));
      fs.copyFileSync(path.join(dir, '0007.txt'), path.join(dir, `${name(count - 1)}b.txt`));
      const results = await s.ingestPaths([dir]);
      expect(results).toHaveLength(count + 2);
      expect(results.filter((r) => r.status === 'added')).toHaveLength(count);
      const original = results.find((r) => r.file.endsWith('0007.txt'))?.storyIds;
      for (const copy of ['0008b.txt', `${name(count - 1)}b.txt`]) {
        expect(results.find((r) => r.file.endsWith(copy)), copy).toMatchObject({ status: 'duplicate', storyIds: original });
      }
      expect((await s.handlers['archive.search']({ query: 'buoy123', limit: 50 , filters: {}, sort: 'newest', facets: false })).total).toBe(1);
      expect((await s.handlers['app.info']({})).storyCount).toBe(count);
    }),
  );
});
