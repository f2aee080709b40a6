import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/api/contract.ts';
import { dispatch } from '../../../shared/api/dispatch.ts';
import type { ApiError } from '../../../shared/api/errors.ts';
import { makeTempDir } from '../db/support.ts';
import { agencyCopy, recordEvents, testServices, waitFor } from './support.ts';

const MB = 1024 * 1024;

describe('settings through the services', () => {
  it('start at 20 MB and no watched folders, and keep what the editor set across a restart', async () => {
    const dataDir = path.join(makeTempDir(), 'Copydesk');
    const feed = makeTempDir();
    const first = testServices({ dataDir });
    expect(methods['settings.get'].output.parse(await dispatch(first.services.handlers, 'settings.get', {}))).toEqual({ watchedFolders: [], maxFileBytes: 20 * MB });
    const events = recordEvents(first.services);
    const updated = await dispatch(first.services.handlers, 'settings.update', { maxFileBytes: 5 * MB, watchedFolders: [feed] });
    expect(updated).toEqual({ watchedFolders: [feed], maxFileBytes: 5 * MB });
    expect(events.filter((e) => e.event === 'settings.changed').map((e) => e.payload)).toEqual([updated]);
    // Nothing changed, nothing announced.
    await dispatch(first.services.handlers, 'settings.update', { maxFileBytes: 5 * MB });
    expect(events.filter((e) => e.event === 'settings.changed')).toHaveLength(1);
    await first.services.close();

    const again = testServices({ dataDir });
    expect(await dispatch(again.services.handlers, 'settings.get', {})).toEqual({ watchedFolders: [feed], maxFileBytes: 5 * MB });
    expect(await dispatch(again.services.handlers, 'app.info', {})).toMatchObject({ maxFileBytes: 5 * MB });
  });

  it('apply a new size limit to the very next file, from disk or uploaded', async () => {
    const { services, dataDir } = testServices();
    const file = path.join(dataDir, 'story.txt');
    const text = agencyCopy('narwhal') + 'More copy. '.repeat(200);
    fs.writeFileSync(file, text);
    await dispatch(services.handlers, 'settings.update', { maxFileBytes: 1024 });
    const [fromDisk] = await services.ingestPaths([file]);
    expect(fromDisk).toMatchObject({ status: 'rejected', code: 'too-large' });
    expect(fromDisk?.error).toMatch(/up to 1\.0 KB/);
    const upload = await dispatch(services.handlers, 'ingest.file', { name: 'story.txt', dataBase64: Buffer.from(text).toString('base64') });
    expect(upload).toMatchObject({ status: 'rejected', code: 'too-large' });

    await dispatch(services.handlers, 'settings.update', { maxFileBytes: MB });
    const [later] = await services.ingestPaths([file]);
    expect(later?.status).toBe('added');
  });

  it('refuse a watched folder that is relative, missing, a file, or holds the archive, naming it', async () => {
    const { services, dataDir } = testServices();
    const aFile = path.join(makeTempDir(), 'notes.txt');
    fs.writeFileSync(aFile, 'x');
    const cases: Array<[string, RegExp]> = [
      ['feeds/reuters', /full path/],
      [path.join(makeTempDir(), 'not-there'), /no such folder/],
      [aFile, /not a folder/],
      [dataDir, /archive/],
      [path.dirname(dataDir), /archive/],
    ];
    for (const [folder, why] of cases) {
      const err = (await dispatch(services.handlers, 'settings.update', { watchedFolders: [folder] }).catch((e: ApiError) => e)) as ApiError;
      expect(err.code, folder).toBe('bad-input');
      expect(err.message).toContain(folder);
      expect(err.message).toMatch(why);
    }
    expect(await dispatch(services.handlers, 'settings.get', {})).toMatchObject({ watchedFolders: [] });
  });

  it('start watching a folder when it is added to the settings, and again after a restart', async () => {
    const dataDir = path.join(makeTempDir(), 'Copydesk');
    const feed = makeTempDir();
    const first = testServices({ dataDir, watchStabilityMs: 300 });
    await dispatch(first.services.handlers, 'settings.update', { watchedFolders: [feed] });
    fs.writeFileSync(path.join(feed, 'first.txt'), agencyCopy('orca'));
    const log = async (h: typeof first.services.handlers) => methods['ingest.log'].output.parse(await dispatch(h, 'ingest.log', {})).entries;
    await waitFor('first.txt in the ingest log', async () => (await log(first.services.handlers)).find((e) => e.file.endsWith('first.txt')));
    expect((await log(first.services.handlers))[0]).toMatchObject({ source: 'watch', status: 'added' });
    await first.services.close();

    // Dropped while Copydesk was closed: taken at the next start.
    fs.writeFileSync(path.join(feed, 'second.txt'), agencyCopy('beluga'));
    const again = testServices({ dataDir, watchStabilityMs: 300 });
    await waitFor('second.txt in the ingest log', async () => (await log(again.services.handlers)).find((e) => e.file.endsWith('second.txt')));
    expect((await log(again.services.handlers)).map((e) => [path.basename(e.file), e.status])).toEqual([
      ['second.txt', 'added'],
      ['first.txt', 'added'],
    ]);
  });
});
