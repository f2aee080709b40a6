/**
 * npm run bench -- search [--stories N] [--archive FILE] [--runs R]
 * Searches an archive of N synthetic agency stories (default 1,000,000:
 * tests/bench/support/synthetic-corpus.ts) as an editor does: a fixed mix of
 * query kinds, each R times (default 200) with the words rotating, a page of
 * 50, newest first unless stated. Reports p50/p95/p99/max per kind against
 * the targets of DESIGN.md §5, the archive's size per story and the
 * process's peak memory.
 *
 * The archive is built once and kept (in the temp folder unless --archive
 * says where), then reused while it holds N stories of this generator; a
 * million stories take several minutes to build on two cores. The build
 * stores through the repository as an import does, minus parsing: a second
 * thread writes the stories and prepares them (prepareStory), as an import's
 * parse thread does, making the next chunk of 5,000 while the thread storing
 * them stores one, a transaction a chunk.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { openArchive } from '../../db/archive.ts';
import { prepareStory, type PreparedStory } from '../../db/repositories/prepared-story.ts';
import { createStoryRepository } from '../../db/repositories/stories.ts';
import { createStorySearch } from '../../db/search/search-stories.ts';
import type { SearchFilters, SearchSort } from '../../shared/model/search.ts';
import {
  COMMON_WORDS,
  GENERATOR_VERSION,
  MID_WORDS,
  MID_WORDS_BY_LANGUAGE,
  PHRASES,
  PREFIXES,
  PROVIDERS,
  RARE_WORDS,
  corpusStory,
  corpusTimeline,
  slotStartMs,
  type CorpusTimeline,
} from './support/synthetic-corpus.ts';
import { BENCH_DIR, benchDataDir } from './support/bench-archive.ts';
import { createRandom } from './support/synthetic-wire.ts';

const USAGE = 'usage: npm run bench -- search [--stories N] [--archive FILE] [--runs R]';
const SEED = 20261129;
/** Stories a transaction (and a message from the generating thread). */
const CHUNK = 5000;
const LIMIT = 50;
const TARGET_P50_MS = 10;
const TARGET_P95_MS = 50;
const DAY_MS = 24 * 3600 * 1000;


// ---------------------------------------------------------------------------
// The generating thread: the stories in order, a chunk for each credit the storing thread sends

interface CorpusWorkerData {
  corpusWorker: { stories: number; seed: number; chunk: number };
}

interface GeneratedFile {
  fileName: string;
  bytes: Uint8Array;
  story: PreparedStory;
  receivedAt: string;
}

function runCorpusWorker({ stories, seed, chunk }: CorpusWorkerData['corpusWorker']): void {
  const port = parentPort!;
  const random = createRandom(seed);
  const timeline = corpusTimeline(stories);
  const encoder = new TextEncoder();
  let next = 0;
  port.on('message', (credits: number) => {
    for (let c = 0; c < credits && next < stories; c++) {
      const to = Math.min(stories, next + chunk);
      const files: GeneratedFile[] = [];
      for (let i = next; i < to; i++) {
        const { story, text, receivedAt, fileName } = corpusStory(random, i, timeline);
        files.push({ fileName, bytes: encoder.encode(text), story: prepareStory(story), receivedAt });
      }
      port.postMessage(files, files.map((f) => f.bytes.buffer as ArrayBuffer));
      next = to;
    }
  });
}

/** A thread running this very module as the generator; a worker does not inherit the tsx loader, so it registers it first. */
function startCorpusWorker(data: CorpusWorkerData): Worker {
  const boot = `const { workerData } = require('node:worker_threads');
    import(workerData.tsx).then(({ register }) => { register(); return import(workerData.self); });`;
  return new Worker(boot, { eval: true, workerData: { ...data, tsx: import.meta.resolve('tsx/esm/api'), self: import.meta.url } });
}

// ---------------------------------------------------------------------------
// The archive: reuse it, or build it

/** What the file holds, read without changing it (opening it as an archive would migrate it). */
function inspect(file: string): { exists: boolean; stories: number | null; ours: boolean } {
  if (!fs.existsSync(file)) return { exists: false, stories: null, ours: false };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const count = db.prepare('SELECT count(*) FROM stories').pluck().get() as number;
    const first = db.prepare('SELECT file_name FROM story_versions ORDER BY rowid LIMIT 1').pluck().get() as string | undefined;
    return { exists: true, stories: count, ours: first === undefined || first.startsWith('corpus-') };
  } catch {
    return { exists: true, stories: null, ours: false };
  } finally {
    db?.close();
  }
}

