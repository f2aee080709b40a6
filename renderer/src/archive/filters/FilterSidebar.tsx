import type { EditingMark, RightsState, SavedSearch, SearchFacets } from '../../../../shared/model/search.ts';
import { formatLanguage } from '../../common/format-language.ts';
import { DateRange } from './DateRange.tsx';
import { editingLabel, facetBasisNote, rightsLabel } from './facet-values.ts';
import { FacetGroup } from './FacetGroup.tsx';
import type { FacetName } from '../../../../shared/model/search.ts';
import { activeFilterCount, editingOrder, rightsOrder, stateOrder, type FilterState, type SearchSpec } from './filter-state.ts';
import { SavedSearches } from './SavedSearches.tsx';

/**
 * The archive's sidebar: saved searches, then every filter with the number
 * of stories each value gives in the current search.
 */
export function FilterSidebar({
  id,
  filters,
  facets,
  stale,
  current,
  canSave,
  onToggle,
  onDates,
  onClear,
  onApplySaved,
  onClose,
}: {
  id?: string;
  filters: FilterState;
  facets: SearchFacets | undefined;
  stale: boolean;
  current: SearchSpec;
  canSave: boolean;
  onToggle: (facet: FacetName, value: string) => void;
  onDates: (range: { from: string; to: string }) => void;
  onClear: () => void;
  onApplySaved: (search: SavedSearch) => void;
  /** Narrow windows: close the drawer the filters open in. */
  onClose: () => void;
}) {
  const active = activeFilterCount(filters);
  const basisNote = facetBasisNote(facets);
  return (
    <aside id={id} className="filters" aria-label="Filters">
      <button type="button" className="link-button filters-close" onClick={onClose}>
        Close filters
      </button>
      <SavedSearches current={current} canSave={canSave} onApply={onApplySaved} />
      <div className="filters-head">
        <h2 className="filters-heading">
          Filters
          {active > 0 && (
            <span className="filters-active" title={`${active} chosen`}>
              {active}
              <span className="visually-hidden"> chosen</span>
            </span>
          )}
        </h2>
        <button type="button" className="link-button filters-clear" disabled={active === 0} onClick={onClear}>
          Clear filters
        </button>
      </div>
      {basisNote && (
        <p className="filters-basis" title="Counting stops there, so it stays instant at any size.">
          {basisNote}
        </p>
      )}
      <FacetGroup
        title="Agency"
        counts={facets?.providers}
        selected={filters.providers}
        unstatedLabel="No agency given"
        stale={stale}
        onToggle={(value) => onToggle('providers', value)}
      />
      <FacetGroup
        title="Distributor"
        counts={facets?.distributors}
        selected={filters.distributors}
        unstatedLabel="No distributor given"
        stale={stale}
        onToggle={(value) => onToggle('distributors', value)}
      />
      <FacetGroup
        title="Language"
        counts={facets?.languages}
        selected={filters.languages}
        label={formatLanguage}
        unstatedLabel="Language not given"
        stale={stale}
        onToggle={(value) => onToggle('languages', value)}
      />
      <FacetGroup
        title="Status"
        counts={facets?.states}
        selected={filters.states}
        order={stateOrder}
        label={(state) => <span className={`chip chip-state-${state}`}>{state}</span>}
        unstatedLabel="No status"
        stale={stale}
        onToggle={(value) => onToggle('states', value)}
      />
      <FacetGroup
        title="Rights"
        counts={facets?.rights}
        selected={filters.rights}
        order={rightsOrder}
        label={(value) => rightsLabel[value as RightsState] ?? value}
        unstatedLabel="Not known"
        stale={stale}
        onToggle={(value) => onToggle('rights', value)}
      />
      <FacetGroup
        title="Editing"
        counts={facets?.editing}
        selected={filters.editing}
        order={editingOrder}
        label={(value) => editingLabel[value as EditingMark] ?? value}
        unstatedLabel="Not known"
        stale={stale}
        onToggle={(value) => onToggle('editing', value)}
      />
      <DateRange from={filters.receivedFrom} to={filters.receivedTo} onChange={onDates} />
    </aside>
  );
}
