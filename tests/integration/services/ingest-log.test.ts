import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/api/contract.ts';
import { dispatch } from '../../../shared/api/dispatch.ts';
import type { ApiError } from '../../../shared/api/errors.ts';
import { parseWire } from '../../../shared/wire/parse.ts';
import { openArchive } from '../../../db/archive.ts';
import { createIngestLog } from '../../../db/repositories/ingest-log.ts';
import { createStoryRepository } from '../../../db/repositories/stories.ts';
import { createEventHub } from '../../../electron/services/event-hub.ts';
import { createIngest } from '../../../electron/services/ingest.ts';
import { makeTempDir } from '../db/support.ts';
import { agencyCopy, recordEvents, testServices } from './support.ts';

const b64 = (text: string) => Buffer.from(text).toString('base64');

async function logPage(handlers: Parameters<typeof dispatch>[0], input: Record<string, unknown> = {}) {
  return methods['ingest.log'].output.parse(await dispatch(handlers, 'ingest.log', input));
}

describe('the ingest log through the services', () => {
  it('logs every file from every source with its outcome and reasons, newest first', async () => {
    const { services, dataDir } = testServices();
    const events = recordEvents(services);
    const h = services.handlers;
    const incoming = path.join(dataDir, '..', 'incoming');
    fs.mkdirSync(incoming);
    const empty = path.join(incoming, 'empty.txt');
    const good = path.join(incoming, 'seal.txt');
    fs.writeFileSync(empty, '');
    fs.writeFileSync(good, agencyCopy('seal'));

    const imported = await dispatch(h, 'ingest.file', { name: 'whale.txt', dataBase64: b64(agencyCopy('whale')) });
    const dropped = await dispatch(h, 'ingest.file', { name: 'whale again.txt', dataBase64: b64(agencyCopy('whale')), source: 'drop' });
    const fromCli = await services.ingestPaths([empty, good], undefined, { source: 'cli' });
    expect([imported, dropped].map((r) => methods['ingest.file'].output.parse(r).status)).toEqual(['added', 'duplicate']);

    const page = await logPage(h);
    expect(page.entries.map((e) => [e.source, e.file, e.status, e.code])).toEqual([
      ['cli', good, 'added', null],
      ['cli', empty, 'rejected', 'empty'],
      ['drop', 'whale again.txt', 'duplicate', null],
      ['import', 'whale.txt', 'added', null],
    ]);
    const [seal, rejected, duplicate, whale] = page.entries;
    expect(rejected?.error).toMatch(new RegExp(`^${empty.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .{10,}`));
    expect(seal).toMatchObject({ storyIds: fromCli[1]?.storyIds, versionIds: fromCli[1]?.versionIds, error: null });
    expect(duplicate?.storyIds).toEqual(whale?.storyIds);
    expect(duplicate?.versionIds).toEqual(whale?.versionIds);
    for (const e of page.entries) expect(Date.parse(e.at)).not.toBeNaN();

    const logged = events.filter((e) => e.event === 'ingest.logged').flatMap((e) => (e.payload as { entryIds: string[] }).entryIds);
    expect(new Set(logged)).toEqual(new Set(page.entries.map((e) => e.id)));
  });

  it('pages with a cursor, lists rejected files only on request, and refuses a forged cursor', async () => {
    const { services } = testServices({ maxFileBytes: 2048 });
    const h = services.handlers;
    for (const word of ['one', 'two', 'three']) await dispatch(h, 'ingest.file', { name: `${word}.txt`, dataBase64: b64(agencyCopy(word)) });
    await dispatch(h, 'ingest.file', { name: 'blank.txt', dataBase64: b64('   \n') });
    await dispatch(h, 'ingest.file', { name: 'huge.txt', dataBase64: b64('x'.repeat(4096)) });

    const first = await logPage(h, { limit: 2 });
    const second = await logPage(h, { limit: 2, cursor: first.nextCursor });
    const third = await logPage(h, { limit: 2, cursor: second.nextCursor });
    expect([...first.entries, ...second.entries, ...third.entries].map((e) => e.file)).toEqual(['huge.txt', 'blank.txt', 'three.txt', 'two.txt', 'one.txt']);
    expect(third.nextCursor).toBeNull();

    const rejected = await logPage(h, { rejectedOnly: true });
    expect(rejected.entries.map((e) => [e.file, e.code])).toEqual([
      ['huge.txt', 'too-large'],
      ['blank.txt', 'empty'],
    ]);
    expect(rejected.entries[0]?.error).toMatch(/^huge\.txt: the file is 4\.0 KB/);

    const forged = await dispatch(h, 'ingest.log', { cursor: 'DROP TABLE' }).catch((err: ApiError) => err);
    expect((forged as ApiError).code).toBe('bad-input');
  });

  it("keeps the parser's notes on items that are not stories, and says why a file of only such items is rejected", () => {
    const archive = openArchive(path.join(makeTempDir(), 'archive.sqlite'));
    try {
      const log = createIngestLog(archive);
      const note = 'a NewsML-G2 package item (urn:newsml:example.com:pkg1), not a story';
      const parse = (bytes: Uint8Array) => {
        const text = new TextDecoder().decode(bytes);
        if (text.startsWith('PACKAGE ONLY')) return { ok: true as const, format: 'newsml-g2', stories: [], notes: [note] };
        const result = parseWire(bytes);
        return result.ok ? { ...result, notes: [note] } : result;
      };
      const ingest = createIngest({ archive, stories: createStoryRepository(archive), log, events: createEventHub(), maxFileBytes: 1 << 20, parse });
      const withStory = ingest.ingestBytes('message.xml', new TextEncoder().encode(agencyCopy('pelican')));
      const packageOnly = ingest.ingestBytes('package.xml', new TextEncoder().encode('PACKAGE ONLY'));
      expect(withStory.status).toBe('added');
      expect(packageOnly).toMatchObject({ status: 'rejected', code: 'no-story' });
      expect(packageOnly.error).toContain(note);
      expect(log.list({ limit: 5 }).entries.map((e) => [e.file, e.notes])).toEqual([
        ['package.xml', [note]],
        ['message.xml', [note]],
      ]);
    } finally {
      archive.close();
    }
  });
});
