import type { Services } from '../services/services.ts';

export interface ArchiveSession {
  services: Services;
  dataDir: string;
}

/**
 * Opens the archive (the `--data` folder, COPYDESK_DATA, or the default), runs
 * `job`, and closes it whatever happens. The services are imported only here,
 * so `copydesk parse` and `--help` never load SQLite.
 */
export async function withArchive<T>(dataFlag: string | undefined, job: (session: ArchiveSession) => Promise<T>): Promise<T> {
  const session = await openArchiveSession(dataFlag, 'browser');
  try {
    return await job(session);
  } finally {
    session.services.close();
  }
}

export async function openArchiveSession(dataFlag: string | undefined, host: 'electron' | 'browser'): Promise<ArchiveSession> {
  const [{ openServices }, { resolveDataDir }] = await Promise.all([
    import('../services/open-services.ts'),
    import('../services/data-dir.ts'),
  ]);
  const dataDir = resolveDataDir({ flag: dataFlag, env: process.env });
  const services = openServices({ dataDir, host });
  return { services, dataDir };
}
