import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../../db/archive.ts';
import { prepareStory } from '../../../db/repositories/prepared-story.ts';
import { defaultMigrationsDir, loadMigrations } from '../../../db/migrate.ts';
import { createStoryRepository, type ParsedFile, type StoryRepository } from '../../../db/repositories/stories.ts';
import { RECORD_FIELD } from '../../../db/repositories/write-path.ts';
import { createStorySearch } from '../../../db/search/search-stories.ts';
import type { WireStory } from '../../../shared/model/story.ts';
import { makeTempDir, wireStory } from './support.ts';

const URI = 'tag:reuters.com,0000:newsml_L1N14N0FF';

/** A version of the Reuters weather story as a G2 parser would hand it over. */
function reuters(version: number | undefined, body: string, extra: Partial<WireStory> = {}): WireStory {
  return wireStory({
    format: 'newsml-g2',
    uri: URI,
    provider: 'reuters.com',
    headline: `Storm update ${version ?? 'unnumbered'}`,
    body: [body],
    ...(version === undefined ? {} : { version }),
    ...extra,
  });
}

let fileCount = 0;
function file(...stories: WireStory[]): ParsedFile {
  fileCount += 1;
  return {
    fileName: `wire-${fileCount}.xml`,
    bytes: new TextEncoder().encode(`${fileCount}:${JSON.stringify(stories)}`),
    format: stories[0]?.format ?? 'text',
    stories: stories.map(prepareStory),
    receivedAt: new Date(Date.UTC(2024, 0, 1, 12, 0, fileCount)).toISOString(),
  };
}

interface Fixture {
  archive: Archive;
  stories: StoryRepository;
  clock: { now: number };
}

function fixture(): Fixture {
  const clock = { now: Date.UTC(2024, 0, 1, 12) };
  const archive = openArchive(path.join(makeTempDir(), 'archive.sqlite'));
  return { archive, stories: createStoryRepository(archive, { now: () => clock.now }), clock };
}

function searchIds(f: Fixture, query: string): string[] {
  return createStorySearch(f.archive)({ query, limit: 50 }).items.map((i) => i.id);
}

