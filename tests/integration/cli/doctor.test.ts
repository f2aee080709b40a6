import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../db/archive.ts';
import { prepareStory } from '../../../db/repositories/prepared-story.ts';
import { createStoryRepository } from '../../../db/repositories/stories.ts';
import { runCli as runCliInProcess } from '../../../electron/cli/main.ts';
import { repoRoot } from '../../support/paths.ts';
import { wireStory } from '../db/support.ts';
import { runCli } from './run-cli.ts';

const fixtures = path.join(repoRoot, 'tests/fixtures/wire');
const wireFiles = ['ap-washington-bom.txt', 'dpa-berlin-de.txt', 'afp-paris-fr.txt'].map((f) => path.join(fixtures, f));

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'copydesk-doctor-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface HealthJson {
  archive: string;
  ok: boolean;
  problems: Array<{ code: string; message: string; storyIds?: string[] }>;
  stories: number;
  searchEntries: number;
  rebuild?: { entries: number; seconds: number; before: { ok: boolean; problems: Array<{ code: string }> } };
}

interface SizeJson {
  bytes: number;
  pages: number;
  pageSize: number;
  freePages: number;
  walBytes: number;
  searchSegments?: number;
}

/** Changes the archive behind the CLI's back, as damage would (no copydesk process has it open). */
function tamper(data: string, change: (db: Database.Database) => void): void {
  const db = new Database(path.join(data, 'archive.sqlite'));
  try {
    change(db);
  } finally {
    db.close();
  }
}

