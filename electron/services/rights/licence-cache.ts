import type { Licence } from '../../../shared/model/licence.ts';
import type { LicenceRepository } from '../../../db/repositories/licences.ts';

/** The archive's licences, read again only when one was created or changed since (by anyone: the app, the command line, a worker). */
export interface LicenceCache {
  /** Every licence not retired. One small query to check the cache is still good. */
  active(): readonly Licence[];
}

export function createLicenceCache(licences: Pick<LicenceRepository, 'list' | 'stamp'>): LicenceCache {
  let stamp: string | undefined;
  let active: Licence[] = [];
  return {
    active() {
      // The stamp before the list: should a write fall between them, the list is the newer and the next look reads it again.
      const now = licences.stamp();
      if (now !== stamp) {
        active = licences.list({ includeRetired: false });
        stamp = now;
      }
      return active;
    },
  };
}
