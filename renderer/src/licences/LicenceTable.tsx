import type { Licence } from '../../../shared/model/licence.ts';
import { channelLabel } from './channel-labels.ts';
import { formatValidity } from './licence-dates.ts';
import { LicenceStateBadge } from './LicenceStateBadge.tsx';

/** Every licence on file, one row each, with what an editor does to one. */
export function LicenceTable({
  licences,
  today,
  busyId,
  onEdit,
  onRetire,
  onReport,
}: {
  licences: Licence[];
  today: string;
  /** A licence being retired or reinstated: its button waits. */
  busyId: string | null;
  onEdit: (licence: Licence) => void;
  onRetire: (licence: Licence, retired: boolean) => void;
  onReport: (licence: Licence) => void;
}) {
  return (
    <div className="licence-table-wrap">
      <table className="licence-table" aria-label="Licences on file">
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Agency</th>
            <th scope="col">Distributor</th>
            <th scope="col">Valid</th>
            <th scope="col">Channels</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {licences.map((licence) => (
            <tr key={licence.id} className={licence.retired ? 'is-retired' : undefined}>
              <th scope="row" className="licence-reference">
                {licence.reference}
              </th>
              <td>{licence.provider}</td>
              <td>{licence.distributor ?? <span className="licence-any">any</span>}</td>
              <td className="licence-validity">{formatValidity(licence.validFrom, licence.validTo)}</td>
              <td>
                <span className="licence-channels">
                  {licence.channels.map((channel) => (
                    <span key={channel} className="chip chip-channel">
                      {channelLabel(channel)}
                    </span>
                  ))}
                </span>
              </td>
              <td>
                <LicenceStateBadge licence={licence} today={today} />
              </td>
              <td className="licence-actions">
                <button type="button" className="button button-small" aria-label={`Edit ${licence.reference}`} onClick={() => onEdit(licence)}>
                  Edit
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Usage report for ${licence.reference}`}
                  onClick={() => onReport(licence)}
                >
                  Usage
                </button>
                <button
                  type="button"
                  className={`button button-small ${licence.retired ? 'button-restore' : 'button-quiet'}`}
                  aria-label={`${licence.retired ? 'Reinstate' : 'Retire'} ${licence.reference}`}
                  disabled={busyId === licence.id}
                  onClick={() => onRetire(licence, !licence.retired)}
                >
                  {licence.retired ? 'Reinstate' : 'Retire'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
