#!/usr/bin/env node
// `npm run bench -- NAME [args]` runs tests/bench/NAME.ts under tsx (helpers live in tests/bench/support/).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'tests', 'bench');
const available = readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''));
const [name, ...rest] = process.argv.slice(2);

if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- NAME [options]\nbenchmarks: ${available.join(', ') || '(none)'}`);
  process.exit(2);
}
const script = path.join(benchDir, `${name}.ts`);
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
// Measured as the workstation runs: with its libraries' production builds (Lexical picks by NODE_ENV).
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' };
const run = spawnSync(process.execPath, [tsx, script, ...rest], { stdio: 'inherit', cwd: root, env });
process.exit(run.status ?? 1);