function removeArchive(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

async function build(file: string, stories: number): Promise<{ seconds: number }> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const archive = openArchive(file, { bulk: true });
  const repository = createStoryRepository(archive);
  const tty = process.stderr.isTTY;
  const start = performance.now();
  const progress = (done: number) => {
    const rate = done / ((performance.now() - start) / 1000);
    const line =
      `building ${done.toLocaleString('en')}/${stories.toLocaleString('en')} stories, ` +
      `${Math.round(rate).toLocaleString('en')}/s, ${Math.round((stories - done) / rate)} s to go`;
    if (tty) process.stderr.write(`\r${line}   `);
    else if (done % 100_000 < CHUNK || done === stories) process.stderr.write(`${line}\n`);
  };

  // One chunk made while the one before is stored (the thread gets a credit for each chunk taken): memory stays flat however many stories.
  const worker = startCorpusWorker({ corpusWorker: { stories, seed: SEED, chunk: CHUNK } });
  const arrived: GeneratedFile[][] = [];
  let waiting: { resolve: (files: GeneratedFile[]) => void; reject: (err: Error) => void } | null = null;
  let failure: Error | null = null;
  worker.on('message', (files: GeneratedFile[]) => {
    if (waiting) waiting.resolve(files);
    else arrived.push(files);
    waiting = null;
  });
  const stop = (err: Error) => {
    failure ??= err;
    waiting?.reject(failure);
    waiting = null;
  };
  worker.on('error', stop);
  worker.on('exit', (code) => stop(new Error(`the generating thread stopped (exit code ${code})`)));
  const nextChunk = (): Promise<GeneratedFile[]> => {
    const ready = arrived.shift();
    if (ready) return Promise.resolve(ready);
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => (waiting = { resolve, reject }));
  };

  try {
    worker.postMessage(1);
    for (let done = 0; done < stories; ) {
      const files = await nextChunk();
      if (done + files.length < stories) worker.postMessage(1);
      archive.write((writer) => {
        for (const f of files) {
          const bytes = Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength);
          repository.insertFile(writer, { fileName: f.fileName, bytes, format: 'text', stories: [f.story], receivedAt: f.receivedAt });
        }
      });
      done += files.length;
      progress(done);
    }
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
    archive.close();
    if (tty) process.stderr.write('\n');
  }
  return { seconds: (performance.now() - start) / 1000 };
}

// ---------------------------------------------------------------------------
// The queries

interface Request {
  query: string;
  filters?: SearchFilters;
  sort?: SearchSort;
  limit: number;
  cursor?: string;
  facets?: boolean;
}

interface Kind {
  key: string;
  label: string;
  requests: Request[];
  /** Time the second page, from the first page's cursor (fetched untimed, as the list has it before one scrolls). */
  nextPage?: boolean;
}

const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function queryKinds(timeline: CorpusTimeline): Kind[] {
  // A month of arrivals around the middle of the archive: four windows, a month apart.
  const middle = slotStartMs(timeline, Math.floor(timeline.count / 2));
  const month = (k: number) => {
    const from = middle + ((k % 4) - 2) * 30 * DAY_MS;
    return { receivedFrom: ymd(from), receivedTo: ymd(from + 29 * DAY_MS) };
  };
  // Each agency with a mid-frequency word of the language it files in most.
  const agencies = ['Reuters', 'EFE', 'AFP', 'dpa', 'AP', 'Lusa'].map((name) => PROVIDERS.find((p) => p.name === name)!);
  const filtered = Array.from({ length: 24 }, (_, k): Request => {
    const agency = agencies[k % agencies.length]!;
    const words = MID_WORDS_BY_LANGUAGE[agency.mainLanguage];
    const query = words[Math.floor(k / agencies.length) % words.length]!;
    return { query, limit: LIMIT, filters: { providers: [agency.name], ...month(k) } };
  });
  return [
    { key: 'rare-word', label: 'rare word', requests: RARE_WORDS.map((query) => ({ query, limit: LIMIT })) },
    { key: 'common-word', label: 'common word', requests: COMMON_WORDS.map((query) => ({ query, limit: LIMIT })) },
    { key: 'phrase', label: 'two-word phrase', requests: PHRASES.map((p) => ({ query: `"${p}"`, limit: LIMIT })) },
    { key: 'prefix', label: 'prefix (3 letters)', requests: PREFIXES.map((p) => ({ query: `${p}*`, limit: LIMIT })) },
    { key: 'word-agency-dates', label: 'word + agency + a month', requests: filtered },
    { key: 'facets', label: 'common word + facet counts', requests: COMMON_WORDS.map((query) => ({ query, limit: LIMIT, facets: true })) },
    { key: 'browse', label: 'browse (no query), first page', requests: [{ query: '', limit: LIMIT }] },
    {
      key: 'relevance',
      label: 'mid-frequency word, best match first',
      requests: MID_WORDS.map((query) => ({ query, limit: LIMIT, sort: 'relevance' as const })),
    },
    {
      key: 'next-page',
      label: 'next page (common or mid word)',
      requests: [...COMMON_WORDS, ...MID_WORDS].map((query) => ({ query, limit: LIMIT })),
      nextPage: true,
    },
  ];
}

