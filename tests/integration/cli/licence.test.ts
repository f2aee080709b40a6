import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Licence, RightsDecision } from '../../../shared/model/licence.ts';
import { efeSample } from '../../support/paths.ts';
import { makeTempDir } from '../db/support.ts';
import { EFE_NEWSEDGE } from '../../fixtures/efe-licence.ts';
import { runCli } from './run-cli.ts';

const efeNewsEdge = EFE_NEWSEDGE;
const apOld = {
  provider: 'AP',
  reference: 'AP-2019',
  validFrom: '2019-01-01',
  channels: ['web'],
  territories: { mode: 'include', countries: ['US'] },
  attribution: 'The Associated Press',
  retired: true,
};

function licenceFile(dir: string, name: string, licences: unknown[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify({ format: 'copydesk-licences', version: 1, licences }, null, 2));
  return file;
}

describe('copydesk licence', () => {
  it('imports a licence file, lists the licences for people and as JSON, and exports them to import elsewhere', { timeout: 120_000 }, async () => {
    const dir = makeTempDir();
    const data = path.join(dir, 'data');
    const file = licenceFile(dir, 'licences.json', [efeNewsEdge, apOld]);

    const imported = await runCli(['licence', 'import', file, '--data', data]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe(`${file}: 2 licences, 2 created, 0 updated\n`);

    const table = await runCli(['licence', 'list', '--data', data]);
    expect(table.code).toBe(0);
    const [heading, ...rows] = table.stdout.trimEnd().split('\n');
    expect(heading?.split(/\s{2,}/)).toEqual(['REFERENCE', 'PROVIDER', 'DISTRIBUTOR', 'VALID', 'CHANNELS', 'STATUS']);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.split(/\s{2,}/).slice(0, 5)).toEqual(['EFE-NE-2026', 'EFE', 'Acquire Media (NewsEdge)', '2026-01-01 to 2026-12-31', 'web, print']);
    expect(rows[1]?.split(/\s{2,}/)).toEqual(['AP-2019', 'AP', '—', 'from 2019-01-01', 'web', 'retired']);

    const listed = await runCli(['licence', 'list', '--json', '--data', data]);
    expect(listed.code).toBe(0);
    const licences = JSON.parse(listed.stdout) as Licence[];
    expect(licences.map((l) => [l.reference, l.retired, l.mayTranslate, l.territories.mode])).toEqual([
      ['EFE-NE-2026', false, false, 'worldwide'],
      ['AP-2019', true, false, 'include'],
    ]);

    // Changed by id: importing the changed file updates, it does not add.
    const renewed = licenceFile(dir, 'renewed.json', [{ ...efeNewsEdge, id: licences[0]?.id, validTo: '2027-12-31' }]);
    const update = await runCli(['licence', 'import', renewed, '--data', data]);
    expect(update.stdout).toBe(`${renewed}: 1 licence, 0 created, 1 updated\n`);

    const out = path.join(dir, 'exported', 'all.json');
    fs.mkdirSync(path.dirname(out));
    fs.writeFileSync(out, 'an older export');
    const exported = await runCli(['licence', 'export', '--out', out, '--data', data]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(`2 licences written to ${out}\n`);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['all.json']);
    const written = JSON.parse(fs.readFileSync(out, 'utf8')) as { format: string; licences: Array<{ id: string; validTo: string | null }> };
    expect(written.format).toBe('copydesk-licences');
    expect(written.licences.map((l) => [l.id, l.validTo])).toEqual([
      [licences[0]?.id, '2027-12-31'],
      [licences[1]?.id, null],
    ]);

    const elsewhere = path.join(dir, 'other-data');
    expect((await runCli(['licence', 'import', out, '--data', elsewhere])).stdout).toBe(`${out}: 2 licences, 2 created, 0 updated\n`);
    const there = JSON.parse((await runCli(['licence', 'list', '--json', '--data', elsewhere])).stdout) as Licence[];
    expect(there.map((l) => [l.reference, l.validTo, l.retired])).toEqual([
      ['EFE-NE-2026', '2027-12-31', false],
      ['AP-2019', null, true],
    ]);
  });

  it('refuses a bad licence file with one line naming it and the problem, exit 1, and changes nothing', { timeout: 120_000 }, async () => {
    const dir = makeTempDir();
    const data = path.join(dir, 'data');
    const good = licenceFile(dir, 'good.json', [efeNewsEdge]);
    expect((await runCli(['licence', 'import', good, '--data', data])).code).toBe(0);

    const badField = licenceFile(dir, 'bad-field.json', [{ ...efeNewsEdge, reference: 'NEW-1' }, { ...efeNewsEdge, channels: ['web', 'telegraph'] }]);
    const refused = await runCli(['licence', 'import', badField, '--data', data]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(new RegExp(`^copydesk: ${badField.replaceAll(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: licences\\[1\\]\\.channels\\[1\\]: `));

    const badJson = path.join(dir, 'bad.json');
    fs.writeFileSync(badJson, '{ "format": "copydesk-licences", "licences": [ ');
    const notJson = await runCli(['licence', 'import', badJson, '--data', data]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/^copydesk: .*bad\.json: is not valid JSON/);

    const missing = await runCli(['licence', 'import', path.join(dir, 'missing.json'), '--data', data]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`copydesk: ${path.join(dir, 'missing.json')}: no such file or folder\n`);

    const listed = JSON.parse((await runCli(['licence', 'list', '--json', '--data', data])).stdout) as Licence[];
    expect(listed.map((l) => l.reference)).toEqual(['EFE-NE-2026']);
    expect((await runCli(['licence', 'export', '--data', data])).code).toBe(2);
  });
});

describe('copydesk rights', () => {
  it('prints the decision as JSON and exits 0 when allowed, 1 when blocked, 2 when called wrong', { timeout: 120_000 }, async () => {
    const dir = makeTempDir();
    const data = path.join(dir, 'data');
    await runCli(['licence', 'import', licenceFile(dir, 'efe.json', [efeNewsEdge]), '--data', data]);
    const ingested = await runCli(['ingest', efeSample, '--json', '--data', data]);
    const storyId = (JSON.parse(ingested.stdout) as { results: Array<{ storyIds: string[] }> }).results[0]?.storyIds[0] ?? '';
    expect(storyId).not.toBe('');

    const web = await runCli(['rights', storyId, '--channel', 'web', '--territory', 'ES', '--date', '2026-03-10', '--json', '--data', data]);
    expect(web.stderr).toBe('');
    expect(web.code).toBe(0);
    const allowed = JSON.parse(web.stdout) as RightsDecision;
    expect(Object.keys(allowed).sort()).toEqual(['allowed', 'attribution', 'licence', 'overridable', 'reasons']);
    expect(allowed).toMatchObject({ allowed: true, attribution: '© 2021 EFE News Services (U.S.) Inc.', licence: { reference: 'EFE-NE-2026' } });
    expect(allowed.reasons).toEqual([
      { code: 'allowed', blocking: false, message: 'Allowed by EFE-NE-2026 (EFE via Acquire Media (NewsEdge))', licenceId: allowed.licence?.id },
    ]);

    const translated = await runCli(['rights', storyId, '--channel', 'print', '--translated', '--date', '2026-03-10', '--json', '--data', data]);
    expect(translated.code).toBe(1);
    const blocked = JSON.parse(translated.stdout) as RightsDecision;
    expect(blocked).toMatchObject({ allowed: false, overridable: true });
    expect(blocked.reasons.map((r) => [r.code, r.message])).toEqual([['translation', 'The licence does not allow translation.']]);

    const expired = await runCli(['rights', storyId, '--channel', 'web', '--date', '2027-01-01', '--data', data]);
    expect(expired.code).toBe(1);
    expect(expired.stdout).toContain('The licence expired on 31 Dec 2026.');
    expect(expired.stdout).toMatch(/^Blocked/);

    expect((await runCli(['rights', storyId, '--channel', 'telegraph', '--data', data])).code).toBe(2);
    expect((await runCli(['rights', storyId, '--data', data])).code).toBe(2);
    expect((await runCli(['rights', storyId, '--channel', 'web', '--date', '2026-02-30', '--data', data])).code).toBe(2);
    const unknown = await runCli(['rights', 'no-such-story', '--channel', 'web', '--data', data]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no-such-story');
  });
});
