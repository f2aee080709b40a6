import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { methods, type MethodInput, type MethodName, type MethodOutput } from '../../../shared/api/contract.ts';
import { dispatch } from '../../../shared/api/dispatch.ts';
import type { Services } from '../../../electron/services/services.ts';
import { EFE_NEWSEDGE } from '../../fixtures/efe-licence.ts';
import { efeSample, samplesDir } from '../../support/paths.ts';
import { makeTempDir } from '../db/support.ts';
import { agencyCopy, recordEvents, testServices } from './support.ts';

/** The rights check runs against this clock: mid-March 2026, well inside the EFE licence. */
const NOW = Date.parse('2026-03-15T12:00:00.000Z');
const profile = { name: 'Marta Gil', initials: 'mg' };

const efeNewsEdge = EFE_NEWSEDGE;

/** Two versions of one Reuters story as NewsML-G2: usable, then canceled (a kill). */
const reutersG2 = (version: string) => path.join(samplesDir, 'wire/newsml-g2', `tag_reuters.com_2016_newsml_L1N14N0FF_version_${version}`);

async function call<M extends MethodName>(services: Services, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return methods[method].output.parse(await dispatch(services.handlers, method, input)) as MethodOutput<M>;
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error('expected the call to fail');
}

function rightsServices(): Services {
  return testServices({ now: () => NOW }).services;
}

async function ingest(services: Services, file: string): Promise<{ storyId: string; warnings: string[] }> {
  const [result] = await services.ingestPaths([file]);
  const storyId = result?.storyIds[0];
  if (!storyId || (result.status !== 'added' && result.status !== 'updated')) throw new Error(`${file} was not stored: ${JSON.stringify(result)}`);
  return { storyId, warnings: result.warnings };
}

async function ingestText(services: Services, name: string, text: string): Promise<{ storyId: string; warnings: string[] }> {
  const result = await call(services, 'ingest.file', { name, dataBase64: Buffer.from(text).toString('base64') });
  const storyId = result.storyIds[0];
  if (!storyId) throw new Error(`${name} was not stored: ${JSON.stringify(result)}`);
  return { storyId, warnings: result.warnings };
}

