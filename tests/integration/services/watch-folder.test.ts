import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/api/contract.ts';
import { dispatch } from '../../../shared/api/dispatch.ts';
import type { Services } from '../../../electron/services/services.ts';
import { isIgnoredInWatchedFolder, type WatchedFile } from '../../../electron/services/watch-folder.ts';
import { makeTempDir } from '../db/support.ts';
import { agencyCopy, testServices, waitFor } from './support.ts';

/** Long enough that a loaded machine never takes a pause between two pieces for the end of the file. */
const STABILITY_MS = 1000;

async function logEntries(services: Services) {
  return methods['ingest.log'].output.parse(await dispatch(services.handlers, 'ingest.log', { limit: 500 })).entries;
}

async function storyCount(services: Services): Promise<number> {
  return methods['app.info'].output.parse(await dispatch(services.handlers, 'app.info', {})).storyCount;
}

function watched(dataDir?: string) {
  const feed = makeTempDir();
  const { services, dataDir: dir } = testServices({ watchStabilityMs: STABILITY_MS, ...(dataDir ? { dataDir } : {}) });
  const outcomes: WatchedFile[] = [];
  return { feed, services, dataDir: dir, outcomes, start: () => services.watchFolder(feed, { onFile: (o) => outcomes.push(o) }) };
}

