import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, type Ref } from 'react';
import { IsoMonth, type Licence } from '../../../shared/model/licence.ts';
import { formatUseTime } from '../rights/format-use-time.ts';
import { useApi } from '../shell/api-context.tsx';
import { usageReportKey } from '../shell/query-keys.ts';
import { channelLabel } from './channel-labels.ts';
import { saveTextFile } from './download.ts';
import { csvForSpreadsheets } from './spreadsheet-csv.ts';
import { usageCsvFileName } from './file-names.ts';
import { formatMonth } from './licence-dates.ts';

/**
 * One licence's uses in one month, as distributors bill from them: the
 * count against the monthly cap, every use, and the CSV to send on.
 */
export function UsageReportPanel({
  licences,
  licenceId,
  month,
  thisMonth,
  selectRef,
  onLicence,
  onMonth,
}: {
  licences: Licence[];
  licenceId: string | null;
  month: string;
  thisMonth: string;
  /** The licence choice, focused when a table row asks for its report. */
  selectRef?: Ref<HTMLSelectElement>;
  onLicence: (id: string | null) => void;
  onMonth: (month: string) => void;
}) {
  const api = useApi();
  const baseId = useId();
  const validMonth = IsoMonth.safeParse(month).success;
  const report = useQuery({
    queryKey: [...usageReportKey, licenceId, month],
    queryFn: () => api.call('usage.report', { licenceId: licenceId!, month }),
    enabled: licenceId !== null && validMonth,
    placeholderData: keepPreviousData,
  });
  const data = licenceId !== null && validMonth ? report.data : undefined;
  const when = month === thisMonth ? 'this month' : `in ${formatMonth(month)}`;
  const used = data?.usages.length ?? 0;
  return (
    <section className="usage-report" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`}>Usage report</h2>
      <div className="usage-report-controls">
        <div className="licence-field">
          <label htmlFor={`${baseId}-licence`}>Licence</label>
          <select
            ref={selectRef}
            id={`${baseId}-licence`}
            className="select-input"
            value={licenceId ?? ''}
            onChange={(event) => onLicence(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">Choose a licence…</option>
            {licences.map((licence) => (
              <option key={licence.id} value={licence.id}>
                {licence.reference} · {licence.provider}
                {licence.retired ? ' (retired)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="licence-field">
          <label htmlFor={`${baseId}-month`}>Month</label>
          <input
            id={`${baseId}-month`}
            type="month"
            className="text-input usage-month"
            value={month}
            aria-invalid={!validMonth}
            onChange={(event) => onMonth(event.target.value)}
          />
        </div>
        <button
          type="button"
          className="button"
          disabled={!data || report.isPlaceholderData}
          onClick={() => data && saveTextFile(usageCsvFileName(data.licence.reference, data.month), csvForSpreadsheets(data.csv), 'text/csv;charset=utf-8')}
        >
          Export CSV
        </button>
      </div>
      {licenceId === null && <p className="licence-help">Choose a licence to see its uses, month by month.</p>}
      {!validMonth && <p className="field-error">Choose a month.</p>}
      {report.isError && licenceId !== null && (
        <p className="field-error" role="alert">
          The usage report could not be made: {report.error.message}
        </p>
      )}
      {data && (
        <div className={report.isPlaceholderData ? 'is-stale' : undefined} aria-busy={report.isPlaceholderData}>
          {data.cap !== null ? (
            <div className={`usage-cap${used >= data.cap ? ' is-full' : ''}`}>
              <p className="usage-count" role="status">
                {used.toLocaleString('en')} of {data.cap.toLocaleString('en')} uses {when}
              </p>
              <div
                className="progress usage-cap-bar"
                role="progressbar"
                aria-label="Uses of the monthly cap"
                aria-valuemin={0}
                aria-valuemax={data.cap}
                aria-valuenow={Math.min(used, data.cap)}
              >
                <div className="progress-fill" style={{ width: `${Math.min(100, (used / data.cap) * 100)}%` }} />
              </div>
            </div>
          ) : (
            <p className="usage-count" role="status">
              {used === 1 ? '1 use' : `${used.toLocaleString('en')} uses`} {when} <span className="licence-any">(no monthly cap)</span>
            </p>
          )}
          {data.usages.length === 0 ? (
            <p className="licence-help">No story was republished under {data.licence.reference} {when}.</p>
          ) : (
            <div className="licence-table-wrap">
              <table className="licence-table usage-table" aria-label={`Uses under ${data.licence.reference}`}>
                <thead>
                  <tr>
                    <th scope="col">Used</th>
                    <th scope="col">Story</th>
                    <th scope="col">Channel</th>
                    <th scope="col">Territory</th>
                    <th scope="col">Recorded by</th>
                    <th scope="col">Override</th>
                  </tr>
                </thead>
                <tbody>
                  {data.usages.map((usage) => (
                    <tr key={usage.id}>
                      <td>
                        <time dateTime={usage.usedAt}>{formatUseTime(usage.usedAt)}</time>
                      </td>
                      <th scope="row" className="usage-headline">
                        {usage.headline}
                      </th>
                      <td>{channelLabel(usage.channel)}</td>
                      <td>{usage.territory ?? '—'}</td>
                      <td>{usage.user}</td>
                      <td>
                        {usage.overrideReason && (
                          <>
                            <span className="chip chip-override">override</span> {usage.overrideReason}
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
