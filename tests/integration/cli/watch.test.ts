import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWire } from '../../../shared/wire/parse.ts';
import { cliBin, repoRoot, samplesDir } from '../../support/paths.ts';
import { exitOf, runCli } from './run-cli.ts';

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'copydesk-cli-watch-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function copy(word: string): string {
  return `NAIROBI (Reuters) - Rangers counted a ${word} herd on Sunday, the wildlife service said.\n\nThe count is held every two years.\n`;
}

/** `copydesk ingest --watch` as its own process, with what it printed so far. */
function startWatching(args: string[]): { child: ChildProcessWithoutNullStreams; stdout: () => string; stderr: () => string } {
  const child = spawn(process.execPath, [cliBin, 'ingest', '--watch', ...args], { cwd: repoRoot, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return { child, stdout: () => stdout, stderr: () => stderr };
}

async function until(what: string, check: () => boolean, child: ChildProcessWithoutNullStreams, output: () => string): Promise<void> {
  const giveUp = Date.now() + 60_000;
  while (!check()) {
    if (child.exitCode !== null) throw new Error(`copydesk exited (${child.exitCode}) before ${what}:\n${output()}`);
    if (Date.now() > giveUp) throw new Error(`gave up waiting for ${what}:\n${output()}`);
    await sleep(50);
  }
}

describe('copydesk ingest --watch', () => {
  it('takes what is there and what arrives, one line per file, moves a bad file to rejected/, and stops cleanly on SIGTERM', { timeout: 120_000 }, async () => {
    const feed = path.join(tmp, 'feed');
    const data = path.join(tmp, 'archive-watch');
    fs.mkdirSync(feed);
    fs.writeFileSync(path.join(feed, 'waiting.txt'), copy('zebra'));
    const run = startWatching([feed, '--data', data]);
    const output = () => `stdout:\n${run.stdout()}\nstderr:\n${run.stderr()}`;
    try {
      await until('the watching line', () => /watching .*feed/.test(run.stderr()), run.child, output);
      await until('the file already there', () => /^added\s+.*waiting\.txt/m.test(run.stdout()), run.child, output);

      fs.writeFileSync(path.join(feed, 'arrived.txt'), copy('giraffe'));
      fs.writeFileSync(path.join(feed, 'broken.txt'), '');
      await until('the new file', () => /^added\s+.*arrived\.txt/m.test(run.stdout()), run.child, output);
      await until('the bad file', () => /broken\.txt: .+\(moved to .*rejected/.test(run.stderr()), run.child, output);
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await exitOf(run.child)).toBe(0);
    expect(run.stderr()).toMatch(/stopped watching; 2 added, 0 duplicate, 1 rejected/);
    expect(run.stdout().match(/^(added|updated|duplicate)\s/gm)).toHaveLength(2);
    expect(fs.readdirSync(path.join(feed, 'rejected')).sort()).toEqual(['broken.txt', 'broken.txt.error.txt']);

    const search = await runCli(['search', 'giraffe', '--data', data, '--json']);
    expect((JSON.parse(search.stdout) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('refuses a folder that is not there, exiting 2 with its name', async () => {
    const missing = path.join(tmp, 'no-such-feed');
    const run = await runCli(['ingest', '--watch', missing, '--data', path.join(tmp, 'archive-missing')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(missing);
  });
});

describe('copydesk show, for a story with versions', () => {
  const reuters = (version: string) => path.join(samplesDir, 'wire/newsml-g2', `tag_reuters.com_2016_newsml_L1N14N0FF_version_${version}`);

  it('says the story is killed and lists its version chain', { timeout: 90_000 }, async () => {
    const parsed = parseWire(fs.readFileSync(reuters('978556838')));
    expect(parsed.ok, `parseWire does not read NewsML-G2 yet (${parsed.ok ? '' : parsed.error.message}); this test needs the G2 parser`).toBe(true);
    const data = path.join(tmp, 'archive-versions');
    const ingest = await runCli(['ingest', reuters('978556838'), reuters('1542761538'), '--data', data]);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(/^added\s+.*978556838/m);
    expect(ingest.stdout).toMatch(/^updated\s+.*1542761538/m);
    expect(ingest.stdout).toContain('1 added, 1 updated, 0 duplicate, 0 rejected');
    const id = /^added\s+\S+\s+(\S+)/m.exec(ingest.stdout)?.[1] ?? '';

    const show = await runCli(['show', id, '--data', data]);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/KILLED/);
    expect(show.stdout).toMatch(/^\s+978556838 .*usable/m);
    expect(show.stdout).toMatch(/^\* 1542761538 .*canceled/m);

    const json = JSON.parse((await runCli(['show', id, '--data', data, '--json'])).stdout) as { state: string; versions: Array<{ id: string }> };
    expect(json.state).toBe('killed');
    const older = JSON.parse((await runCli(['show', id, '--version-id', json.versions[0]!.id, '--data', data, '--json'])).stdout) as {
      version: { version: number };
    };
    expect(older.version.version).toBe(978556838);
  });
});