describe('matching stories to licences', () => {
  it('matches the EFE story to the EFE/NewsEdge licence, with its credit and a plain summary', async () => {
    const services = rightsServices();
    const licence = await call(services, 'licences.create', efeNewsEdge);
    const efe = await ingest(services, efeSample);
    expect(efe.warnings.filter((w) => w.startsWith('no licence on file'))).toEqual([]);

    const rights = await call(services, 'rights.get', { storyId: efe.storyId });
    expect(rights).toMatchObject({
      storyId: efe.storyId,
      source: 'auto',
      attribution: '© 2021 EFE News Services (U.S.) Inc.',
      expiresOn: null,
      expiresSoon: false,
      restrictions: [],
      usages: [],
    });
    expect(rights.licences.map((l) => l.id)).toEqual([licence.id]);
    expect(rights.summary).toContain('Web and print until 31 Dec 2026');
    expect(rights.summary).toContain('no translation');
    expect(rights.summary?.endsWith('credit: © 2021 EFE News Services (U.S.) Inc.')).toBe(true);
  });

  it('says a story from an agency with no licence has none, at ingest and in its rights', async () => {
    const services = rightsServices();
    await call(services, 'licences.create', efeNewsEdge);
    const lusa = await ingestText(services, 'lusa.txt', agencyCopy('storm'));
    expect(lusa.warnings).toContain('no licence on file for Lusa');
    expect(await call(services, 'rights.get', { storyId: lusa.storyId })).toMatchObject({
      source: 'none',
      licences: [],
      summary: null,
      attribution: null,
    });
    const decision = await call(services, 'rights.check', { storyId: lusa.storyId, use: { channel: 'web' } });
    expect(decision).toMatchObject({ allowed: false, licence: null, attribution: null, overridable: true });
    expect(decision.reasons.map((r) => r.code)).toEqual(['no-licence']);
  });

  it('applies a licence created after the story arrived at once', async () => {
    const services = rightsServices();
    const efe = await ingest(services, efeSample);
    expect(efe.warnings).toContain('no licence on file for EFE via Acquire Media (NewsEdge)');
    expect((await call(services, 'rights.get', { storyId: efe.storyId })).source).toBe('none');

    const events = recordEvents(services);
    const licence = await call(services, 'licences.create', efeNewsEdge);
    expect(events.map((e) => e.event)).toContain('licences.changed');
    const rights = await call(services, 'rights.get', { storyId: efe.storyId });
    expect(rights.source).toBe('auto');
    expect(rights.licences.map((l) => l.id)).toEqual([licence.id]);
    expect(await call(services, 'rights.check', { storyId: efe.storyId, use: { channel: 'web' } })).toMatchObject({ allowed: true, licence: { id: licence.id } });
  });

  it('lets an editor assign a licence by hand, which wins over the match, and go back to automatic', async () => {
    const services = rightsServices();
    await call(services, 'user.set', profile);
    const newsEdge = await call(services, 'licences.create', efeNewsEdge);
    // Also EFE's: any distributor, the archive channel only.
    const archiveOnly = await call(services, 'licences.create', { ...efeNewsEdge, distributor: null, reference: 'EFE-ARCHIVE', channels: ['archive'] });
    const efe = await ingest(services, efeSample);
    const auto = await call(services, 'rights.get', { storyId: efe.storyId });
    expect(auto.licences.map((l) => l.reference)).toEqual(['EFE-NE-2026', 'EFE-ARCHIVE']);

    const events = recordEvents(services);
    const manual = await call(services, 'rights.assign', { storyId: efe.storyId, licenceId: archiveOnly.id });
    expect(events).toContainEqual({ event: 'rights.changed', payload: { storyIds: [efe.storyId] } });
    expect(manual).toMatchObject({ source: 'manual', licences: [{ id: archiveOnly.id }] });
    const web = await call(services, 'rights.check', { storyId: efe.storyId, use: { channel: 'web' } });
    expect(web).toMatchObject({ allowed: false, licence: { id: archiveOnly.id } });
    expect(web.reasons).toContainEqual(expect.objectContaining({ code: 'channel', message: 'Archive is allowed; web is not.' }));

    const back = await call(services, 'rights.assign', { storyId: efe.storyId, licenceId: null });
    expect(back.source).toBe('auto');
    expect(back.licences[0]?.id).toBe(newsEdge.id);
    expect((await call(services, 'rights.check', { storyId: efe.storyId, use: { channel: 'web' } })).allowed).toBe(true);

    expect(await failure(call(services, 'rights.assign', { storyId: efe.storyId, licenceId: 'no-such-licence' }))).toMatchObject({ code: 'not-found' });
    expect(await failure(call(services, 'rights.get', { storyId: 'no-such-story' }))).toMatchObject({ code: 'not-found' });
  });

  it('says so for every file of a bulk import, and sees licences made since by another connection', async () => {
    const services = rightsServices();
    await call(services, 'licences.create', efeNewsEdge);
    const folder = (name: string, words: string[]) => {
      const dir = path.join(makeTempDir(), name);
      fs.mkdirSync(dir);
      for (const word of words) fs.writeFileSync(path.join(dir, `${word}.txt`), agencyCopy(`${word} ${name}`));
      return dir;
    };
    const words = ['storm', 'gale', 'flood', 'swell', 'squall', 'fog', 'hail', 'surge', 'drift', 'tide'];
    const first = folder('first', words);
    fs.copyFileSync(efeSample, path.join(first, 'efe.txt'));
    // More files than the main thread takes: the bulk-ingest worker, on a connection of its own, stores them.
    const results = await services.ingestPaths([first]);
    expect(results).toHaveLength(words.length + 1);
    const efe = results.find((r) => r.file.endsWith('efe.txt'));
    const lusa = results.filter((r) => !r.file.endsWith('efe.txt'));
    expect(efe?.warnings.filter((w) => w.startsWith('no licence on file'))).toEqual([]);
    expect(lusa.every((r) => r.warnings.includes('no licence on file for Lusa'))).toBe(true);

    await call(services, 'licences.create', { ...efeNewsEdge, provider: 'Lusa', distributor: null, reference: 'LUSA-1' });
    const again = await services.ingestPaths([folder('second', words)]);
    expect(again.map((r) => r.status)).toEqual(words.map(() => 'added'));
    expect(again.flatMap((r) => r.warnings.filter((w) => w.startsWith('no licence on file')))).toEqual([]);
  });

  it('retired licences match nothing, and reinstating one brings it back', async () => {
    const services = rightsServices();
    const licence = await call(services, 'licences.create', efeNewsEdge);
    const efe = await ingest(services, efeSample);
    expect(await call(services, 'licences.retire', { id: licence.id, retired: true })).toMatchObject({ retired: true });

    expect(await call(services, 'rights.get', { storyId: efe.storyId })).toMatchObject({ source: 'none', licences: [] });
    const decision = await call(services, 'rights.check', { storyId: efe.storyId, use: { channel: 'web' } });
    expect(decision.reasons.map((r) => r.code)).toEqual(['no-licence']);
    expect((await call(services, 'licences.list', { includeRetired: false })).licences).toEqual([]);
    expect((await call(services, 'licences.list', {})).licences.map((l) => l.id)).toEqual([licence.id]);

    await call(services, 'licences.retire', { id: licence.id, retired: false });
    expect((await call(services, 'rights.get', { storyId: efe.storyId })).source).toBe('auto');
  });
});

