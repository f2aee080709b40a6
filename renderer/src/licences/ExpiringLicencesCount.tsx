import { todayUtc } from './licence-dates.ts';
import { EXPIRY_WARNING_DAYS, expiringSoonCount } from './licence-state.ts';
import { useLicences } from './use-licences.ts';

/** The sidebar's amber pill beside "Licences": licences in force that end within 30 days. Nothing when none do. */
export function ExpiringLicencesCount() {
  const licences = useLicences();
  const count = licences.data ? expiringSoonCount(licences.data.licences, todayUtc()) : 0;
  if (count === 0) return null;
  const label = `${count} ending within ${EXPIRY_WARNING_DAYS} days`;
  return (
    <span className="section-pill" title={`${count === 1 ? '1 licence ends' : `${count} licences end`} within ${EXPIRY_WARNING_DAYS} days`}>
      {count}
      <span className="visually-hidden"> {label}</span>
    </span>
  );
}
