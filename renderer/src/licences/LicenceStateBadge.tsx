import type { Licence } from '../../../shared/model/licence.ts';
import { formatDay } from './licence-dates.ts';
import { licenceState } from './licence-state.ts';

const TITLES = {
  active: 'In force today',
  expiring: 'In force, but ending soon: renew it or stop using the agency’s copy',
  expired: 'Its last day has passed: it allows nothing',
  'not-yet-valid': 'Not in force yet: it allows nothing before its first day',
  retired: 'Retired by an editor: kept for the usage records, it matches and allows nothing',
} as const;

/** The licence's state as a coloured badge: active, expires in N days (amber), expired, not yet valid, retired. */
export function LicenceStateBadge({ licence, today }: { licence: Licence; today: string }) {
  const state = licenceState(licence, today);
  const title = state.kind === 'expiring' && licence.validTo ? `Last day ${formatDay(licence.validTo)}` : TITLES[state.kind];
  return (
    <span className={`chip licence-state licence-state-${state.kind}`} title={title}>
      {state.label}
    </span>
  );
}