describe('the republication gate', () => {
  it('blocks a translation the licence forbids, with the reason, and records nothing', async () => {
    const services = rightsServices();
    await call(services, 'user.set', profile);
    const licence = await call(services, 'licences.create', efeNewsEdge);
    const efe = await ingest(services, efeSample);
    const use = { channel: 'web' as const, translated: true };

    const decision = await call(services, 'rights.check', { storyId: efe.storyId, use });
    expect(decision).toMatchObject({ allowed: false, overridable: true, attribution: '© 2021 EFE News Services (U.S.) Inc.', licence: { id: licence.id } });
    expect(decision.reasons).toEqual([{ code: 'translation', blocking: true, message: 'The licence does not allow translation.', licenceId: licence.id }]);

    const gate = await call(services, 'usage.record', { storyId: efe.storyId, use });
    expect(gate).toMatchObject({ recorded: false, usage: null, decision: { allowed: false } });
    expect((await call(services, 'rights.get', { storyId: efe.storyId })).usages).toEqual([]);
  });

  it('records an allowed web use, lists it on the story and counts it in the month’s usage report', async () => {
    const services = rightsServices();
    const licence = await call(services, 'licences.create', efeNewsEdge);
    const efe = await ingest(services, efeSample);
    const use = { channel: 'web' as const, territory: 'es', date: '2026-03-10T09:30:00Z' };
    expect(await failure(call(services, 'usage.record', { storyId: efe.storyId, use }))).toMatchObject({
      code: 'bad-input',
      message: expect.stringContaining('Set your name and initials first'),
    });
    await call(services, 'user.set', profile);

    const events = recordEvents(services);
    const gate = await call(services, 'usage.record', { storyId: efe.storyId, use });
    expect(events).toContainEqual({ event: 'rights.changed', payload: { storyIds: [efe.storyId] } });
    const detail = await call(services, 'story.get', { id: efe.storyId });
    expect(gate.recorded).toBe(true);
    expect(gate.usage).toEqual({
      id: gate.usage?.id,
      storyId: efe.storyId,
      versionId: detail.version.id,
      headline: detail.story.headline,
      channel: 'web',
      territory: 'ES',
      usedAt: '2026-03-10T09:30:00.000Z',
      recordedAt: new Date(NOW).toISOString(),
      licenceId: licence.id,
      licenceReference: 'EFE-NE-2026',
      modified: false,
      translated: false,
      excerptWords: null,
      user: 'Marta Gil',
      overrideReason: null,
      attribution: '© 2021 EFE News Services (U.S.) Inc.',
    });
    expect((await call(services, 'rights.get', { storyId: efe.storyId })).usages).toEqual([gate.usage]);

    const report = await call(services, 'usage.report', { licenceId: licence.id, month: '2026-03' });
    expect(report).toMatchObject({ month: '2026-03', cap: null, licence: { id: licence.id }, usages: [gate.usage] });
    const [header, row, end] = report.csv.split('\r\n');
    expect(header?.split(',')).toContain('licence reference');
    expect(row).toContain(efe.storyId);
    expect(row).toContain(',web,ES,');
    expect(row).toContain('EFE-NE-2026');
    expect(row).toContain('Marta Gil');
    expect(end).toBe('');
    expect((await call(services, 'usage.report', { licenceId: licence.id, month: '2026-04' })).usages).toEqual([]);
  });

  it('records a blocked use only when an editor overrides it with a reason, and keeps the reason', async () => {
    const services = rightsServices();
    await call(services, 'user.set', profile);
    const licence = await call(services, 'licences.create', efeNewsEdge);
    const efe = await ingest(services, efeSample);
    const use = { channel: 'web' as const, translated: true, date: '2026-03-11' };

    const overridden = await call(services, 'usage.record', { storyId: efe.storyId, use, overrideReason: 'EFE desk cleared the translation by phone' });
    expect(overridden).toMatchObject({
      recorded: true,
      decision: { allowed: false, overridable: true },
      usage: { overrideReason: 'EFE desk cleared the translation by phone', licenceId: licence.id, translated: true, usedAt: '2026-03-11T00:00:00.000Z' },
    });
    const report = await call(services, 'usage.report', { licenceId: licence.id, month: '2026-03' });
    expect(report.usages.map((u) => u.id)).toEqual([overridden.usage?.id]);
    expect(report.csv).toContain('EFE desk cleared the translation by phone');
  });

  it('blocks uses beyond the licence’s monthly cap, month by month', async () => {
    const services = rightsServices();
    await call(services, 'user.set', profile);
    const licence = await call(services, 'licences.create', { ...efeNewsEdge, monthlyCap: 2 });
    const efe = await ingest(services, efeSample);
    const on = (date: string) => ({ storyId: efe.storyId, use: { channel: 'web' as const, date } });

    expect((await call(services, 'usage.record', on('2026-03-02'))).recorded).toBe(true);
    expect((await call(services, 'usage.record', on('2026-03-20'))).recorded).toBe(true);
    const third = await call(services, 'usage.record', on('2026-03-31T23:00:00Z'));
    expect(third.recorded).toBe(false);
    expect(third.decision.reasons.map((r) => r.code)).toEqual(['monthly-cap']);
    expect((await call(services, 'usage.record', on('2026-04-01'))).recorded).toBe(true);
    expect(await call(services, 'usage.report', { licenceId: licence.id, month: '2026-03' })).toMatchObject({ cap: 2, usages: [{}, {}] });
  });
});

