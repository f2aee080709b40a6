import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { efeSample } from '../../support/paths.ts';
import { ninjsValidator } from '../../unit/wire/ninjs-schema.ts';
import { exitOf, runCli, startServe } from './run-cli.ts';

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'copydesk-cli-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface ParsedElement {
  file: string;
  format: string;
  ninjs: Record<string, unknown> & {
    headlines?: Array<{ value: string }>;
    bodies?: Array<{ contentType?: string; value: string }>;
    infoSources?: Array<{ name?: string; role?: string }>;
  };
  removed: Array<{ kind: string; text: string }>;
  warnings: string[];
}

describe('copydesk parse', () => {
  it('reads the EFE story as an editor expects, as valid ninjs 3.1', async () => {
    const run = await runCli(['parse', efeSample, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as ParsedElement[];
    expect(parsed).toHaveLength(1);
    const [story] = parsed as [ParsedElement];
    expect(story.file).toBe(efeSample);
    expect(story.format).toBe('text');

    const ninjs = story.ninjs;
    expect(ninjs.located).toBe('Moscow');
    expect(ninjs.language).toBe('en');
    expect(ninjs.copyrightNotice).toBe('© 2021 EFE News Services (U.S.) Inc.');
    const sources = ninjs.infoSources ?? [];
    expect(sources.map((s) => s.name)).toContain('EFE');
    expect(sources.map((s) => s.name)).toContain('Acquire Media (NewsEdge)');

    const plain = ninjs.bodies?.find((b) => b.contentType === 'text/plain')?.value ?? '';
    const paragraphs = plain.split(/\n\s*\n/).filter((p) => p.trim() !== '');
    expect(paragraphs).toHaveLength(21);
    expect(paragraphs[0]).toMatch(/^Moscow \(EFE\)\.- Russian President Vladimir Putin warned Friday/);

    // No headline in the copy: the one given is taken from the lead, and says so.
    const headline = ninjs.headlines?.[0]?.value ?? '';
    expect(headline.length).toBeGreaterThan(10);
    expect(paragraphs[0]).toContain(headline);
    expect(story.warnings.some((w) => /headline/i.test(w) && /derived/i.test(w))).toBe(true);

    const removed = story.removed.map((r) => r.text);
    expect(removed.some((t) => t.includes('Rating: 4.0/5. From 8 votes.'))).toBe(true);
    expect(removed.some((t) => t.includes('Please wait...'))).toBe(true);
    for (const body of ninjs.bodies ?? []) {
      expect(body.value).not.toContain('Rating: 4.0/5');
      expect(body.value).not.toContain('Please wait');
    }

    const validate = ninjsValidator();
    const valid = validate(ninjs);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('prints a short summary without --json', async () => {
    const run = await runCli(['parse', efeSample]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(efeSample);
    expect(run.stdout).toContain('Moscow');
    expect(run.stdout).toContain('21 paragraphs');
    expect(() => JSON.parse(run.stdout)).toThrow();
  });

  it('names a file it cannot parse on stderr, exits 1 and still prints the others', async () => {
    const empty = path.join(tmp, 'empty-for-parse.txt');
    await writeFile(empty, '');
    const run = await runCli(['parse', empty, efeSample, '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${escapeRegExp(empty)}: .+`, 'm'));
    const parsed = JSON.parse(run.stdout) as ParsedElement[];
    expect(parsed.map((p) => p.file)).toEqual([efeSample]);
  });
});

describe('copydesk ingest, search and show', () => {
  // Six processes in a row: on a busy 2-core machine that takes a while.
  it('finds an ingested story by a word from its body, and shows it', { timeout: 90_000 }, async () => {
    const data = path.join(tmp, 'archive-search');
    const ingest = await runCli(['ingest', efeSample, '--data', data, '--json']);
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);
    const report = JSON.parse(ingest.stdout) as { results: Array<{ status: string; storyIds: string[] }> };
    expect(report.results).toHaveLength(1);
    expect(report.results[0]?.status).toBe('added');
    const storyId = report.results[0]?.storyIds[0] ?? '';

    const search = await runCli(['search', 'Kabulov', '--data', data, '--json']);
    expect(search.code).toBe(0);
    const page = JSON.parse(search.stdout) as { items: Array<{ id: string }> };
    expect(page.items.map((i) => i.id)).toEqual([storyId]);

    const miss = await runCli(['search', 'xylophonist', '--data', data, '--json']);
    expect((JSON.parse(miss.stdout) as { items: unknown[] }).items).toEqual([]);

    const human = await runCli(['search', 'Kabulov', '--data', data]);
    expect(human.stdout).toContain(storyId);
    expect(human.stdout).toContain('[Kabulov]');
    const explained = await runCli(['search', '(Kabulov', '--data', data]);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain(storyId);
    expect(explained.stderr).toMatch(/unclosed "\(" was closed/);

    const show = await runCli(['show', storyId, '--data', data, '--json']);
    expect(show.code).toBe(0);
    const detail = JSON.parse(show.stdout) as { id: string; story: { dateline?: { place?: string }; body: string[] } };
    expect(detail.id).toBe(storyId);
    expect(detail.story.dateline?.place).toBe('Moscow');
    expect(detail.story.body.join(' ')).toContain('Zamir Kabulov');

    const again = await runCli(['ingest', efeSample, '--data', data]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^duplicate\s+.*000_3d6a35bbe9bd0c1a\.txt/m);
  });

  it('takes the archive folder from COPYDESK_DATA', async () => {
    const data = path.join(tmp, 'archive-env');
    const ingest = await runCli(['ingest', efeSample], { COPYDESK_DATA: data });
    expect(ingest.code).toBe(0);
    const search = await runCli(['search', 'Tokayev', '--json'], { COPYDESK_DATA: data });
    expect((JSON.parse(search.stdout) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('rejects each bad file of a batch by name, exits 1, and still stores the good one', { timeout: 60_000 }, async () => {
    const data = path.join(tmp, 'archive-batch');
    const empty = path.join(tmp, 'empty.txt');
    const binary = path.join(tmp, 'photo.jpg');
    const huge = path.join(tmp, 'huge.txt');
    const missing = path.join(tmp, 'not-there.txt');
    await writeFile(empty, '');
    await writeFile(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x00, 0x00, 0x7f, 0x03]));
    await writeFile(huge, '');
    await truncate(huge, 50 * 1024 * 1024);

    const run = await runCli(['ingest', empty, binary, huge, missing, efeSample, '--data', data]);
    expect(run.code).toBe(1);
    const errorLines = run.stderr.split('\n').filter((l) => l.trim() !== '');
    for (const bad of [empty, binary, huge, missing]) {
      expect(errorLines.some((l) => l.startsWith(`${bad}: `) && l.length > bad.length + 4), `${bad} in:\n${run.stderr}`).toBe(true);
    }
    expect(run.stderr).not.toContain(efeSample);
    expect(run.stdout).toMatch(/^added\s+.*000_3d6a35bbe9bd0c1a\.txt/m);
    expect(run.stdout).toContain('1 added, 0 duplicate, 4 rejected');

    const search = await runCli(['search', 'Mirziyoyev', '--data', data, '--json']);
    expect((JSON.parse(search.stdout) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('exits 1 for a story that is not in the archive', async () => {
    const run = await runCli(['show', 'no-such-story', '--data', path.join(tmp, 'archive-empty')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no-such-story');
  });
});

describe('copydesk usage errors', () => {
  it.each([
    [['frobnicate']],
    [['parse']],
    [['parse', efeSample, '--no-such-option']],
    [['search']],
    [['search', 'x', '--limit', 'many']],
    [['serve', '--port', '99999']],
    [[]],
  ])('exits 2 for %j', async (args) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toBe('');
  });

  it('exits 0 for --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('serve');
  });
});

describe('copydesk serve', () => {
  it('prints its URL on a line of its own and answers it, until SIGTERM', async () => {
    const data = path.join(tmp, 'archive-serve');
    const { child, url } = await startServe(['--data', data, '--port', '0']);
    try {
      const launch = new URL(url);
      expect(launch.hostname).toBe('127.0.0.1');
      const token = launch.searchParams.get('token') ?? '';
      expect(token).toMatch(/^[0-9a-f]{64}$/);

      const opened = await fetch(url, { redirect: 'manual' });
      expect(opened.status).toBe(302);
      expect(opened.headers.get('set-cookie')).toContain(token);

      const info = await fetch(`${launch.origin}/api/call/app.info`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(info.status).toBe(200);
      expect(await info.json()).toMatchObject({ ok: true, result: { host: 'browser', dataDir: data } });

      const stranger = await fetch(`${launch.origin}/api/call/app.info`, { method: 'POST', body: '{}' });
      expect(stranger.status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exitOf(child)).toBe(0);
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