function describeRequest(request: Request): string {
  const parts = [request.query === '' ? '(none)' : `\`${request.query}\``];
  const f = request.filters;
  if (f?.providers) parts.push(f.providers.join(', '));
  if (f?.receivedFrom) parts.push(`${f.receivedFrom}…${f.receivedTo ?? ''}`);
  if (request.sort === 'relevance') parts.push('relevance');
  if (request.facets) parts.push('facets');
  return parts.join(' + ');
}

/** Nearest rank. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const roundMs = (ms: number) => (Number.isFinite(ms) ? Number(ms.toFixed(ms < 10 ? 2 : 1)) : null);

// ---------------------------------------------------------------------------

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function positive(name: string, text: string): number {
  const n = Number(text);
  if (!/^\d+$/u.test(text) || !Number.isSafeInteger(n) || n < 1) fail(`--${name} must be a positive whole number (got "${text}")`);
  return n;
}

async function main(): Promise<void> {
  let options: { stories: string; runs: string; archive?: string | undefined };
  try {
    options = parseArgs({
      options: { stories: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '200' }, archive: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    fail((err as Error).message);
  }
  const stories = positive('stories', options.stories);
  const runs = positive('runs', options.runs);
  // A data folder of its own, so `copydesk serve --data` (and the cold-open timing spec) can open it as it is.
  const file = path.resolve(options.archive ?? path.join(benchDataDir(stories), 'archive.sqlite'));

  const found = inspect(file);
  let built: { seconds: number } | null = null;
  if (found.stories === stories && found.ours) {
    console.error(`reusing ${file} (${stories.toLocaleString('en')} stories)`);
  } else {
    if (found.exists) {
      // Never delete what this bench did not make: a real archive given as --archive by mistake.
      if (!found.ours && !file.startsWith(BENCH_DIR + path.sep)) {
        fail(`${file} exists and is not a search-bench archive of ${stories.toLocaleString('en')} stories; remove it or choose another --archive`);
      }
      removeArchive(file);
    }
    console.error(`building ${file}: ${stories.toLocaleString('en')} stories (a million take several minutes)`);
    built = await build(file, stories);
  }
  const fileBytes = (suffix: string) => (fs.existsSync(`${file}${suffix}`) ? fs.statSync(`${file}${suffix}`).size : 0);
  const archiveBytes = fileBytes('') + fileBytes('-wal');

  const kinds = queryKinds(corpusTimeline(stories));
  const archive = openArchive(file);
  const search = createStorySearch(archive);
  const results = new Map(kinds.map((k) => [k.key, { samples: [] as number[], error: null as string | null, facetsMissing: false, noNextPage: 0 }]));
  const queryStart = performance.now();
  // Round-robin over the kinds, each run another word: no kind finds only its own pages in the cache.
  for (let run = 0; run < runs; run++) {
    for (const kind of kinds) {
      const result = results.get(kind.key)!;
      if (result.error !== null) continue;
      const request = kind.requests[run % kind.requests.length]!;
      try {
        let timed = request;
        if (kind.nextPage) {
          const first = search(request);
          if (first.nextCursor === null) {
            result.noNextPage += 1;
            continue;
          }
          timed = { ...request, cursor: first.nextCursor };
        }
        const start = performance.now();
        const page = search(timed);
        result.samples.push(performance.now() - start);
        if (request.facets && page.facets === undefined) result.facetsMissing = true;
      } catch (err) {
        result.error = (err as Error).message;
      }
    }
  }
  const querySeconds = (performance.now() - queryStart) / 1000;

  // How many stories each kind's queries match, counted exactly: after the timing, so that it warms nothing.
  const countStart = performance.now();
  const exact = createStorySearch(archive, { countCap: 1e12 });
  const matches = new Map<string, { median: number; min: number; max: number } | null>();
  for (const kind of kinds) {
    try {
      const distinct = [...new Map(kind.requests.map((r) => [JSON.stringify(r), r])).values()];
      const totals = distinct.map((r) => exact({ ...r, limit: 1, sort: 'newest', facets: false }).total).sort((a, b) => a - b);
      matches.set(kind.key, { median: percentile(totals, 50), min: totals[0]!, max: totals.at(-1)! });
    } catch {
      matches.set(kind.key, null);
    }
  }
  const countSeconds = (performance.now() - countStart) / 1000;
  archive.close();

  const figures: Record<string, object> = {};
  console.log('');
  console.log(`| query | e.g. | runs | matches: median (min–max) | p50 ms | p95 ms | p99 ms | max ms | p50 ≤ ${TARGET_P50_MS} ms, p95 ≤ ${TARGET_P95_MS} ms |`);
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: |');
  for (const kind of kinds) {
    const result = results.get(kind.key)!;
    const sorted = [...result.samples].sort((a, b) => a - b);
    const [p50, p95, p99, max] = [percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.at(-1) ?? NaN];
    const pass = result.error === null && sorted.length > 0 && p50 <= TARGET_P50_MS && p95 <= TARGET_P95_MS;
    const counted = matches.get(kind.key) ?? null;
    figures[kind.key] = {
      p50: roundMs(p50),
      p95: roundMs(p95),
      p99: roundMs(p99),
      max: roundMs(max),
      runs: sorted.length,
      matches: counted,
      pass,
      ...(result.error !== null ? { error: result.error } : {}),
    };
    const cell = (ms: number) => (Number.isFinite(ms) ? String(roundMs(ms)) : '—');
    const n = (x: number) => x.toLocaleString('en');
    const matchCell = counted === null ? '—' : counted.min === counted.max ? n(counted.median) : `${n(counted.median)} (${n(counted.min)}–${n(counted.max)})`;
    const status = result.error !== null ? `✗ (${result.error})` : pass ? '✓' : '✗';
    console.log(
      `| ${kind.label} | ${describeRequest(kind.requests[0]!)} | ${sorted.length} | ${matchCell} | ` +
        `${cell(p50)} | ${cell(p95)} | ${cell(p99)} | ${cell(max)} | ${status} |`,
    );
  }
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const bytesPerStory = Math.round(archiveBytes / stories);
  const buildRate = built ? Math.round(stories / built.seconds) : null;
  console.log(
    `(${stories.toLocaleString('en')} stories in ${file}: ${(archiveBytes / 1e9).toFixed(2)} GB on disk, ${bytesPerStory.toLocaleString('en')} bytes a story; ` +
      (built ? `built in ${built.seconds.toFixed(0)} s, ${buildRate!.toLocaleString('en')} stories/s` : 'reused') +
      `; ${runs} runs of each kind, ${LIMIT} a page, newest first unless stated, in ${querySeconds.toFixed(1)} s; ` +
      `matches counted exactly afterwards in ${countSeconds.toFixed(1)} s; ` +
      `peak RSS ${peakRssMb} MB${built ? ' (with the build: run again for the searches alone)' : ''}; ${os.availableParallelism()} cores)`,
  );
  for (const kind of kinds) {
    const result = results.get(kind.key)!;
    if (result.facetsMissing) console.log(`note: ${kind.label}: the search returned no facets`);
    if (result.noNextPage > 0) console.log(`note: ${kind.label}: ${result.noNextPage} first pages had no next page (not timed)`);
  }
  console.log(
    JSON.stringify({
      bench: 'search',
      stories,
      runs,
      limit: LIMIT,
      generatorVersion: GENERATOR_VERSION,
      built: built !== null,
      buildSeconds: built ? Number(built.seconds.toFixed(1)) : null,
      buildStoriesPerSecond: buildRate,
      archiveBytes,
      bytesPerStory,
      targets: { p50Ms: TARGET_P50_MS, p95Ms: TARGET_P95_MS },
      queries: figures,
      peakRssMb,
      peakRssIncludesBuild: built !== null,
      cores: os.availableParallelism(),
    }),
  );
}

if (!isMainThread && (workerData as Partial<CorpusWorkerData> | null)?.corpusWorker) runCorpusWorker((workerData as CorpusWorkerData).corpusWorker);
else await main();
