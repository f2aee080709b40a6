import { useId, useState, type ReactNode } from 'react';
import type { FacetCount } from '../../../../shared/model/search.ts';
import { facetList, visibleEntries } from './facet-values.ts';

/** A long list shows this many values until "Show all". */
const SHOWN_VALUES = 8;

/**
 * One filter: its values as checkboxes, each with the number of stories
 * ticking it would give as a small pill. A chosen value the search no longer
 * finds stays, at 0, so it can be unticked.
 */
export function FacetGroup({
  title,
  counts,
  selected,
  order,
  label,
  unstatedLabel,
  stale,
  onToggle,
}: {
  title: string;
  /** undefined until the first counts arrive. */
  counts: readonly FacetCount[] | undefined;
  selected: readonly string[];
  /** A fixed order for the values (the states); otherwise most stories first. */
  order?: readonly string[];
  /** How a value reads ("English (en)" for "en"). */
  label?: (value: string) => ReactNode;
  /** What the stories that do not say are called ("No agency given"). */
  unstatedLabel: string;
  /** The counts are the previous search's while this one runs. */
  stale: boolean;
  onToggle: (value: string) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const titleId = useId();
  const { entries, unstated } = facetList(counts, selected, order);
  const { shown, hidden } = visibleEntries(entries, SHOWN_VALUES, expanded);
  return (
    <fieldset className={`facet${stale ? ' is-stale' : ''}${selected.length > 0 ? ' is-active' : ''}`} aria-labelledby={titleId}>
      <legend className="facet-title">
        <span id={titleId}>{title}</span>
        {selected.length > 0 && (
          <span className="facet-chosen" title={`${selected.length} chosen`}>
            {selected.length}
          </span>
        )}
      </legend>
      {counts === undefined ? (
        <p className="facet-empty">Counting…</p>
      ) : entries.length === 0 && unstated === 0 ? (
        <p className="facet-empty">None in these stories</p>
      ) : (
        <ul className="facet-values">
          {shown.map((entry) => {
            const name = label ? label(entry.value) : entry.value;
            const plain = typeof name === 'string' ? name : entry.value;
            return (
              <li key={entry.value}>
                <label className={`facet-value${entry.selected ? ' is-selected' : ''}${entry.count === 0 ? ' is-zero' : ''}`}>
                  <input
                    type="checkbox"
                    checked={entry.selected}
                    aria-label={`${plain}, ${storyCount(entry.count)}`}
                    onChange={() => onToggle(entry.value)}
                  />
                  <span className="facet-name" title={plain}>
                    {name}
                  </span>
                  <span className="facet-count" aria-hidden="true">
                    {entry.count.toLocaleString('en')}
                  </span>
                </label>
              </li>
            );
          })}
          {unstated > 0 && (
            <li>
              <span className="facet-value facet-unstated" title="These stories do not say; they cannot be picked out by this filter.">
                <span className="facet-name">{unstatedLabel}</span>
                <span className="facet-count">{unstated.toLocaleString('en')}</span>
              </span>
            </li>
          )}
        </ul>
      )}
      {(hidden > 0 || expanded) && entries.length > SHOWN_VALUES && (
        <button type="button" className="link-button facet-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${entries.length}`}
        </button>
      )}
    </fieldset>
  );
}

function storyCount(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'story' : 'stories'}`;
}
