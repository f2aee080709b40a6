import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../../db/archive.ts';
import {
  checkArchive,
  compactAfterIngest,
  COMPACT_MIN_FILES,
  optimiseArchive,
  rebuildSearchIndex,
  searchSegments,
  type ArchiveHealth,
} from '../../../db/maintenance/doctor.ts';
import { prepareStory } from '../../../db/repositories/prepared-story.ts';
import { createStoryRepository, type StoryRepository } from '../../../db/repositories/stories.ts';
import type { WireStory } from '../../../shared/model/story.ts';
import { makeTempDir, wireStory } from './support.ts';

const URI = 'tag:reuters.com,2024:newsml_L1N_GALE';

interface Fixture {
  archive: Archive;
  stories: StoryRepository;
  /** Story ids by name. */
  ids: { gale: string; harbour: string; budget: string };
}

let fileCount = 0;
function store(stories: StoryRepository, ...wire: WireStory[]): Array<{ id: string; rowid: number }> {
  fileCount += 1;
  return stories.storeFile({
    fileName: `wire-${fileCount}.txt`,
    bytes: new TextEncoder().encode(`${fileCount}:${JSON.stringify(wire)}`),
    format: 'text',
    stories: wire.map(prepareStory),
    receivedAt: new Date(Date.UTC(2024, 2, 1, 9, 0, fileCount)).toISOString(),
  });
}

/** An archive file with three stories, one of them (the gale) in two versions. */
function fixture(): Fixture {
  const archive = openArchive(path.join(makeTempDir(), 'archive.sqlite'));
  const stories = createStoryRepository(archive);
  const [gale] = store(
    stories,
    wireStory({ uri: URI, provider: 'reuters.com', version: 1, headline: 'Gale warning for the coast', slugline: 'WEATHER-GALE', body: ['Forecasters expect a squall tonight.'] }),
  );
  const [harbour] = store(stories, wireStory({ headline: 'Harbour reopens', byline: 'By Ana Ruiz', body: ['The harbour reopened on Monday.', 'Ferries resume.'] }));
  const [budget] = store(stories, wireStory({ headline: 'Council passes budget', body: ['The council approved the budget by nine votes to four.'] }));
  store(
    stories,
    wireStory({ uri: URI, provider: 'reuters.com', version: 2, headline: 'Gale hits the coast', slugline: 'WEATHER-GALE', body: ['A hurricane-force gust was measured at the lighthouse.'] }),
  );
  return { archive, stories, ids: { gale: gale!.id, harbour: harbour!.id, budget: budget!.id } };
}

function rowidOf(f: Fixture, id: string): number {
  return f.archive.db.prepare('SELECT rowid FROM stories WHERE id = ?').pluck().get(id) as number;
}

function matches(f: Fixture, query: string): number[] {
  return f.archive.db.prepare('SELECT rowid FROM story_search WHERE story_search MATCH ? ORDER BY rowid').pluck().all(query) as number[];
}

function codes(health: ArchiveHealth): string[] {
  return health.problems.map((p) => p.code).sort();
}

/** What searching finds for a handful of words: the same before and after upkeep. */
function searchResults(f: Fixture): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const q of ['gale', 'squall', 'hurricane', 'harbour', 'ruiz', 'budget', 'coa*', 'weather']) out[q] = matches(f, q);
  return out;
}

