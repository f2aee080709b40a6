import type { Licence } from '../../../shared/model/licence.ts';
import { daysBetween, relativeDays } from './licence-dates.ts';

/** A licence ending within this many days is flagged amber, in its table and in the sidebar. */
export const EXPIRY_WARNING_DAYS = 30;

export type LicenceStateKind = 'active' | 'expiring' | 'expired' | 'not-yet-valid' | 'retired';

export interface LicenceState {
  kind: LicenceStateKind;
  /** What the badge says: "active", "expires in 12 days", "expired"… */
  label: string;
  /** Days until the last valid day, when the licence is expiring. */
  daysLeft: number | null;
}

/** Where a licence stands on `today` (YYYY-MM-DD, UTC): the badge of the licences table. */
export function licenceState(licence: Pick<Licence, 'retired' | 'validFrom' | 'validTo'>, today: string): LicenceState {
  if (licence.retired) return { kind: 'retired', label: 'retired', daysLeft: null };
  if (daysBetween(today, licence.validFrom) > 0) return { kind: 'not-yet-valid', label: 'not yet valid', daysLeft: null };
  if (licence.validTo === null) return { kind: 'active', label: 'active', daysLeft: null };
  const daysLeft = daysBetween(today, licence.validTo);
  if (daysLeft < 0) return { kind: 'expired', label: 'expired', daysLeft: null };
  if (daysLeft <= EXPIRY_WARNING_DAYS) {
    return { kind: 'expiring', label: daysLeft === 0 ? 'expires today' : `expires ${relativeDays(daysLeft)}`, daysLeft };
  }
  return { kind: 'active', label: 'active', daysLeft: null };
}

/** Licences in force that end within the warning window: the sidebar's badge. */
export function expiringSoonCount(licences: readonly Pick<Licence, 'retired' | 'validFrom' | 'validTo'>[], today: string): number {
  return licences.filter((licence) => licenceState(licence, today).kind === 'expiring').length;
}