describe('kills', () => {
  it('block the story for good and list every use to take down, until each is marked done', async () => {
    const services = rightsServices();
    await call(services, 'user.set', profile);
    const reuters = await call(services, 'licences.create', {
      provider: 'Reuters',
      reference: 'RTR-WORLD',
      validFrom: '2016-01-01',
      channels: ['web', 'print', 'social'],
      killTakedownHours: 24,
      attribution: '(c) Thomson Reuters {year}',
    });
    const story = await ingest(services, reutersG2('978556838'));
    const used = await call(services, 'usage.record', { storyId: story.storyId, use: { channel: 'social', date: '2026-03-01' } });
    expect(used).toMatchObject({ recorded: true, decision: { attribution: '(c) Thomson Reuters 2016' } });
    expect((await call(services, 'takedowns.list', {})).takedowns).toEqual([]);
    expect(await failure(call(services, 'takedowns.done', { usageId: used.usage!.id }))).toMatchObject({ code: 'bad-input' });

    const kill = await ingest(services, reutersG2('1542761538'));
    expect(kill.storyId).toBe(story.storyId);
    const decision = await call(services, 'rights.check', { storyId: story.storyId, use: { channel: 'web' } });
    expect(decision).toMatchObject({ allowed: false, overridable: false });
    expect(decision.reasons[0]).toMatchObject({ code: 'killed', blocking: true, licenceId: null });
    const forced = await call(services, 'usage.record', { storyId: story.storyId, use: { channel: 'web' }, overrideReason: 'We really need it' });
    expect(forced).toMatchObject({ recorded: false, usage: null });
    expect((await call(services, 'rights.get', { storyId: story.storyId })).restrictions.map((r) => r.code)).toContain('killed');

    const detail = await call(services, 'story.get', { id: story.storyId });
    const killedAt = detail.versions.find((v) => v.pubStatus === 'canceled')!.receivedAt;
    const [takedown, ...others] = (await call(services, 'takedowns.list', {})).takedowns;
    expect(others).toEqual([]);
    expect(takedown).toEqual({
      usage: used.usage,
      storyHeadline: detail.story.headline,
      killedAt,
      dueBy: new Date(Date.parse(killedAt) + 24 * 3_600_000).toISOString(),
      doneAt: null,
      doneBy: null,
    });

    const events = recordEvents(services);
    const done = await call(services, 'takedowns.done', { usageId: used.usage!.id });
    expect(done).toMatchObject({ doneAt: new Date(NOW).toISOString(), doneBy: 'Marta Gil', usage: { id: used.usage!.id } });
    expect(events).toContainEqual({ event: 'rights.changed', payload: { storyIds: [story.storyId] } });
    expect((await call(services, 'takedowns.list', {})).takedowns).toEqual([]);
    expect((await call(services, 'takedowns.list', { includeDone: true })).takedowns).toEqual([done]);
    expect(reuters.killTakedownHours).toBe(24);
  });
});

