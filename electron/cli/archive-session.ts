import type { Services } from '../services/services.ts';

export interface ArchiveSession {
  services: Services;
  dataDir: string;
}

/**
 * Opens the archive (the `--data` folder, COPYDESK_DATA, or the default), runs
 * `job`, and closes it whatever happens. The services are imported only here,
 * so `copydesk parse` and `--help` never load SQLite. The settings' watched
 * folders are left to the app: a one-shot command must not take their files.
 */
export async function withArchive<T>(dataFlag: string | undefined, job: (session: ArchiveSession) => Promise<T>): Promise<T> {
  const session = await openArchiveSession(dataFlag, 'browser', { watchSettingsFolders: false });
  try {
    return await job(session);
  } finally {
    await session.services.close();
  }
}

export async function openArchiveSession(
  dataFlag: string | undefined,
  host: 'electron' | 'browser',
  options: { watchSettingsFolders?: boolean } = {},
): Promise<ArchiveSession> {
  const [{ openServices }, { resolveDataDir }] = await Promise.all([
    import('../services/open-services.ts'),
    import('../services/data-dir.ts'),
  ]);
  const dataDir = resolveDataDir({ flag: dataFlag, env: process.env });
  const services = openServices({ dataDir, host, watchSettingsFolders: options.watchSettingsFolders ?? true });
  return { services, dataDir };
}
