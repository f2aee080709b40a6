import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { events, methods } from '../../../shared/api/contract.ts';
import { dispatch } from '../../../shared/api/dispatch.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import { openArchive } from '../../../db/archive.ts';
import { createStoryRepository } from '../../../db/repositories/stories.ts';
import { openServices } from '../../../electron/services/open-services.ts';
import type { OpenServicesOptions, Services } from '../../../electron/services/services.ts';
import { efeSample } from '../../support/paths.ts';
import { makeTempDir } from '../db/support.ts';

async function withServices(run: (s: Services, dataDir: string) => Promise<void>, extra: Partial<OpenServicesOptions> = {}) {
  const dataDir = path.join(makeTempDir(), 'Copydesk');
  const s = openServices({ dataDir, host: 'electron', ...extra });
  try {
    await run(s, dataDir);
  } finally {
    await s.close();
  }
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    return err as ApiError;
  }
  throw new Error('expected the call to fail');
}

describe('the services behind the contract', () => {
  it('report the archive in app.info, creating its folder on first start', () =>
    withServices(async (s, dataDir) => {
      const info = methods['app.info'].output.parse(await dispatch(s.handlers, 'app.info', {}));
      expect(info).toMatchObject({ dataDir, storyCount: 0, host: 'electron', maxFileBytes: 20 * 1024 * 1024 });
      expect(info.siteId).toMatch(/^[0-9a-f]{16}$/);
      expect(info.appVersion).toMatch(/^\d+\.\d+\.\d+/);
      expect(fs.existsSync(path.join(dataDir, 'archive.sqlite'))).toBe(true);
    }));

  it('ingest a dropped file from base64, log it, and tell listeners the archive and the log changed', () =>
    withServices(async (s) => {
      const seen: Array<[string, unknown]> = [];
      s.subscribe((event, payload) => seen.push([event, events[event].parse(payload)]));
      const bytes = fs.readFileSync(efeSample);
      const result = methods['ingest.file'].output.parse(
        await dispatch(s.handlers, 'ingest.file', { name: 'EFE putin.txt', dataBase64: bytes.toString('base64') }),
      );
      expect(result).toMatchObject({ file: 'EFE putin.txt', status: 'added' });
      const log = methods['ingest.log'].output.parse(await dispatch(s.handlers, 'ingest.log', {}));
      expect(log.entries).toHaveLength(1);
      expect(log.entries[0]).toMatchObject({ file: 'EFE putin.txt', source: 'import', status: 'added', storyIds: result.storyIds });
      expect(seen).toEqual([
        ['archive.changed', { storyIds: result.storyIds }],
        ['ingest.logged', { entryIds: [log.entries[0]?.id] }],
      ]);
    }));

  it('return the parsed story with the sha256 of its original bytes, which are kept verbatim', () =>
    withServices(async (s, dataDir) => {
      const [added] = await s.ingestPaths([efeSample]);
      const id = added!.storyIds[0]!;
      const detail = methods['story.get'].output.parse(await dispatch(s.handlers, 'story.get', { id }));
      const bytes = fs.readFileSync(efeSample);
      const sha256 = createHash('sha256').update(bytes).digest('hex');

      expect(detail.id).toBe(id);
      expect(detail.version).toMatchObject({
        version: 1,
        fileName: path.basename(efeSample),
        sha256,
        byteLength: bytes.length,
        format: 'text',
      });
      expect(detail.versions).toEqual([detail.version]);
      expect(detail.story.body.some((p) => p.includes('largest supplier of opiates'))).toBe(true);
      expect(detail.story.headline.length).toBeGreaterThan(0);

      await s.close();
      const archive = openArchive(path.join(dataDir, 'archive.sqlite'));
      try {
        expect(Buffer.from(createStoryRepository(archive).blob(sha256)!).equals(bytes)).toBe(true);
      } finally {
        archive.close();
      }
    }));

  it('answer not-found for an unknown story and bad-input for a forged cursor', () =>
    withServices(async (s) => {
      const missing = await rejection(dispatch(s.handlers, 'story.get', { id: 'no-such-story' }));
      expect(missing).toBeInstanceOf(ApiError);
      expect(missing.code).toBe('not-found');
      expect(missing.message).toContain('no-such-story');

      const forged = await rejection(dispatch(s.handlers, 'archive.search', { query: 'x', cursor: 'DROP TABLE' }));
      expect(forged.code).toBe('bad-input');
    }));

  it('search newest first and survive hostile queries through the contract', () =>
    withServices(async (s) => {
      await s.ingestPaths([efeSample]);
      for (const query of ['"', 'headline:', '(', '*', '🙂', "'; DROP TABLE stories; --"]) {
        const page = methods['archive.search'].output.parse(await dispatch(s.handlers, 'archive.search', { query }));
        expect(page.nextCursor, query).toBeNull();
      }
      const phrase = await dispatch(s.handlers, 'archive.search', { query: '"Vladimir Putin"' });
      expect(methods['archive.search'].output.parse(phrase).total).toBe(1);
      const reversed = await dispatch(s.handlers, 'archive.search', { query: '"Putin Vladimir"' });
      expect(methods['archive.search'].output.parse(reversed).total).toBe(0);
      const info = methods['app.info'].output.parse(await dispatch(s.handlers, 'app.info', {}));
      expect(info.storyCount).toBe(1);
    }));

  it('answer every hostile query the issue names with results or a notice, never an error', () =>
    withServices(async (s) => {
      await s.ingestPaths([efeSample]);
      const hostile = ['"quoted', 'headline:', 'by:"', '((putin', 'putin))', '*', '🙂', "' OR 1=1; DROP TABLE stories; --", 'NOT', '-putin', 'a OR', '\u0000'];
      for (const query of hostile) {
        const page = methods['archive.search'].output.parse(await dispatch(s.handlers, 'archive.search', { query, facets: true, sort: 'relevance' }));
        // The output parses against the contract (above) and carries its facets: the search ran to the end.
        expect(page.facets?.basis, query).toBeTypeOf('number');
      }
      const unbalanced = methods['archive.search'].output.parse(await dispatch(s.handlers, 'archive.search', { query: '((putin' }));
      expect(unbalanced.total).toBe(1);
      expect(unbalanced.notice).toMatch(/closed/);
      const onlyNot = methods['archive.search'].output.parse(await dispatch(s.handlers, 'archive.search', { query: '-putin' }));
      expect(onlyNot.notice).toMatch(/exclusion/i);
      // Filters the contract does not know are refused as bad input, naming the field.
      const bad = await rejection(dispatch(s.handlers, 'archive.search', { query: '', filters: { states: ['lost'] } }));
      expect(bad).toMatchObject({ code: 'bad-input' });
      expect(bad.message).toMatch(/states/);
    }));

  it('spike and restore stories and keep saved searches, telling listeners', () =>
    withServices(async (s) => {
      const [result] = await s.ingestPaths([efeSample]);
      const id = result!.storyIds[0]!;
      const seen: string[] = [];
      s.subscribe((event) => seen.push(event));
      expect(await dispatch(s.handlers, 'story.spike', { ids: [id], spiked: true })).toEqual({ changed: 1 });
      expect(seen).toContain('archive.changed');
      expect(methods['archive.search'].output.parse(await dispatch(s.handlers, 'archive.search', { query: '' })).items).toEqual([]);
      const spikedView = methods['archive.search'].output.parse(await dispatch(s.handlers, 'archive.search', { query: '', filters: { spiked: true } }));
      expect(spikedView.items.map((i) => [i.id, i.spiked])).toEqual([[id, true]]);
      expect(methods['story.get'].output.parse(await dispatch(s.handlers, 'story.get', { id })).spiked).toBe(true);
      expect(await dispatch(s.handlers, 'story.spike', { ids: [id], spiked: false })).toEqual({ changed: 1 });

      const saved = methods['searches.save'].output.parse(await dispatch(s.handlers, 'searches.save', { name: ' Putin ', query: 'putin', filters: { providers: ['EFE'] } }));
      expect(saved).toMatchObject({ name: 'Putin', sort: 'newest', filters: { providers: ['EFE'] } });
      expect(seen).toContain('searches.changed');
      expect(methods['searches.list'].output.parse(await dispatch(s.handlers, 'searches.list', {})).searches).toEqual([saved]);
      expect(await dispatch(s.handlers, 'searches.delete', { id: saved.id })).toEqual({ deleted: true });
      expect(methods['searches.list'].output.parse(await dispatch(s.handlers, 'searches.list', {})).searches).toEqual([]);
    }));

  it('refuse an upload over the limit from its base64 length, and one that is not base64', () =>
    withServices(
      async (s) => {
        const big = Buffer.alloc(2049, 'a').toString('base64');
        const result = methods['ingest.file'].output.parse(await dispatch(s.handlers, 'ingest.file', { name: 'big.txt', dataBase64: big }));
        expect(result).toMatchObject({ status: 'rejected', code: 'too-large' });
        expect(result.error).toMatch(/^big\.txt: /);

        const garbage = await rejection(dispatch(s.handlers, 'ingest.file', { name: 'x.txt', dataBase64: 'not base64!' }));
        expect(garbage.code).toBe('bad-input');
        expect(garbage.message).toContain('x.txt');
      },
      { maxFileBytes: 2048 },
    ));
});