describe('licence files through the contract', () => {
  it('refuse a bad file, naming it and where it is wrong, and change nothing', async () => {
    const services = rightsServices();
    await call(services, 'licences.create', efeNewsEdge);
    const before = await call(services, 'licences.export', {});

    expect(await failure(call(services, 'licences.import', { name: 'licences.json', json: '{"format": "copydesk-licences", ' }))).toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/^licences\.json: is not valid JSON/),
    });
    const oneBad = {
      format: 'copydesk-licences',
      version: 1,
      licences: [
        { ...efeNewsEdge, reference: 'FINE-1' },
        { ...efeNewsEdge, reference: 'FINE-2' },
        { ...efeNewsEdge, reference: 'BAD-3', validFrom: '1 March 2026' },
      ],
    };
    expect(await failure(call(services, 'licences.import', { name: 'agency-deals.json', json: JSON.stringify(oneBad) }))).toMatchObject({
      code: 'bad-input',
      message: 'agency-deals.json: licences[2].validFrom: a date written YYYY-MM-DD',
    });
    const misspelt = { ...oneBad, licences: [{ ...efeNewsEdge, monthlyCapp: 10 }] };
    expect((await failure(call(services, 'licences.import', { name: 'caps.json', json: JSON.stringify(misspelt) }))).message).toBe(
      'caps.json: licences[0]: unknown field "monthlyCapp"',
    );
    expect((await failure(call(services, 'licences.import', { name: 'other.json', json: '{"licences": []}' }))).message).toMatch(/^other\.json: is not a Copydesk licence file/);
    expect(await call(services, 'licences.export', {})).toEqual(before);
  });

  it('import updates licences by id, and an export imports back as the same licences', async () => {
    const first = rightsServices();
    const efe = await call(first, 'licences.create', efeNewsEdge);
    await call(first, 'licences.create', { provider: 'AP', reference: 'AP-2026', validFrom: '2026-01-01', channels: ['web'], territories: { mode: 'include', countries: ['US', 'CA'] }, attribution: 'AP' });
    const exported = JSON.parse((await call(first, 'licences.export', {})).json) as { licences: Array<Record<string, unknown>> };
    expect(exported.licences.map((l) => l.id)).toContain(efe.id);

    const edited = {
      ...exported,
      licences: [...exported.licences.map((l) => (l.id === efe.id ? { ...l, notes: 'Renewed', monthlyCap: 400 } : l)), { ...efeNewsEdge, provider: 'dpa', distributor: null, reference: 'DPA-1' }],
    };
    const events = recordEvents(first);
    const imported = await call(first, 'licences.import', { name: 'edited.json', json: JSON.stringify(edited) });
    expect({ created: imported.created, updated: imported.updated }).toEqual({ created: 1, updated: 1 });
    expect(events.map((e) => e.event)).toContain('licences.changed');
    const listed = (await call(first, 'licences.list', {})).licences;
    expect(listed).toHaveLength(3);
    expect(listed.find((l) => l.id === efe.id)).toMatchObject({ notes: 'Renewed', monthlyCap: 400, reference: 'EFE-NE-2026' });

    // Into another archive: the same licences, term for term.
    const second = rightsServices();
    const json = (await call(first, 'licences.export', {})).json;
    expect(await call(second, 'licences.import', { name: 'from-first.json', json })).toMatchObject({ created: 3, updated: 0 });
    const terms = (services: Services) =>
      call(services, 'licences.list', {}).then((r) => r.licences.map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest));
    expect(await terms(second)).toEqual(await terms(first));
    // And back: nothing new, nothing changed.
    expect(await call(first, 'licences.import', { name: 'from-second.json', json: (await call(second, 'licences.export', {})).json })).toMatchObject({ created: 0, updated: 0 });
    expect(await call(first, 'licences.import', { name: 'again.json', json })).toMatchObject({ created: 0, updated: 0 });
  });
});
