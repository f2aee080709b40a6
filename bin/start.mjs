#!/usr/bin/env node
// `npm start`: the Electron workstation where its runtime is installed and
// better-sqlite3 is built for it; otherwise the same workstation through the
// browser host, said plainly, opened in the desktop browser when there is one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

/** The Electron executable, or null with the reason. */
function findElectron() {
  let binary;
  try {
    // The electron package exports the path of its binary (honouring ELECTRON_OVERRIDE_DIST_PATH), or throws when it was never downloaded.
    binary = require('electron');
  } catch {
    return { binary: null, why: 'Electron runtime not installed here' };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) return { binary: null, why: 'Electron runtime not installed here' };
  return { binary, why: '' };
}

/** better-sqlite3 is a native addon: it must be built for Electron's ABI, not this Node's. */
function sqliteLoadsUnder(binary) {
  const probe = spawnSync(binary, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: 'ignore',
    timeout: 60_000,
  });
  return probe.status === 0;
}

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

function rendererIsStale() {
  const built = path.join(root, 'dist/renderer/index.html');
  if (!existsSync(built)) return true;
  const sources = ['renderer', 'shared', 'vite.config.ts'].map((p) => newestMtime(path.join(root, p)));
  return Math.max(...sources) > statSync(built).mtimeMs;
}

function run(command, commandArgs, what) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`copydesk: ${what} failed.`);
    process.exit(result.status ?? 1);
  }
}

function buildRenderer() {
  console.log('copydesk: building the user interface (npm run build:renderer)…');
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin/vite.js');
  run(process.execPath, [vite, 'build', '--logLevel', 'warn'], 'building the user interface');
}

function canOpenBrowser() {
  if (process.platform === 'linux') return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  return process.platform === 'darwin' || process.platform === 'win32';
}

function openInBrowser(url) {
  const [command, commandArgs, extra] =
    process.platform === 'darwin'
      ? ['open', [url], {}]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', `"${url}"`], { windowsVerbatimArguments: true }]
        : ['xdg-open', [url], {}];
  const child = spawn(command, commandArgs, { stdio: 'ignore', detached: true, ...extra });
  child.on('error', () => console.log('copydesk: could not open a browser; open the address above yourself.'));
  child.unref();
}

async function startElectron(binary) {
  if (rendererIsStale()) buildRenderer();
  run(process.execPath, [path.join(root, 'electron/build.mjs')], 'building the Electron main process');
  const child = spawn(binary, ['.', ...args], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

async function startBrowserHost() {
  if (rendererIsStale()) buildRenderer();
  // Before the services load: Lexical (headless, materialising the editor's text) otherwise runs its slower development build.
  process.env.NODE_ENV ??= 'production';
  const { register } = await import('tsx/esm/api');
  register();
  const { startServing } = await import('../electron/cli/serve.ts');
  const { dataFlagFrom } = await import('../electron/host/launch-args.ts');
  const serving = await startServing({ data: dataFlagFrom(args), log: (m) => console.error(m) });
  const browser = canOpenBrowser();
  console.log(`copydesk: archive in ${serving.dataDir}`);
  if (browser) console.log('copydesk: opening the workstation in your browser; this address opens it too (Ctrl+C stops Copydesk):');
  else console.log('copydesk: no desktop browser here (no DISPLAY); open this address in a browser on this machine (Ctrl+C stops Copydesk):');
  console.log(serving.url);
  if (browser) openInBrowser(serving.url);
  const stop = () => void serving.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const electron = findElectron();
if (electron.binary && sqliteLoadsUnder(electron.binary)) {
  await startElectron(electron.binary);
} else {
  if (electron.binary) {
    console.log(
      'copydesk: better-sqlite3 is not built for Electron; run npm run dist to package the Electron app with its own build of it — starting the browser host instead.',
    );
  } else {
    console.log(`copydesk: ${electron.why} — starting the browser host instead.`);
  }
  await startBrowserHost();
}
