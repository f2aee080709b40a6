import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'Copydesk';
export const ARCHIVE_FILE = 'archive.sqlite';
export const DATA_ENV = 'COPYDESK_DATA';

export interface PlatformContext {
  platform?: NodeJS.Platform;
  homedir?: string;
  /** Resolves a relative --data or COPYDESK_DATA. */
  cwd?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Where Copydesk keeps its archive when nobody says otherwise: the OS's per-user application-data folder. */
export function defaultDataDir(env: Env, context: PlatformContext = {}): string {
  const platform = context.platform ?? process.platform;
  const home = context.homedir ?? os.homedir();
  if (platform === 'win32') {
    const appData = nonEmpty(env.APPDATA) ?? path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_FOLDER);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER);
  // XDG says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = nonEmpty(env.XDG_CONFIG_HOME);
  const config = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.config');
  return path.posix.join(config, APP_FOLDER);
}

/** The archive folder: the --data flag, then COPYDESK_DATA, then the OS default. */
export function resolveDataDir(options: { flag?: string | undefined; env: Env } & PlatformContext): string {
  const chosen = nonEmpty(options.flag) ?? nonEmpty(options.env[DATA_ENV]);
  if (chosen) {
    const pathApi = (options.platform ?? process.platform) === 'win32' ? path.win32 : path;
    return pathApi.resolve(options.cwd ?? process.cwd(), chosen);
  }
  return defaultDataDir(options.env, options);
}

export function archiveFile(dataDir: string): string {
  return path.join(dataDir, ARCHIVE_FILE);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}
