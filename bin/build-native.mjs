#!/usr/bin/env node
// Builds better-sqlite3 from source against this Node's headers. Its own install
// script would first try to fetch a prebuilt binary from outside the npm
// registry, which Copydesk never does, so package.json denies that script and
// this postinstall step builds the addon instead. (The Electron build happens
// in `npm run dist`, never here.)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const addon = path.join(pkgDir, 'build', 'Release', 'better_sqlite3.node');

function loads() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: pkgDir,
    stdio: 'ignore',
  });
  return probe.status === 0;
}

if (existsSync(addon) && loads()) process.exit(0);

const gyp = process.env.npm_config_node_gyp || require.resolve('node-gyp/bin/node-gyp.js');
console.log('copydesk: building better-sqlite3 from source (about two minutes)…');
const result = spawnSync(process.execPath, [gyp, 'rebuild', '--release'], { cwd: pkgDir, stdio: 'inherit' });
if (result.status !== 0 || !loads()) {
  console.error('copydesk: could not build better-sqlite3; it needs python3, make and a C++ compiler.');
  process.exit(1);
}