describe('checkArchive', () => {
  it('reports a healthy archive as ok, counting its stories and entries', () => {
    const f = fixture();
    const health = checkArchive(f.archive);
    expect(health).toEqual({ ok: true, problems: [], stories: 3, searchEntries: 3 });
    expect(checkArchive(f.archive, { full: true }).ok).toBe(true);
    // The current version is the one indexed: the gale story is found by its second version's words only.
    expect(matches(f, 'hurricane')).toEqual([rowidOf(f, f.ids.gale)]);
    expect(matches(f, 'squall')).toEqual([]);
  });

  it('names a story missing from the index', () => {
    const f = fixture();
    f.archive.db.prepare('DELETE FROM story_search WHERE rowid = ?').run(rowidOf(f, f.ids.harbour));
    const health = checkArchive(f.archive);
    expect(health.ok).toBe(false);
    expect(health.stories).toBe(3);
    expect(health.searchEntries).toBe(2);
    expect(codes(health)).toEqual(['missing-entry']);
    const [problem] = health.problems;
    expect(problem?.message).toMatch(/^1 story is missing from the search index/);
    expect(problem?.message).toContain('Harbour reopens');
    expect(problem?.storyIds).toEqual([f.ids.harbour]);
    expect(problem?.count).toBe(1);
  });

  it('counts several missing stories in one message', () => {
    const f = fixture();
    f.archive.db.prepare('DELETE FROM story_search').run();
    const health = checkArchive(f.archive);
    expect(health.problems).toHaveLength(1);
    expect(health.problems[0]?.message).toMatch(/^3 stories are missing from the search index/);
    expect(health.problems[0]?.storyIds).toHaveLength(3);
  });

  it('reports an entry that belongs to no story', () => {
    const f = fixture();
    f.archive.db.prepare('INSERT INTO story_search (rowid, headline, slugline, byline, body) VALUES (?, ?, NULL, NULL, ?)').run(9999, 'Ghost story', 'nobody wrote this');
    const health = checkArchive(f.archive);
    expect(codes(health)).toEqual(['orphan-entry']);
    expect(health.searchEntries).toBe(4);
    expect(health.problems[0]?.message).toMatch(/^1 search entry belongs to no story/);
  });

  it("reports an entry holding an older version's text", () => {
    const f = fixture();
    const rowid = rowidOf(f, f.ids.gale);
    const older = JSON.parse(
      f.archive.db.prepare('SELECT story_json FROM story_versions WHERE story_id = ? AND version = 1').pluck().get(f.ids.gale) as string,
    ) as WireStory;
    const stale = prepareStory(older).search;
    f.archive.db.prepare('DELETE FROM story_search WHERE rowid = ?').run(rowid);
    f.archive.db
      .prepare('INSERT INTO story_search (rowid, headline, slugline, byline, body) VALUES (?, ?, ?, ?, ?)')
      .run(rowid, stale.headline, stale.slugline, stale.byline, stale.body);
    expect(matches(f, 'squall')).toEqual([rowid]);

    const health = checkArchive(f.archive);
    expect(codes(health)).toEqual(['stale-entry']);
    expect(health.problems[0]?.message).toMatch(/^1 story's search entry does not show its current version/);
    expect(health.problems[0]?.message).toContain('Gale hits the coast');
  });

  it('reports the three breakages together, and FTS5 damage of its own', () => {
    const f = fixture();
    const db = f.archive.db;
    db.prepare('DELETE FROM story_search WHERE rowid = ?').run(rowidOf(f, f.ids.harbour));
    db.prepare('INSERT INTO story_search (rowid, headline, body) VALUES (?, ?, ?)').run(4242, 'Ghost', 'orphan words');
    db.prepare('UPDATE story_search SET body = ? WHERE rowid = ?').run('Forecasters expect a squall tonight.', rowidOf(f, f.ids.gale));
    expect(codes(checkArchive(f.archive))).toEqual(['missing-entry', 'orphan-entry', 'stale-entry']);

    // The text FTS5 stores changed behind its back: its index no longer matches it.
    db.unsafeMode(true);
    db.prepare('UPDATE story_search_content SET c3 = ? WHERE id = ?').run('tampered zebra', rowidOf(f, f.ids.budget));
    db.unsafeMode(false);
    const health = checkArchive(f.archive);
    // SQLite's own check sees the FTS5 damage too; it is reported once, as the search index's.
    expect(codes(health)).toEqual(['missing-entry', 'orphan-entry', 'search-index-damaged', 'stale-entry']);
    expect(health.problems.find((p) => p.code === 'search-index-damaged')?.message).toMatch(/^The search index is damaged/);
    expect(health.problems.find((p) => p.code === 'stale-entry')?.message).toMatch(/^2 stories' search entries do not show their current version/);
  });

  it('reports a damaged file, which a rebuild does not hide', () => {
    const f = fixture();
    const file = f.archive.file;
    const { rootpage, pageSize } = f.archive.db
      .prepare(`SELECT rootpage, (SELECT page_size FROM pragma_page_size) AS pageSize FROM sqlite_schema WHERE name = 'story_versions_sha256'`)
      .get() as { rootpage: number; pageSize: number };
    f.archive.db.pragma('wal_checkpoint(TRUNCATE)');
    f.archive.close();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xff), 0, pageSize, (rootpage - 1) * pageSize);
    fs.closeSync(fd);

    const archive = openArchive(file);
    try {
      const health = checkArchive(archive);
      expect(health.ok).toBe(false);
      expect(codes(health)).toContain('file-damaged');
      expect(health.problems.find((p) => p.code === 'file-damaged')?.message).toMatch(/^The archive file is damaged: .+ Restore it from a backup\.$/);
      expect(codes(checkArchive(archive, { full: true }))).toContain('file-damaged');
      rebuildSearchIndex(archive);
      expect(codes(checkArchive(archive))).toEqual(['file-damaged']);
    } finally {
      archive.close();
    }
  });
});