describe('copydesk doctor and optimise', () => {
  // A dozen processes in a row: on a busy 2-core machine that takes a while.
  it('says a fresh archive is healthy, names a broken search index, rebuilds it', { timeout: 120_000 }, async () => {
    const data = path.join(tmp, 'archive');
    const ingest = await runCli(['ingest', ...wireFiles, '--data', data]);
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);

    const healthy = await runCli(['doctor', '--data', data]);
    expect(healthy.stderr).toBe('');
    expect(healthy.code).toBe(0);
    expect(healthy.stdout).toContain('3 stories, 3 search entries');
    expect(healthy.stdout).toContain('Healthy: no problems found.');

    const full = await runCli(['doctor', '--full', '--json', '--data', data]);
    expect(full.code).toBe(0);
    expect(JSON.parse(full.stdout)).toMatchObject({ ok: true, problems: [], stories: 3, searchEntries: 3 });

    // One story drops out of the index, and an entry appears for no story.
    tamper(data, (db) => {
      db.prepare('DELETE FROM story_search WHERE rowid = (SELECT min(rowid) FROM stories)').run();
      db.prepare('INSERT INTO story_search (rowid, headline, body) VALUES (999, ?, ?)').run('Ghost', 'words of no story');
    });
    const broken = await runCli(['doctor', '--data', data]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('3 stories, 3 search entries');
    expect(broken.stdout).toMatch(/^ {2}- 1 story is missing from the search index/m);
    expect(broken.stdout).toMatch(/^ {2}- 1 search entry belongs to no story/m);
    expect(broken.stdout).toContain('copydesk doctor --rebuild');

    const brokenJson = await runCli(['doctor', '--json', '--data', data]);
    expect(brokenJson.code).toBe(1);
    const report = JSON.parse(brokenJson.stdout) as HealthJson;
    expect(report.ok).toBe(false);
    expect(report.archive).toBe(path.join(data, 'archive.sqlite'));
    expect(report.problems.map((p) => p.code).sort()).toEqual(['missing-entry', 'orphan-entry']);

    const rebuilt = await runCli(['doctor', '--rebuild', '--data', data]);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toContain('1 story is missing from the search index');
    expect(rebuilt.stdout).toMatch(/Rebuilt the search index: 3 entries in \d+\.\d s\./);
    expect(rebuilt.stdout).toContain('Checked again: the archive is healthy.');
    // Not a terminal: no progress line.
    expect(rebuilt.stderr).toBe('');

    const after = await runCli(['doctor', '--json', '--data', data]);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout)).toMatchObject({ ok: true, problems: [], stories: 3, searchEntries: 3 });

    // The text FTS5 keeps changed behind its back: only a rebuild from the stories repairs that.
    tamper(data, (db) => {
      db.unsafeMode(true);
      db.prepare("UPDATE story_search_content SET c0 = 'tampered' WHERE id = (SELECT max(rowid) FROM stories)").run();
    });
    const damaged = await runCli(['doctor', '--rebuild', '--json', '--data', data]);
    expect(damaged.code).toBe(0);
    const repaired = JSON.parse(damaged.stdout) as HealthJson;
    expect(repaired).toMatchObject({ ok: true, problems: [], stories: 3, searchEntries: 3 });
    expect(repaired.rebuild?.entries).toBe(3);
    expect(repaired.rebuild?.before.ok).toBe(false);
    expect(repaired.rebuild?.before.problems.map((p) => p.code).sort()).toEqual(['search-index-damaged', 'stale-entry']);

    const optimise = await runCli(['optimise', '--json', '--data', data]);
    expect(optimise.stderr).toBe('');
    expect(optimise.code).toBe(0);
    const sizes = JSON.parse(optimise.stdout) as { archive: string; before: SizeJson; after: SizeJson; walTruncated: boolean };
    expect(sizes.archive).toBe(path.join(data, 'archive.sqlite'));
    for (const size of [sizes.before, sizes.after]) {
      expect(size.bytes).toBe(size.pages * size.pageSize);
      expect(size.bytes).toBeGreaterThan(0);
    }
    expect(sizes.after.searchSegments).toBe(1);
    expect(sizes.after.walBytes).toBe(0);

    const human = await runCli(['optimise', '--data', data]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/size +\d+(\.\d)? [KM]B → \d+(\.\d)? [KM]B/);
    expect(human.stdout).toContain('search index  1 segment → 1 segment');

    const found = await runCli(['search', 'Berlin', '--data', data, '--json']);
    expect((JSON.parse(found.stdout) as { items: unknown[] }).items.length).toBeGreaterThan(0);
  });

  it('reports a folder without an archive and creates none', async () => {
    const data = path.join(tmp, 'nothing-here');
    const run = await runCli(['doctor', '--data', data]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('there is no archive in');
    const optimise = await runCli(['optimise', '--data', data]);
    expect(optimise.code).toBe(1);
    expect(existsSync(path.join(data, 'archive.sqlite'))).toBe(false);
  });

  it.each([[['doctor', '--no-such-option']], [['doctor', 'extra']], [['optimise', '--full']]])('exits 2 for %j', async (args) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toBe('');
  });

  it('lists both commands in --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}doctor \[options\]/m);
    expect(run.stdout).toMatch(/^ {2}optimise\|optimize \[options\]/m);
  });

  it('shows a progress line while rebuilding on a terminal, and clears it', async () => {
    const data = path.join(tmp, 'archive-tty');
    const archive = openArchive(path.join(data, 'archive.sqlite'));
    const [stored] = createStoryRepository(archive).storeFile({
      fileName: 'tide.txt',
      bytes: new TextEncoder().encode('tide'),
      format: 'text',
      stories: [prepareStory(wireStory({ headline: 'Tide tables', body: ['High water at noon.'] }))],
      receivedAt: '2024-03-01T09:00:00.000Z',
    });
    archive.db.prepare('DELETE FROM story_search WHERE rowid = ?').run(stored!.rowid);
    archive.close();

    let out = '';
    let err = '';
    const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t), errIsTty: true };
    expect(await runCliInProcess(['doctor', '--rebuild', '--data', data], io)).toBe(0);
    expect(err).toContain('\r\x1b[KRebuilding the search index: 1/1 stories');
    expect(err.endsWith('\r\x1b[K')).toBe(true);
    expect(out).toContain('Checked again: the archive is healthy.');
  });
});