function count(f: Fixture, table: string): number {
  return f.archive.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

describe('versions of a story', () => {
  it('links a newer version with the same uri to the story: one story, two versions, the higher one current', () => {
    const f = fixture();
    try {
      const [first] = f.stories.storeFile(file(reuters(978556838, 'Snow closed the airport on Monday.')));
      const [second] = f.stories.storeFile(file(reuters(1542761538, 'Snow and ice closed the airport and the port.')));
      expect(first).toMatchObject({ outcome: 'added', version: 978556838 });
      expect(second).toMatchObject({ id: first!.id, outcome: 'updated', version: 1542761538 });
      expect(second!.versionId).not.toBe(first!.versionId);
      expect(count(f, 'stories')).toBe(1);

      const detail = f.stories.get(first!.id)!;
      expect(detail.versions.map((v) => v.version)).toEqual([978556838, 1542761538]);
      expect(detail.version.id).toBe(second!.versionId);
      expect(detail.story.headline).toBe('Storm update 1542761538');
      expect(detail.state).toBe('usable');

      // The search entry shows the current version only.
      expect(searchIds(f, 'port')).toEqual([first!.id]);
      expect(searchIds(f, '"closed the airport on Monday"')).toEqual([]);
      const [row] = createStorySearch(f.archive)({ query: '', limit: 50 }).items;
      expect(row).toMatchObject({ headline: 'Storm update 1542761538', versionCount: 2, state: 'usable', embargoedUntil: null });
    } finally {
      f.archive.close();
    }
  });

  it('indexes the newest text of each story when new stories and updates of older ones share one transaction', () => {
    const f = fixture();
    try {
      const [old] = f.stories.storeFile(file(reuters(1, 'Harbour frozen.')));
      const stored = f.archive.write((w) => [
        ...f.stories.insertFile(w, file(wireStory({ uri: 'u:new-1', headline: 'Fresh one', body: ['Quarry opened.'] }))),
        ...f.stories.insertFile(w, file(reuters(2, 'Harbour thawing.'))),
        ...f.stories.insertFile(w, file(wireStory({ uri: 'u:new-2', headline: 'Fresh two', body: ['Quarry closed.'] }))),
        ...f.stories.insertFile(w, file(reuters(3, 'Harbour open again.'))),
      ]);
      expect(stored.map((s) => s.outcome)).toEqual(['added', 'updated', 'added', 'updated']);
      expect(count(f, 'story_search')).toBe(3);
      expect(searchIds(f, 'harbour')).toEqual([old!.id]);
      expect(searchIds(f, 'thawing OR frozen')).toEqual([]);
      expect(searchIds(f, 'again')).toEqual([old!.id]);
      expect(searchIds(f, 'quarry')).toEqual([stored[2]!.id, stored[0]!.id]);
      // FTS5 throws when its index and its content disagree.
      expect(() => f.archive.db.prepare("INSERT INTO story_search (story_search) VALUES ('integrity-check')").run()).not.toThrow();
    } finally {
      f.archive.close();
    }
  });

  it('keeps a stale version that arrives late in the chain without letting it replace the current one', () => {
    const f = fixture();
    try {
      const [v1] = f.stories.storeFile(file(reuters(1, 'First take.')));
      f.stories.storeFile(file(reuters(3, 'Third take, the latest.')));
      const [late] = f.stories.storeFile(file(reuters(2, 'Second take, delayed in transit.')));
      expect(late).toMatchObject({ id: v1!.id, outcome: 'updated', version: 2 });

      const detail = f.stories.get(v1!.id)!;
      expect(detail.versions.map((v) => v.version)).toEqual([1, 2, 3]);
      expect(detail.story.body).toEqual(['Third take, the latest.']);
      expect(searchIds(f, 'delayed')).toEqual([]);
      expect(searchIds(f, 'latest')).toEqual([v1!.id]);
      // Any version can still be read.
      expect(f.stories.get(v1!.id, late!.versionId)?.story.body).toEqual(['Second take, delayed in transit.']);
      expect(f.stories.get(v1!.id, late!.versionId)?.version.version).toBe(2);
    } finally {
      f.archive.close();
    }
  });

  it('numbers a version that carries no number after the newest, and one whose number is taken by different copy too', () => {
    const f = fixture();
    try {
      const [first] = f.stories.storeFile(file(reuters(4, 'Take four.')));
      const [unnumbered] = f.stories.storeFile(file(reuters(undefined, 'A writethru without a number.')));
      const [clash] = f.stories.storeFile(file(reuters(4, 'Take four, resent with a change.')));
      expect(unnumbered).toMatchObject({ id: first!.id, outcome: 'updated', version: 5 });
      expect(clash).toMatchObject({ id: first!.id, outcome: 'updated', version: 6 });
      expect(f.stories.get(first!.id)?.story.body).toEqual(['Take four, resent with a change.']);
    } finally {
      f.archive.close();
    }
  });

  it('takes the same version again, from other bytes, as a duplicate and stores nothing', () => {
    const f = fixture();
    try {
      const [first] = f.stories.storeFile(file(reuters(7, 'Same copy.')));
      const ops = count(f, 'ops');
      const [again] = f.stories.storeFile(file(reuters(7, 'Same copy.')));
      expect(again).toMatchObject({ id: first!.id, versionId: first!.versionId, outcome: 'duplicate' });
      expect(count(f, 'story_versions')).toBe(1);
      expect(count(f, 'blobs')).toBe(1);
      expect(count(f, 'ops')).toBe(ops);
    } finally {
      f.archive.close();
    }
  });

  it('keeps stories of different providers apart even when their uris collide, and stories without a uri always apart', () => {
    const f = fixture();
    try {
      const [reutersStory] = f.stories.storeFile(file(wireStory({ uri: 'a0123', provider: 'Reuters', headline: 'R', body: ['r'] })));
      const [apStory] = f.stories.storeFile(file(wireStory({ uri: 'a0123', provider: 'AP', headline: 'A', body: ['a'] })));
      const [reutersAgain] = f.stories.storeFile(file(wireStory({ uri: 'a0123', provider: 'reuters', headline: 'R2', body: ['r2'] })));
      expect(apStory!.id).not.toBe(reutersStory!.id);
      expect(reutersAgain).toMatchObject({ id: reutersStory!.id, outcome: 'updated' });
      const plain = [1, 2].map(() => f.stories.storeFile(file(wireStory({ headline: 'No uri', body: ['Same text.'] })))[0]!);
      expect(plain.map((p) => p.outcome)).toEqual(['added', 'added']);
      expect(count(f, 'stories')).toBe(4);
    } finally {
      f.archive.close();
    }
  });

  it('logs a new version as one op and keeps its fields, the story text once, in the row', () => {
    const f = fixture();
    try {
      f.stories.storeFile(file(reuters(1, 'One.')));
      const [second] = f.stories.storeFile(file(reuters(2, 'Two.')));
      const ops = f.archive.db
        .prepare("SELECT field, value FROM ops WHERE entity = 'story_version' AND entity_id = ? ORDER BY hlc")
        .all(second!.versionId) as Array<{ field: string; value: string | null }>;
      expect(ops).toEqual([{ field: RECORD_FIELD, value: null }]);
      const row = f.archive.db.prepare('SELECT story_id, version, story_json FROM story_versions WHERE id = ?').get(second!.versionId) as Record<string, unknown>;
      expect(row).toMatchObject({ story_id: second!.id, version: 2 });
      expect(JSON.parse(String(row.story_json))).toMatchObject({ body: ['Two.'], uri: URI });
    } finally {
      f.archive.close();
    }
  });
});

describe('kills, corrections, holds and embargoes', () => {
  it('marks a story killed by a kill, and keeps it killed whatever arrives after it', () => {
    const f = fixture();
    try {
      const [story] = f.stories.storeFile(file(reuters(1, 'Original.')));
      f.stories.storeFile(file(reuters(2, 'KILL: this story is withdrawn.', { pubStatus: 'canceled', signals: ['kill'] })));
      expect(f.stories.get(story!.id)?.state).toBe('killed');
      f.stories.storeFile(file(reuters(3, 'A later update that says nothing of the kill.')));
      const detail = f.stories.get(story!.id)!;
      expect(detail.state).toBe('killed');
      expect(detail.versions.map((v) => [v.version, v.pubStatus, v.signals])).toEqual([
        [1, 'usable', []],
        [2, 'canceled', ['kill']],
        [3, 'usable', []],
      ]);
      expect(createStorySearch(f.archive)({ query: 'update', limit: 5 }).items[0]).toMatchObject({ id: story!.id, state: 'killed', versionCount: 3 });
    } finally {
      f.archive.close();
    }
  });

  it('reads a withdrawal signal or a stale kill arriving late as a kill too', () => {
    const f = fixture();
    try {
      const [withdrawn] = f.stories.storeFile(file(wireStory({ uri: 'u:1', headline: 'W', body: ['w'], version: 1 })));
      f.stories.storeFile(file(wireStory({ uri: 'u:1', headline: 'W', body: ['gone'], version: 2, signals: ['sig:withdrawal'] })));
      expect(f.stories.get(withdrawn!.id)?.state).toBe('killed');

      const [late] = f.stories.storeFile(file(wireStory({ uri: 'u:2', headline: 'L', body: ['current'], version: 5 })));
      f.stories.storeFile(file(wireStory({ uri: 'u:2', headline: 'L', body: ['kill'], version: 4, pubStatus: 'canceled' })));
      expect(f.stories.get(late!.id)?.state).toBe('killed');
    } finally {
      f.archive.close();
    }
  });

  it('shows a correction as corrected, and a hold as withheld until a usable version releases it', () => {
    const f = fixture();
    try {
      const [corrected] = f.stories.storeFile(file(wireStory({ uri: 'c:1', headline: 'C', body: ['c'], version: 1 })));
      f.stories.storeFile(file(wireStory({ uri: 'c:1', headline: 'C', body: ['c fixed'], version: 2, signals: ['correction'] })));
      expect(f.stories.get(corrected!.id)?.state).toBe('corrected');

      const [held] = f.stories.storeFile(file(wireStory({ uri: 'h:1', headline: 'H', body: ['h'], version: 1, pubStatus: 'withheld' })));
      expect(f.stories.get(held!.id)?.state).toBe('withheld');
      f.stories.storeFile(file(wireStory({ uri: 'h:1', headline: 'H', body: ['h released'], version: 2 })));
      expect(f.stories.get(held!.id)?.state).toBe('usable');
    } finally {
      f.archive.close();
    }
  });

  it('shows an embargo until the clock passes it, without a write, and never loses it to an update that omits it', () => {
    const f = fixture();
    try {
      const lifts = '2024-01-02T08:00:00+01:00';
      const [story] = f.stories.storeFile(file(reuters(1, 'Embargoed results.', { embargoedUntil: lifts })));
      f.stories.storeFile(file(reuters(2, 'Embargoed results, updated.')));
      const search = createStorySearch(f.archive, { now: () => f.clock.now });
      expect(f.stories.get(story!.id)?.state).toBe('embargoed');
      // The reading pane and the rights check read the same embargo as the list, though the current version omits it.
      const detail = f.stories.get(story!.id);
      expect(detail?.story.embargoedUntil).toBeUndefined();
      expect(detail?.embargoedUntil).toBe('2024-01-02T07:00:00.000Z');
      expect(search({ query: '', limit: 5 }).items[0]).toMatchObject({ state: 'embargoed', embargoedUntil: '2024-01-02T07:00:00.000Z' });

      const ops = count(f, 'ops');
      f.clock.now = Date.parse('2024-01-02T07:00:00.001Z');
      expect(f.stories.get(story!.id)?.state).toBe('usable');
      expect(search({ query: '', limit: 5 }).items[0]).toMatchObject({ state: 'usable', embargoedUntil: '2024-01-02T07:00:00.000Z' });
      expect(count(f, 'ops')).toBe(ops);
    } finally {
      f.archive.close();
    }
  });
});

describe('migrations on an archive from before versions were linked', () => {
  it('keeps every story and gives it a state, a version count, list columns and the new tables', () => {
    const dir = makeTempDir();
    const oldMigrations = path.join(dir, 'migrations-001');
    fs.mkdirSync(oldMigrations);
    const [first] = loadMigrations(defaultMigrationsDir);
    fs.writeFileSync(path.join(oldMigrations, first!.name), first!.sql);

    const target = path.join(dir, 'archive.sqlite');
    const old = openArchive(target, { migrationsDir: oldMigrations });
    old.db
      .prepare(
        `INSERT INTO stories (id, site, hlc, received_at, uri) VALUES ('s1', ?, 'h', '2023-01-01T00:00:00.000Z', NULL)`,
      )
      .run(old.siteId);
    old.db.prepare(`INSERT INTO blobs (sha256, bytes) VALUES ('x', X'00')`).run();
    const story = wireStory({ headline: 'Old story', body: ['From last year.'], embargoedUntil: '2023-01-05T10:00:00Z' });
    old.db
      .prepare(
        `INSERT INTO story_versions (id, site, hlc, story_id, version, file_name, sha256, byte_length, format, received_at,
           story_json, headline, headline_derived, pub_status)
         VALUES ('v1', ?, 'h', 's1', 1, 'old.txt', 'x', 1, 'text', '2023-01-01T00:00:00.000Z', ?, 'Old story', 0, 'usable')`,
      )
      .run(old.siteId, JSON.stringify(story));
    old.db.prepare(`INSERT INTO story_search (rowid, headline, body) VALUES (1, 'Old story', 'From last year.')`).run();
    expect(old.schemaVersion).toBe(1);
    old.close();

    const archive = openArchive(target);
    try {
      expect(archive.schemaVersion).toBe(loadMigrations(defaultMigrationsDir).length);
      const stories = createStoryRepository(archive, { now: () => Date.UTC(2023, 0, 2) });
      expect(stories.get('s1')).toMatchObject({ state: 'embargoed', story: { headline: 'Old story' } });
      const [row] = createStorySearch(archive, { now: () => Date.UTC(2023, 0, 2) })({ query: 'year', limit: 5 }).items;
      expect(row).toMatchObject({ id: 's1', versionCount: 1, state: 'embargoed', embargoedUntil: '2023-01-05T10:00:00.000Z' });
      for (const table of ['ingest_log', 'settings', 'saved_searches']) expect(count({ archive } as Fixture, table)).toBe(0);
      const inJanuary = createStorySearch(archive, { now: () => Date.UTC(2023, 0, 2) });
      expect(inJanuary({ query: '', limit: 5, filters: { states: ['usable'] } }).items).toEqual([]);
      expect(inJanuary({ query: '', limit: 5, filters: { states: ['embargoed'] } }).items.map((i) => i.id)).toEqual(['s1']);
    } finally {
      archive.close();
    }
  });
});
