#!/usr/bin/env node
// Bundles the Electron main process and the preload into dist/electron/:
//   main.mjs     ESM for Electron's Node; electron and better-sqlite3 (native) stay external.
//   ingest-worker.mjs, parse-worker.mjs  the bulk-ingest threads, beside main.mjs: the services
//                start them by `new URL('./ingest-worker.mjs', import.meta.url)` (from the sources
//                those names are tsx bootstraps beside the .ts files).
//   preload.cjs  one CommonJS file: a sandboxed preload cannot require anything but electron.
//   migrations/  the archive's SQL migrations, found beside main.mjs via import.meta.url.
import { build } from 'esbuild';
import { cp, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist/electron`;

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  // Lexical (headless, in the services) picks its development build unless told otherwise: slower, and checks meant for its own tests.
  define: { 'process.env.NODE_ENV': '"production"' },
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

// Bundled CommonJS dependencies call require(); ESM has none of its own.
const esmRequire = { js: "import { createRequire as __cdCreateRequire } from 'node:module'; const require = __cdCreateRequire(import.meta.url);" };

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: `${outDir}/main.mjs`,
    format: 'esm',
    external: ['electron', 'better-sqlite3'],
    banner: esmRequire,
  }),
  ...['ingest-worker', 'parse-worker'].map((name) =>
    build({
      ...common,
      entryPoints: [`electron/services/${name}.ts`],
      outfile: `${outDir}/${name}.mjs`,
      format: 'esm',
      external: ['better-sqlite3'],
      banner: esmRequire,
    }),
  ),
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: `${outDir}/preload.cjs`,
    format: 'cjs',
    external: ['electron'],
    // It runs at every page load and carries zod (the contract's names come with its schemas).
    minify: true,
  }),
]);

await cp(`${root}db/migrations`, `${outDir}/migrations`, { recursive: true });
console.log('electron: built dist/electron/main.mjs, ingest-worker.mjs, parse-worker.mjs, preload.cjs and migrations/');