describe('rebuildSearchIndex', () => {
  it('repairs every breakage, FTS5 damage included, and the current text is what searching finds', () => {
    const f = fixture();
    const db = f.archive.db;
    const expected = searchResults(f);
    const gale = rowidOf(f, f.ids.gale);
    db.prepare('DELETE FROM story_search WHERE rowid = ?').run(rowidOf(f, f.ids.harbour));
    db.prepare('INSERT INTO story_search (rowid, headline, body) VALUES (?, ?, ?)').run(4242, 'Ghost', 'orphan words');
    db.prepare('UPDATE story_search SET headline = ?, body = ? WHERE rowid = ?').run('Gale warning for the coast', 'Forecasters expect a squall tonight.', gale);
    db.unsafeMode(true);
    db.prepare('UPDATE story_search_content SET c3 = ? WHERE id = ?').run('tampered zebra', rowidOf(f, f.ids.budget));
    db.unsafeMode(false);
    expect(codes(checkArchive(f.archive))).toEqual(['missing-entry', 'orphan-entry', 'search-index-damaged', 'stale-entry']);
    expect(matches(f, 'squall')).toEqual([gale]);

    const progress: Array<[number, number]> = [];
    const result = rebuildSearchIndex(f.archive, (done, total) => progress.push([done, total]));
    expect(result).toEqual({ entries: 3, skipped: 0 });
    expect(progress.at(0)).toEqual([0, 3]);
    expect(progress.at(-1)).toEqual([3, 3]);

    expect(checkArchive(f.archive)).toEqual({ ok: true, problems: [], stories: 3, searchEntries: 3 });
    expect(matches(f, 'hurricane')).toEqual([gale]);
    expect(matches(f, 'squall')).toEqual([]);
    expect(matches(f, 'orphan')).toEqual([]);
    expect(matches(f, 'zebra')).toEqual([]);
    expect(searchResults(f)).toEqual(expected);
    // One merged segment, and the table keeps its definition (the 3-character prefix index).
    expect(searchSegments(db)).toBe(1);
    expect(db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'story_search'`).pluck().get()).toContain("prefix = '3'");
  });

  it('keeps FTS5 settings made on the table', () => {
    const f = fixture();
    f.archive.db.prepare(`INSERT INTO story_search(story_search, rank) VALUES('automerge', 2)`).run();
    rebuildSearchIndex(f.archive);
    expect(f.archive.db.prepare(`SELECT v FROM story_search_config WHERE k = 'automerge'`).pluck().get()).toBe(2);
  });

  it('writes nothing when a write fails part way: the old index stays', () => {
    const f = fixture();
    const before = searchResults(f);
    expect(() =>
      rebuildSearchIndex(f.archive, (done) => {
        if (done > 0) throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(searchResults(f)).toEqual(before);
    expect(checkArchive(f.archive).ok).toBe(true);
  });

  it('lets the story repository go on indexing afterwards', () => {
    const f = fixture();
    rebuildSearchIndex(f.archive);
    const [added] = store(f.stories, wireStory({ headline: 'Lighthouse keeper retires', body: ['After forty years.'] }));
    expect(matches(f, 'lighthouse')).toContain(added!.rowid);
    expect(checkArchive(f.archive).ok).toBe(true);
  });
});

describe('optimiseArchive', () => {
  it('merges the index into one segment, empties the WAL and leaves search results unchanged', () => {
    const f = fixture();
    for (let i = 0; i < 20; i += 1) store(f.stories, wireStory({ headline: `Tide table ${i}`, body: [`High water at ${i} o'clock on the coast.`] }));
    const expected = searchResults(f);
    const result = optimiseArchive(f.archive);
    expect(result.before.searchSegments).toBeGreaterThan(1);
    expect(result.after.searchSegments).toBe(1);
    expect(result.before.bytes).toBe(result.before.pages * result.before.pageSize);
    expect(result.after.bytes).toBeGreaterThan(0);
    expect(result.before.walBytes).toBeGreaterThan(0);
    expect(result.after.walBytes).toBe(0);
    expect(result.walTruncated).toBe(true);
    expect(searchResults(f)).toEqual(expected);
    expect(checkArchive(f.archive).ok).toBe(true);
  });
});

describe('compactAfterIngest', () => {
  it('does nothing after a small import', () => {
    const f = fixture();
    for (let i = 0; i < 20; i += 1) store(f.stories, wireStory({ headline: `Tide table ${i}`, body: ['High water.'] }));
    const totalChanges = f.archive.db.prepare('SELECT total_changes()').pluck();
    const changes = totalChanges.get();
    const segments = searchSegments(f.archive.db);
    compactAfterIngest(f.archive, COMPACT_MIN_FILES - 1);
    expect(totalChanges.get()).toBe(changes);
    expect(searchSegments(f.archive.db)).toBe(segments);
  });

  it('merges segments after a large import, search results unchanged', () => {
    const f = fixture();
    for (let i = 0; i < 40; i += 1) store(f.stories, wireStory({ headline: `Tide table ${i}`, body: [`High water at ${i} o'clock on the coast.`] }));
    const expected = searchResults(f);
    const before = searchSegments(f.archive.db) as number;
    expect(before).toBeGreaterThan(4);
    compactAfterIngest(f.archive, COMPACT_MIN_FILES);
    expect(searchSegments(f.archive.db)).toBeLessThan(before);
    expect(searchResults(f)).toEqual(expected);
    expect(checkArchive(f.archive).ok).toBe(true);
  });
});
