/**
 * npm run bench -- ingest [--count N]
 * Generates N wire files in mixed formats (agency plain text, NITF, NewsML-G2
 * with some updates of earlier items, ninjs), then measures parsing alone, on
 * one thread, and parse + store + index through the ingest service as an
 * editor's import runs it (a worker thread storing, and parsing whenever it
 * would wait, a parse thread beside it).
 * A small import first starts those threads, as the first import of a session
 * does; its time is reported on its own line.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseWire } from '../../shared/wire/parse.ts';
import { openServices } from '../../electron/services/open-services.ts';
import { createRandom, SYNTHETIC_FORMATS, syntheticWireFile, type SyntheticFormat } from './support/synthetic-wire.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '4000' } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
  console.error('--count must be a positive whole number');
  process.exit(2);
}

const TARGET = 2000;
const work = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-ingest-'));
try {
  const inbox = path.join(work, 'inbox');
  const random = createRandom(20261129);
  const files: Array<{ file: string; format: SyntheticFormat }> = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { format, extension, text } = syntheticWireFile(random, i);
    const file = path.join(inbox, `${String(Math.floor(i / 1000)).padStart(3, '0')}`, `story-${String(i).padStart(6, '0')}.${extension}`);
    if (i % 1000 === 0) mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    files.push({ file, format });
    bytes += Buffer.byteLength(text);
  }

  // Parse only: one thread, every file, per format.
  const perFormat = new Map<SyntheticFormat, { files: number; stories: number; ms: number }>(SYNTHETIC_FORMATS.map((f) => [f, { files: 0, stories: 0, ms: 0 }]));
  let parseFailures = 0;
  const parseStart = performance.now();
  for (const { file, format } of files) {
    const start = performance.now();
    const result = parseWire(readFileSync(file));
    const row = perFormat.get(format)!;
    row.ms += performance.now() - start;
    row.files += 1;
    if (result.ok) row.stories += result.stories.length;
    else parseFailures += 1;
  }
  const parseSeconds = (performance.now() - parseStart) / 1000;
  const parsed = [...perFormat.values()].reduce((n, r) => n + r.stories, 0);

  // Parse + store + index, as an import of the folder runs, once the import threads are up.
  const services = openServices({ dataDir: path.join(work, 'archive'), host: 'browser', watchSettingsFolders: false });
  const warmUp = path.join(work, 'warm-up');
  mkdirSync(warmUp);
  for (let i = 0; i < 16; i++) writeFileSync(path.join(warmUp, `warm-${i}.txt`), syntheticWireFile(createRandom(i + 1), count + i).text);
  const warmStart = performance.now();
  await services.ingestPaths([warmUp]);
  const warmSeconds = (performance.now() - warmStart) / 1000;
  const ingestStart = performance.now();
  const results = await services.ingestPaths([inbox], (done, total) => {
    if (process.stderr.isTTY && (done % 250 === 0 || done === total)) process.stderr.write(`\ringest ${done}/${total}`);
  });
  const ingestSeconds = (performance.now() - ingestStart) / 1000;
  if (process.stderr.isTTY) process.stderr.write('\n');
  const versions = results.reduce((n, r) => n + (r.status === 'added' || r.status === 'updated' ? (r.versionIds?.length ?? 0) : 0), 0);
  const updated = results.filter((r) => r.status === 'updated').length;
  const rejected = results.filter((r) => r.status === 'rejected');
  const storyCount = (await services.handlers['app.info']({})).storyCount;
  await services.close();

  const rate = (n: number, seconds: number) => Math.round(n / seconds);
  const figures = {
    bench: 'ingest',
    files: count,
    megabytes: Number((bytes / 1e6).toFixed(2)),
    formats: Object.fromEntries([...perFormat].map(([f, r]) => [f, r.files])),
    parsedStories: parsed,
    parseFailures,
    storedVersions: versions,
    updates: updated,
    archivedStories: storyCount - 16,
    threadStartSeconds: Number(warmSeconds.toFixed(2)),
    rejectedFiles: rejected.length,
    parseStoriesPerSecond: rate(parsed, parseSeconds),
    ingestStoriesPerSecond: rate(versions, ingestSeconds),
    targetIngestStoriesPerSecond: TARGET,
    cores: os.availableParallelism(),
  };
  console.log('');
  console.log('| step | stories | seconds | stories/s |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [format, row] of perFormat) console.log(`| parse only: ${format} | ${row.stories} | ${(row.ms / 1000).toFixed(2)} | ${rate(row.stories, row.ms / 1000)} |`);
  console.log(`| parse only: all | ${parsed} | ${parseSeconds.toFixed(2)} | ${figures.parseStoriesPerSecond} |`);
  console.log(`| parse + store + index | ${versions} | ${ingestSeconds.toFixed(2)} | ${figures.ingestStoriesPerSecond} |`);
  console.log(`| first import of a session: 16 files, with starting the import threads | 16 | ${warmSeconds.toFixed(2)} | — |`);
  console.log(
    `(${count} files, ${figures.megabytes} MB; ${versions} versions stored, ${updated} of them updates, in ${figures.archivedStories} stories; ` +
      `${rejected.length} rejected; target ≥ ${TARGET.toLocaleString('en')} stories/s for parse + store + index on ${figures.cores} cores)`,
  );
  for (const r of rejected.slice(0, 5)) console.log(`rejected: ${r.error}`);
  console.log(JSON.stringify(figures));
} finally {
  rmSync(work, { recursive: true, force: true });
}
