import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../../db/archive.ts';
import { prepareStory } from '../../../db/repositories/prepared-story.ts';
import { createStoryRepository, sha256Hex } from '../../../db/repositories/stories.ts';
import { RECORD_FIELD } from '../../../db/repositories/write-path.ts';
import { parseHlc } from '../../../shared/sync/hlc.ts';
import { makeTempDir, wireStory } from './support.ts';

interface OpRow {
  hlc: string;
  site: string;
  entity: string;
  entity_id: string;
  field: string;
  value: unknown;
}

function ops(archive: Archive): OpRow[] {
  return archive.db.prepare('SELECT hlc, site, entity, entity_id, field, value FROM ops ORDER BY rowid').all() as OpRow[];
}

function count(archive: Archive, table: string): number {
  return archive.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

function open(file?: string, now?: () => number): Archive {
  const archive = openArchive(file ?? path.join(makeTempDir(), 'archive.sqlite'), now ? { now } : {});
  return archive;
}

const file = (text: string, headline: string, extra: Partial<Parameters<typeof wireStory>[0]> = {}) => ({
  fileName: `${headline}.txt`,
  bytes: new TextEncoder().encode(text),
  format: 'text',
  stories: [prepareStory(wireStory({ headline, body: [text], ...extra }))],
  receivedAt: '2024-05-01T09:30:00.000Z',
});

describe('the one write path', () => {
  it('stamps each new record with a unique id, the site id and a clock time, and logs every field', () => {
    const archive = open();
    try {
      const [stored] = createStoryRepository(archive).storeFile(file('Body text.', 'Quake hits coast', { uri: 'urn:x:1' }));
      const story = archive.db.prepare('SELECT id, site, hlc, uri FROM stories').get() as Record<string, string>;
      expect(story.id).toBe(stored!.id);
      expect(story.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(story.site).toBe(archive.siteId);

      // A new record is logged whole: one op, field '*', every field in a JSON object.
      const log = ops(archive);
      const storyOps = log.filter((o) => o.entity === 'story' && o.entity_id === story.id);
      expect(storyOps.map((o) => [o.field, JSON.parse(String(o.value))])).toEqual([
        [RECORD_FIELD, { received_at: '2024-05-01T09:30:00.000Z', uri: 'urn:x:1', spiked: 0 }],
      ]);
      // A wire version never changes: its op marks the creation and the row keeps the fields, its text stored once.
      const version = archive.db.prepare('SELECT * FROM story_versions').get() as Record<string, unknown>;
      const versionOps = log.filter((o) => o.entity === 'story_version' && o.entity_id === version.id);
      expect(versionOps.map((o) => [o.field, o.value])).toEqual([[RECORD_FIELD, null]]);
      expect(version.hlc).toBe(versionOps[0]?.hlc);
      expect(version.byte_length).toBe(10);
      expect(version.sha256).toBe(sha256Hex(new TextEncoder().encode('Body text.')));
      expect(JSON.parse(String(version.story_json))).toMatchObject({ headline: 'Quake hits coast', body: ['Body text.'] });

      for (const op of log) {
        expect(op.site).toBe(archive.siteId);
        expect(parseHlc(op.hlc)?.site).toBe(archive.siteId);
      }
      const stamps = log.map((o) => o.hlc);
      expect(new Set(stamps).size).toBe(stamps.length);
      expect([...stamps].sort()).toEqual(stamps);
      // The record carries the stamp of its latest change; the clock is saved with it.
      expect(story.hlc).toBe(storyOps.at(-1)?.hlc);
      expect(archive.db.prepare("SELECT value FROM meta WHERE key = 'hlc'").pluck().get()).toBe(stamps.at(-1));
    } finally {
      archive.close();
    }
  });

  it('refuses to change an immutable record, and derives its summary from its fields alone, as a replica replaying it would', () => {
    const archive = open();
    try {
      const [stored] = createStoryRepository(archive).storeFile(file('Body text.', 'Quake hits coast', { language: 'en', pubStatus: 'withheld' }));
      expect(() => archive.write((w) => w.update('story_version', stored!.versionId, { file_name: 'renamed.txt' }))).toThrow(/never change/);

      const story = wireStory({ headline: 'Replayed', body: ['From another laptop.'], language: 'es', byline: 'Ana Pérez', signals: ['kill'] });
      const replayed = archive.write((w) =>
        w.insert('story_version', {
          story_id: stored!.id,
          version: 2,
          file_name: 'replayed.txt',
          sha256: sha256Hex(new TextEncoder().encode('Body text.')),
          byte_length: 10,
          format: 'text',
          received_at: '2024-05-01T09:31:00.000Z',
          story_json: JSON.stringify(story),
        }),
      );
      const columns = Object.keys(prepareStory(story).columns);
      const row = archive.db.prepare(`SELECT ${columns.join(', ')} FROM story_versions WHERE id = ?`).get(replayed.id);
      expect(row).toEqual(prepareStory(story).columns);
      expect(row).toMatchObject({ headline: 'Replayed', language: 'es', byline: 'Ana Pérez', killed: 1, pub_status: 'usable' });
    } finally {
      archive.close();
    }
  });

  it('logs only the fields an update really changes', () => {
    const archive = open();
    try {
      const [stored] = createStoryRepository(archive).storeFile(file('Body.', 'First'));
      const before = ops(archive).length;
      const changed = archive.write((w) => w.update('story', stored!.id, { uri: 'urn:new', received_at: '2024-05-01T09:30:00.000Z' }));
      expect(changed).toEqual(['uri']);
      const added = ops(archive).slice(before);
      expect(added.map((o) => [o.entity_id, o.field, o.value])).toEqual([[stored!.id, 'uri', 'urn:new']]);
      const row = archive.db.prepare('SELECT uri, hlc FROM stories WHERE id = ?').get(stored!.id) as { uri: string; hlc: string };
      expect(row).toEqual({ uri: 'urn:new', hlc: added[0]!.hlc });
      expect(archive.write((w) => w.update('story', stored!.id, { uri: 'urn:new' }))).toEqual([]);
      expect(ops(archive).length).toBe(before + 1);
    } finally {
      archive.close();
    }
  });

  it('stores nothing at all, rows or ops, when a transaction fails midway', () => {
    const archive = open();
    try {
      const stories = createStoryRepository(archive);
      expect(() =>
        archive.write((w) => {
          stories.insertFile(w, file('One.', 'Stored first'));
          stories.insertFile(w, file('Uno.', 'Stored second'));
          w.insert('story_version', {
            story_id: 'no-such-story', // the foreign key fails here, after the first story went in
            version: 1,
            file_name: 'x.txt',
            sha256: 'nope',
            byte_length: 1,
            format: 'text',
            received_at: '2024-05-01T09:30:00.000Z',
            story_json: JSON.stringify(wireStory({ headline: 'x', body: [] })),
          });
        }),
      ).toThrow(/FOREIGN KEY/);
      for (const table of ['stories', 'story_versions', 'blobs', 'ops', 'story_search']) expect(count(archive, table), table).toBe(0);
      expect(archive.db.prepare("SELECT count(*) FROM meta WHERE key = 'hlc'").pluck().get()).toBe(0);

      // The archive still works afterwards, and nothing of the failed write reaches the search index with it.
      stories.storeFile(file('Two.', 'Stored after'));
      expect(count(archive, 'stories')).toBe(1);
      expect(count(archive, 'story_search')).toBe(1);
      expect(archive.db.prepare("SELECT count(*) FROM story_search WHERE story_search MATCH 'uno OR one'").pluck().get()).toBe(0);
    } finally {
      archive.close();
    }
  });

  it('refuses a writer used outside its transaction', () => {
    const archive = open();
    try {
      const kept = archive.write((w) => w);
      expect(() => kept.insert('story', { received_at: '2024-05-01T09:30:00.000Z', uri: null, spiked: 0 })).toThrow(/inside archive.write/);
      expect(count(archive, 'stories')).toBe(0);
      expect(count(archive, 'ops')).toBe(0);
    } finally {
      archive.close();
    }
  });

  it('keeps the clock moving forward across reopen even when the wall clock steps back', () => {
    const target = path.join(makeTempDir(), 'archive.sqlite');
    let wall = Date.UTC(2024, 4, 1, 12, 0, 0);
    const first = open(target, () => wall);
    createStoryRepository(first).storeFile(file('A.', 'Before'));
    const last = ops(first).at(-1)!.hlc;
    first.close();

    wall -= 60_000; // the laptop's clock was corrected backwards by a minute
    const second = open(target, () => wall);
    try {
      createStoryRepository(second).storeFile(file('B.', 'After'));
      const newer = ops(second).filter((o) => o.hlc > last);
      expect(newer.length).toBe(ops(second).length / 2);
    } finally {
      second.close();
    }
  });

  it('two connections to one archive (the app and the CLI) never issue the same stamp', () => {
    const target = path.join(makeTempDir(), 'archive.sqlite');
    const frozen = () => Date.UTC(2024, 4, 1, 12, 0, 0);
    const app = open(target, frozen);
    const cli = open(target, frozen);
    try {
      const appStories = createStoryRepository(app);
      const cliStories = createStoryRepository(cli);
      for (let i = 0; i < 5; i++) {
        appStories.storeFile(file(`app ${i}`, `App ${i}`));
        cliStories.storeFile(file(`cli ${i}`, `Cli ${i}`));
      }
      // Ten files, each a story and its version: two ops apiece, every stamp distinct (ops.hlc is unique).
      expect(count(app, 'ops')).toBe(10 * 2);
    } finally {
      app.close();
      cli.close();
    }
  });
});