describe('a watched folder', () => {
  it('takes a file written slowly in pieces once, whole, when it stops growing', async () => {
    const w = watched();
    const watch = await w.start();
    await watch.ready;
    const file = path.join(w.feed, 'slow.txt');
    const pieces = agencyCopy('manatee').match(/[\s\S]{1,40}/g)!;
    const handle = fs.openSync(file, 'w');
    for (const piece of pieces) {
      fs.writeSync(handle, piece);
      await sleep(60);
    }
    fs.closeSync(handle);

    await waitFor('slow.txt to be ingested', () => w.outcomes.find((o) => o.file === file));
    await watch.idle();
    const entries = await logEntries(w.services);
    expect(entries.map((e) => [e.file, e.source, e.status])).toEqual([[file, 'watch', 'added']]);
    const id = entries[0]!.storyIds[0]!;
    const detail = methods['story.get'].output.parse(await dispatch(w.services.handlers, 'story.get', { id }));
    expect(detail.story.body.join(' ')).toContain('until further notice');
    expect(detail.version.byteLength).toBe(Buffer.byteLength(agencyCopy('manatee')));
    expect(await storyCount(w.services)).toBe(1);
  });

  it('moves a file that fails to rejected/ with a note saying why, suffixing a name already taken there', async () => {
    const w = watched();
    const watch = await w.start();
    await watch.ready;
    const bad = path.join(w.feed, 'feed.txt');
    fs.writeFileSync(bad, '');
    await waitFor('the empty file to be rejected', () => w.outcomes.find((o) => o.movedTo));
    fs.writeFileSync(bad, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0x7f, 3, 0, 0, 0, 0]));
    fs.writeFileSync(path.join(w.feed, 'good.txt'), agencyCopy('walrus'));
    await waitFor('three files settled', () => (w.outcomes.length >= 3 ? true : undefined));
    await watch.idle();

    const rejected = path.join(w.feed, 'rejected');
    expect(fs.readdirSync(rejected).sort()).toEqual(['feed (2).txt', 'feed (2).txt.error.txt', 'feed.txt', 'feed.txt.error.txt']);
    expect(fs.readFileSync(path.join(rejected, 'feed.txt.error.txt'), 'utf8')).toMatch(new RegExp(`File: +${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n[\\s\\S]*Problem: +[^/].*empty`));
    expect(fs.readFileSync(path.join(rejected, 'feed (2).txt.error.txt'), 'utf8')).toMatch(/Problem: +the file is a JPEG image/);
    expect(fs.readFileSync(path.join(rejected, 'feed (2).txt')).subarray(0, 4)).toEqual(Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    expect(fs.existsSync(bad)).toBe(false);
    expect(fs.existsSync(path.join(w.feed, 'good.txt'))).toBe(true);

    const entries = await logEntries(w.services);
    expect(entries.filter((e) => e.status === 'rejected').map((e) => e.code)).toEqual(['binary', 'empty']);
    expect(entries.filter((e) => e.status === 'added').map((e) => path.basename(e.file))).toEqual(['good.txt']);
    // What sits in rejected/ is never taken again.
    expect(entries).toHaveLength(3);
  });

  it('waits for a partial download to get its real name, and leaves dotfiles alone', async () => {
    const w = watched();
    const watch = await w.start();
    await watch.ready;
    const partial = path.join(w.feed, 'story.txt.crdownload');
    fs.writeFileSync(partial, agencyCopy('sea lion'));
    fs.writeFileSync(path.join(w.feed, '.DS_Store'), 'junk');
    fs.writeFileSync(path.join(w.feed, 'notes.tmp'), agencyCopy('scratch'));
    await sleep(STABILITY_MS / 2);
    fs.renameSync(partial, path.join(w.feed, 'story.txt'));
    await waitFor('story.txt to be ingested', () => w.outcomes.find((o) => o.file.endsWith('story.txt')));
    await watch.idle();
    expect((await logEntries(w.services)).map((e) => path.basename(e.file))).toEqual(['story.txt']);
    expect(fs.existsSync(path.join(w.feed, 'rejected'))).toBe(false);
  });

  it('takes the files already there at start, and after a restart takes only what is new', async () => {
    const dataDir = path.join(makeTempDir(), 'Copydesk');
    const feed = makeTempDir();
    fs.mkdirSync(path.join(feed, 'sub'));
    fs.writeFileSync(path.join(feed, 'waiting.txt'), agencyCopy('otter'));
    fs.writeFileSync(path.join(feed, 'sub', 'nested.txt'), agencyCopy('heron'));

    const first = testServices({ dataDir, watchStabilityMs: STABILITY_MS });
    const watch = await first.services.watchFolder(feed);
    await watch.idle();
    expect((await logEntries(first.services)).map((e) => path.basename(e.file)).sort()).toEqual(['nested.txt', 'waiting.txt']);
    await first.services.close();

    fs.writeFileSync(path.join(feed, 'while-closed.txt'), agencyCopy('puffin'));
    fs.copyFileSync(path.join(feed, 'waiting.txt'), path.join(feed, 'same-bytes-new-name.txt'));
    const again = testServices({ dataDir, watchStabilityMs: STABILITY_MS });
    const rewatch = await again.services.watchFolder(feed);
    await rewatch.idle();
    // The copy under a new name is a duplicate found at start: the archive's hash check skips it without a word.
    const entries = (await logEntries(again.services)).map((e) => [path.basename(e.file), e.status]);
    expect(entries[0]).toEqual(['while-closed.txt', 'added']);
    expect(entries.slice(1).sort()).toEqual([
      ['nested.txt', 'added'],
      ['waiting.txt', 'added'],
    ]);
    expect(await storyCount(again.services)).toBe(3);
  });

  it('ignores rejected/, dot paths and partial names, and nothing else', () => {
    const root = path.resolve('/feeds/in');
    const ignored = (rel: string) => isIgnoredInWatchedFolder(root, path.join(root, rel));
    for (const rel of ['rejected', 'rejected/x.xml', '.DS_Store', '.cache/a.xml', 'a.xml.part', 'a.xml.PART', 'a.xml.crdownload', 'a.tmp', '~$draft.docx', 'draft.txt~']) {
      expect(ignored(rel), rel).toBe(true);
    }
    for (const rel of ['a.xml', 'sub/rejected.xml', 'sub/rejected/a.xml', 'partial-results.txt', 'temp.xml']) expect(ignored(rel), rel).toBe(false);
    expect(isIgnoredInWatchedFolder(root, root)).toBe(false);
  });
});
