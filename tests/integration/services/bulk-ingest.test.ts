import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { methods } from '../../../shared/api/contract.ts';
import { dispatch } from '../../../shared/api/dispatch.ts';
import { openArchive } from '../../../db/archive.ts';
import { createIngestLog } from '../../../db/repositories/ingest-log.ts';
import { createStoryRepository } from '../../../db/repositories/stories.ts';
import { createBulkIngestRunner, WorkerStoppedError, type BulkIngestRunner } from '../../../electron/services/bulk-ingest.ts';
import { createEventHub } from '../../../electron/services/event-hub.ts';
import { expandPaths } from '../../../electron/services/expand-paths.ts';
import { createIngest } from '../../../electron/services/ingest.ts';
import { createIngestFiles, WORKER_THRESHOLD } from '../../../electron/services/ingest-files.ts';
import { makeTempDir } from '../db/support.ts';
import { agencyCopy, recordEvents, testServices, waitFor } from './support.ts';

function writeFeed(dir: string, count: number, prefix = 'story'): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `${prefix}-${String(i).padStart(4, '0')}.txt`);
    fs.writeFileSync(file, agencyCopy(`${prefix} buoy ${i}`));
    return file;
  });
}

describe('bulk ingest', () => {
  it('stores a folder of many files through a worker, reporting progress file by file; a bad file costs only itself', async () => {
    const { services, dataDir } = testServices();
    const events = recordEvents(services);
    const feed = path.join(dataDir, '..', 'feed');
    const good = writeFeed(feed, 60);
    fs.writeFileSync(path.join(feed, 'story-0030b.txt'), '');
    fs.writeFileSync(path.join(feed, 'story-0031b.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));

    const progress: Array<[number, number, string]> = [];
    const results = await services.ingestPaths([feed], (done, total, file) => progress.push([done, total, file]));
    expect(results).toHaveLength(62);
    expect(progress.map(([done]) => done)).toEqual(Array.from({ length: 62 }, (_, i) => i + 1));
    expect(progress.every(([, total]) => total === 62)).toBe(true);
    expect(progress.map(([, , file]) => file)).toEqual(results.map((r) => r.file));
    expect(events.filter((e) => e.event === 'ingest.progress')).toHaveLength(62);

    expect(results.filter((r) => r.status === 'rejected').map((r) => [path.basename(r.file), r.code])).toEqual([
      ['story-0030b.txt', 'empty'],
      ['story-0031b.txt', 'binary'],
    ]);
    expect(results.filter((r) => r.status === 'added').map((r) => r.file)).toEqual(good);
    const info = methods['app.info'].output.parse(await dispatch(services.handlers, 'app.info', {}));
    expect(info.storyCount).toBe(60);
    const found = methods['archive.search'].output.parse(await dispatch(services.handlers, 'archive.search', { query: '"buoy 42"' }));
    expect(found.items.map((i) => i.id)).toEqual(results.find((r) => r.file.endsWith('story-0042.txt'))?.storyIds);

    // The worker's own events reach the main thread's listeners, and every file is in the log.
    const changed = events.filter((e) => e.event === 'archive.changed').flatMap((e) => (e.payload as { storyIds: string[] }).storyIds);
    expect(new Set(changed)).toEqual(new Set(results.flatMap((r) => r.storyIds)));
    const log = methods['ingest.log'].output.parse(await dispatch(services.handlers, 'ingest.log', { limit: 500 }));
    expect(log.entries).toHaveLength(62);
    expect(log.entries.filter((e) => e.status === 'rejected')).toHaveLength(2);
  });

  it('writes from another thread: the archive fills while the main thread is blocked', async () => {
    const dir = makeTempDir();
    const archiveFile = path.join(dir, 'archive.sqlite');
    openArchive(archiveFile).close();
    const files = writeFeed(path.join(dir, 'feed'), 40);
    const runner = createBulkIngestRunner({ archiveFile });
    onTestFinished(() => runner.close());
    let settled = 0;
    const done = runner.run({ candidates: await expandPaths(files, 1 << 20), maxFileBytes: 1 << 20, run: { source: 'import' } }, (m) => {
      if (m.type === 'result') settled += 1;
    });
    // Busy-wait without yielding: nothing on this thread can store a file meanwhile.
    const reader = new Database(archiveFile, { readonly: true });
    const count = reader.prepare('SELECT count(*) FROM stories').pluck();
    const giveUp = Date.now() + 60_000;
    let stored = 0;
    while (stored < files.length && Date.now() < giveUp) stored = count.get() as number;
    reader.close();
    expect(stored).toBe(files.length);
    expect(settled).toBe(0); // its messages wait for this thread
    await done;
    expect(settled).toBe(files.length);
  });

  it('takes more than a handful of files to the worker, a handful on the calling thread', async () => {
    const dir = makeTempDir();
    const archive = openArchive(path.join(dir, 'archive.sqlite'));
    try {
      const ingest = createIngest({ archive, stories: createStoryRepository(archive), log: createIngestLog(archive), events: createEventHub(), maxFileBytes: 1 << 20 });
      const jobs: number[] = [];
      const real = createBulkIngestRunner({ archiveFile: archive.file });
      onTestFinished(() => real.close());
      const counting: BulkIngestRunner = { ...real, run: (job, onUpdate) => (jobs.push(job.candidates.length), real.run(job, onUpdate)) };
      const ingestFiles = createIngestFiles({ ingest, bulk: counting, events: createEventHub(), maxFileBytes: () => 1 << 20, closing: () => false, warn: () => {} });
      const few = await ingestFiles(writeFeed(path.join(dir, 'few'), WORKER_THRESHOLD, 'few'), undefined, { source: 'import' });
      const many = await ingestFiles(writeFeed(path.join(dir, 'many'), WORKER_THRESHOLD + 1, 'many'), undefined, { source: 'import' });
      // The thread stays up for the next job.
      const more = await ingestFiles(writeFeed(path.join(dir, 'more'), WORKER_THRESHOLD + 2, 'more'), undefined, { source: 'import' });
      expect(jobs).toEqual([WORKER_THRESHOLD + 1, WORKER_THRESHOLD + 2]);
      expect([...few, ...many, ...more].every((r) => r.status === 'added')).toBe(true);
      expect(createStoryRepository(archive).count()).toBe(3 * WORKER_THRESHOLD + 3);
    } finally {
      archive.close();
    }
  });

  it('finishes on the calling thread, losing nothing, when the worker cannot start', async () => {
    const dir = makeTempDir();
    const archive = openArchive(path.join(dir, 'archive.sqlite'));
    try {
      const ingest = createIngest({ archive, stories: createStoryRepository(archive), log: createIngestLog(archive), events: createEventHub(), maxFileBytes: 1 << 20 });
      const warnings: string[] = [];
      const broken = createBulkIngestRunner({ archiveFile: archive.file, workerUrl: new URL('./no-such-worker.mjs', import.meta.url) });
      const ingestFiles = createIngestFiles({ ingest, bulk: broken, events: createEventHub(), maxFileBytes: () => 1 << 20, closing: () => false, warn: (m) => warnings.push(m) });
      const results = await ingestFiles(writeFeed(path.join(dir, 'feed'), 20), undefined, { source: 'import' });
      expect(results.map((r) => r.status)).toEqual(Array(20).fill('added'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/ingest worker stopped.*remaining 20 files/);
    } finally {
      archive.close();
    }
  });

  it('stops a running bulk ingest when the services close, leaving whole files only', async () => {
    const { services, dataDir } = testServices();
    const files = writeFeed(path.join(dataDir, '..', 'feed'), 3000);
    const ingesting = services.ingestPaths(files);
    ingesting.catch(() => {});
    const reader = new Database(path.join(dataDir, 'archive.sqlite'), { readonly: true });
    try {
      await waitFor('the worker to commit its first files', () => ((reader.prepare('SELECT count(*) FROM stories').pluck().get() as number) > 0 ? true : undefined));
    } finally {
      reader.close();
    }
    await services.close();
    await expect(ingesting).rejects.toThrow(WorkerStoppedError);

    const archive = openArchive(path.join(dataDir, 'archive.sqlite'));
    try {
      const stories = archive.db.prepare('SELECT count(*) FROM stories').pluck().get() as number;
      const logged = archive.db.prepare("SELECT count(*) FROM ingest_log WHERE status = 'added'").pluck().get() as number;
      const indexed = archive.db.prepare('SELECT count(*) FROM story_search').pluck().get() as number;
      expect(stories).toBeLessThan(files.length);
      expect(logged).toBe(stories);
      expect(indexed).toBe(stories);
    } finally {
      archive.close();
    }
  });
});
