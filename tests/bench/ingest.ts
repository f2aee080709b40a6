/**
 * npm run bench -- ingest [--count N]
 * Generates N agency-style plain-text stories as files, then measures parsing
 * alone and parse + store + index through the ingest service.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseWire } from '../../shared/wire/parse.ts';
import { openServices } from '../../electron/services/open-services.ts';
import { createRandom, syntheticWireText } from './support/synthetic-wire.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '3000' } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
  console.error('--count must be a positive whole number');
  process.exit(2);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-ingest-'));
try {
  const inbox = path.join(work, 'inbox');
  const random = createRandom(20261129);
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = syntheticWireText(random, i);
    const file = path.join(inbox, `${String(Math.floor(i / 1000)).padStart(3, '0')}`, `story-${i}.txt`);
    if (i % 1000 === 0) mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }

  const parseStart = performance.now();
  let parsed = 0;
  for (const file of files) {
    const result = parseWire(readFileSync(file));
    if (result.ok) parsed += result.stories.length;
  }
  const parseSeconds = (performance.now() - parseStart) / 1000;

  const services = openServices({ dataDir: path.join(work, 'archive'), host: 'browser' });
  const ingestStart = performance.now();
  const results = await services.ingestPaths([inbox], (done, total) => {
    if (process.stderr.isTTY && (done % 250 === 0 || done === total)) {
      process.stderr.write(`\ringest ${done}/${total}`);
    }
  });
  const ingestSeconds = (performance.now() - ingestStart) / 1000;
  if (process.stderr.isTTY) process.stderr.write('\n');
  const stored = results.reduce((n, r) => n + r.storyIds.length, 0);
  const rejected = results.filter((r) => r.status === 'rejected').length;
  services.close();

  const figures = {
    bench: 'ingest',
    files: count,
    megabytes: Number((bytes / 1e6).toFixed(2)),
    parsedStories: parsed,
    storedStories: stored,
    rejectedFiles: rejected,
    parseStoriesPerSecond: Math.round(parsed / parseSeconds),
    ingestStoriesPerSecond: Math.round(stored / ingestSeconds),
    targetIngestStoriesPerSecond: 2000,
  };
  console.log('');
  console.log('| step | stories | seconds | stories/s |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(`| parse only | ${parsed} | ${parseSeconds.toFixed(2)} | ${figures.parseStoriesPerSecond} |`);
  console.log(`| parse + store + index | ${stored} | ${ingestSeconds.toFixed(2)} | ${figures.ingestStoriesPerSecond} |`);
  console.log(`(${count} files, ${figures.megabytes} MB, ${rejected} rejected; target ≥ 2,000 stories/s for parse + store + index)`);
  console.log(JSON.stringify(figures));
} finally {
  rmSync(work, { recursive: true, force: true });
}
