import { useId } from 'react';

/** Received from / to: two calendar days in the editor's time zone, each bound inclusive. */
export function DateRange({
  from,
  to,
  onChange,
}: {
  from: string;
  to: string;
  onChange: (range: { from: string; to: string }) => void;
}) {
  const fromId = useId();
  const toId = useId();
  const backwards = from !== '' && to !== '' && from > to;
  return (
    <fieldset className={`facet facet-dates${from || to ? ' is-active' : ''}`}>
      <legend className="facet-title">Received</legend>
      <div className="date-row">
        <label htmlFor={fromId}>From</label>
        <input
          id={fromId}
          type="date"
          className="date-input"
          aria-label="Received from"
          value={from}
          max={to || undefined}
          onChange={(event) => onChange({ from: event.target.value, to })}
        />
      </div>
      <div className="date-row">
        <label htmlFor={toId}>To</label>
        <input
          id={toId}
          type="date"
          className="date-input"
          aria-label="Received to"
          aria-invalid={backwards || undefined}
          value={to}
          min={from || undefined}
          onChange={(event) => onChange({ from, to: event.target.value })}
        />
      </div>
      {backwards && <p className="facet-empty facet-warning">“To” is before “From”: no day is in between.</p>}
    </fieldset>
  );
}
