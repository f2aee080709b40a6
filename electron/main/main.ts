import { app, BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import { fileURLToPath } from 'node:url';
import { dataFlagFrom } from '../host/launch-args.ts';
import { openServices } from '../services/open-services.ts';
import { resolveDataDir } from '../services/data-dir.ts';
import type { Services } from '../services/services.ts';
import { registerAppScheme, serveAppProtocol } from './app-protocol.ts';
import { bindContract } from './ipc.ts';
import { installAppMenu } from './menu.ts';
import { denyPermissions, hardenWebContents } from './security.ts';
import { createMainWindow } from './window.ts';

// Beside this file in dist/electron/ (see electron/build.mjs).
const preloadPath = fileURLToPath(new URL('./preload.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const migrationsDir = new URL('./migrations/', import.meta.url);

registerAppScheme();
hardenWebContents();

let win: BrowserWindow | null = null;

function openWindow(): void {
  win = createMainWindow(preloadPath);
  win.on('closed', () => {
    win = null;
  });
}

async function importWithDialog(services: Services, properties: OpenDialogOptions['properties']): Promise<void> {
  const options: OpenDialogOptions = { title: 'Import wire copy', buttonLabel: 'Import', properties };
  const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (picked.canceled || picked.filePaths.length === 0) return;
  const results = await services.ingestPaths(picked.filePaths, (done, total) => win?.setProgressBar(done / Math.max(total, 1)));
  win?.setProgressBar(-1);
  const rejected = results.filter((r) => r.status === 'rejected');
  if (rejected.length === 0) return;
  const box = {
    type: 'warning' as const,
    message: `${rejected.length} of ${results.length} files could not be imported.`,
    detail: rejected.map((r) => r.error ?? `${r.file}: rejected`).join('\n'),
  };
  if (win) await dialog.showMessageBox(win, box);
  else await dialog.showMessageBox(box);
}

async function start(): Promise<void> {
  await app.whenReady();
  denyPermissions();
  serveAppProtocol(rendererDir);
  const dataDir = resolveDataDir({ flag: dataFlagFrom(process.argv), env: process.env });
  const services = openServices({ dataDir, host: 'electron', migrationsDir, appVersion: app.getVersion() });
  const unbind = bindContract(services, () => win);
  installAppMenu({
    importFiles: () => void importWithDialog(services, ['openFile', 'multiSelections']),
    importFolder: () => void importWithDialog(services, ['openDirectory', 'multiSelections']),
  });
  openWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    // Quitting waits for the ingest threads to finish the file they are storing and the archive to close.
    event.preventDefault();
    unbind();
    void services.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}

start().catch((err: unknown) => {
  dialog.showErrorBox('Copydesk could not start', err instanceof Error ? err.message : String(err));
  app.exit(1);
});
