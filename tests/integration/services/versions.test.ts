import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/api/contract.ts';
import { dispatch } from '../../../shared/api/dispatch.ts';
import { parseWire } from '../../../shared/wire/parse.ts';
import type { ParseResult } from '../../../shared/wire/types.ts';
import { openArchive } from '../../../db/archive.ts';
import { createIngestLog } from '../../../db/repositories/ingest-log.ts';
import { createStoryRepository } from '../../../db/repositories/stories.ts';
import { createEventHub } from '../../../electron/services/event-hub.ts';
import { createIngest } from '../../../electron/services/ingest.ts';
import { samplesDir } from '../../support/paths.ts';
import { makeTempDir } from '../db/support.ts';
import { agencyCopy, testServices } from './support.ts';

/** Two versions of one Reuters story as NewsML-G2: 978556838 usable, then 1542761538 canceled (a kill). */
const reutersG2 = (version: string) => path.join(samplesDir, 'wire/newsml-g2', `tag_reuters.com_2016_newsml_L1N14N0FF_version_${version}`);
const usable = reutersG2('978556838');
const killed = reutersG2('1542761538');

function expectParserReadsG2(): void {
  const parsed = parseWire(fs.readFileSync(usable));
  const why = parsed.ok ? '' : `${parsed.error.code}: ${parsed.error.message}`;
  expect(parsed.ok, `parseWire does not read NewsML-G2 yet (${why}); this test needs the G2 parser wired into shared/wire/parse.ts`).toBe(true);
}

describe('the Reuters story in two versions, end to end', () => {
  it('becomes one story with two versions, killed by the second', async () => {
    expectParserReadsG2();
    const { services } = testServices();
    const [first] = await services.ingestPaths([usable]);
    const [second] = await services.ingestPaths([killed]);
    expect(first).toMatchObject({ status: 'added' });
    expect(second).toMatchObject({ status: 'updated', storyIds: first?.storyIds });
    expect(second?.versionIds).toHaveLength(1);

    const id = first!.storyIds[0]!;
    const detail = methods['story.get'].output.parse(await dispatch(services.handlers, 'story.get', { id }));
    expect(detail.state).toBe('killed');
    expect(detail.versions.map((v) => [v.version, v.pubStatus])).toEqual([
      [978556838, 'usable'],
      [1542761538, 'canceled'],
    ]);
    expect(detail.version.id).toBe(second?.versionIds?.[0]);
    const older = methods['story.get'].output.parse(await dispatch(services.handlers, 'story.get', { id, versionId: first!.versionIds![0]! }));
    expect(older.story.pubStatus).toBe('usable');

    const list = methods['archive.search'].output.parse(await dispatch(services.handlers, 'archive.search', { query: '' }));
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id, state: 'killed', versionCount: 2 });
    const log = methods['ingest.log'].output.parse(await dispatch(services.handlers, 'ingest.log', {}));
    expect(log.entries.map((e) => [path.basename(e.file), e.status])).toEqual([
      [path.basename(killed), 'updated'],
      [path.basename(usable), 'added'],
    ]);
  });

  it('stays killed when the older usable version arrives after the kill, which stays current', async () => {
    expectParserReadsG2();
    const { services } = testServices();
    const [kill] = await services.ingestPaths([killed]);
    const [late] = await services.ingestPaths([usable]);
    expect(late).toMatchObject({ status: 'updated', storyIds: kill?.storyIds });
    const detail = methods['story.get'].output.parse(await dispatch(services.handlers, 'story.get', { id: kill!.storyIds[0]! }));
    expect(detail).toMatchObject({ state: 'killed', version: { version: 1542761538 } });
    expect(detail.versions).toHaveLength(2);
    const again = await services.ingestPaths([usable, killed]);
    expect(again.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
  });
});

/**
 * A parser stand-in for formats that carry identity: "[urn:x v2 kill]" in the
 * copy gives the story that uri, version and status (the plain-text parser
 * reads the rest).
 */
function parseWithIdentity(bytes: Uint8Array): ParseResult {
  const result = parseWire(bytes);
  const m = /\[(urn:\S+) v(\d+)( kill| correction)?\]/.exec(new TextDecoder().decode(bytes));
  if (!result.ok || !m) return result;
  const signal = m[3]?.trim();
  return {
    ...result,
    stories: result.stories.map((s) => ({
      ...s,
      uri: m[1],
      version: Number(m[2]),
      ...(signal === 'kill' ? { pubStatus: 'canceled' as const, signals: ['kill'] } : {}),
      ...(signal === 'correction' ? { signals: ['correction'] } : {}),
    })),
  };
}

describe('updates through the ingest service', () => {
  it('reports a new version as updated, announces the story as changed and logs it', async () => {
    const archive = openArchive(path.join(makeTempDir(), 'archive.sqlite'));
    try {
      const stories = createStoryRepository(archive);
      const events = createEventHub();
      const seen: Array<[string, unknown]> = [];
      events.subscribe((event, payload) => seen.push([event, payload]));
      const log = createIngestLog(archive);
      const ingest = createIngest({ archive, stories, log, events, maxFileBytes: 1 << 20, parse: parseWithIdentity });
      const bytes = (text: string) => new TextEncoder().encode(text);

      const first = ingest.ingestBytes('ferry.txt', bytes(`${agencyCopy('ferry')}[urn:lusa:1 v1]\n`));
      const second = ingest.ingestBytes('ferry-corrected.txt', bytes(`${agencyCopy('ferry, corrected')}[urn:lusa:1 v2 correction]\n`), { source: 'drop' });
      expect(first.status).toBe('added');
      expect(second).toMatchObject({ status: 'updated', storyIds: first.storyIds });
      expect(second.versionIds).toHaveLength(1);
      expect(second.versionIds).not.toEqual(first.versionIds);
      expect(stories.get(first.storyIds[0]!)).toMatchObject({ state: 'corrected', versions: [{ version: 1 }, { version: 2 }] });
      expect(seen.filter(([e]) => e === 'archive.changed')).toEqual([
        ['archive.changed', { storyIds: first.storyIds }],
        ['archive.changed', { storyIds: first.storyIds }],
      ]);
      expect(log.list({ limit: 1 }).entries[0]).toMatchObject({ source: 'drop', status: 'updated', file: 'ferry-corrected.txt', versionIds: second.versionIds });

      const kill = ingest.ingestBytes('ferry-kill.txt', bytes(`${agencyCopy('ferry withdrawn')}[urn:lusa:1 v3 kill]\n`));
      ingest.ingestBytes('ferry-v4.txt', bytes(`${agencyCopy('ferry again')}[urn:lusa:1 v4]\n`));
      expect(kill.status).toBe('updated');
      expect(stories.get(first.storyIds[0]!)?.state).toBe('killed');
    } finally {
      archive.close();
    }
  });
});
