import { useState } from 'react';
import type { SavedSearch } from '../../../../shared/model/search.ts';
import { sameSearch, type SearchSpec } from './filter-state.ts';
import { suggestSearchName, summariseSearch } from './search-summary.ts';
import { useSavedSearches } from './use-saved-searches.ts';

/**
 * The searches editors named: one press applies one (words, filters, order,
 * view). "Save search…" names what is on screen now.
 */
export function SavedSearches({ current, canSave, onApply }: { current: SearchSpec; canSave: boolean; onApply: (search: SavedSearch) => void }) {
  const saved = useSavedSearches();
  const [naming, setNaming] = useState<string | null>(null);

  async function submit() {
    const name = naming?.trim();
    if (!name) return;
    try {
      await saved.save({ name, query: current.query, filters: current.filters, sort: current.sort });
      setNaming(null);
    } catch {
      // saveError says why, beside the field.
    }
  }

  return (
    <section className="saved-searches" aria-labelledby="saved-searches-title">
      <h2 className="filters-heading" id="saved-searches-title">
        Saved searches
      </h2>
      {saved.searches.length > 0 && (
        <ul className="saved-list" aria-label="Saved searches">
          {saved.searches.map((search) => {
            const active = sameSearch(search, current);
            return (
              <li key={search.id} className={`saved-item${active ? ' is-active' : ''}`}>
                <button
                  type="button"
                  className="saved-apply"
                  aria-current={active ? 'true' : undefined}
                  title={summariseSearch(search)}
                  onClick={() => onApply(search)}
                >
                  <span className="saved-name">{search.name}</span>
                  <span className="saved-summary">{summariseSearch(search)}</span>
                </button>
                <button
                  type="button"
                  className="saved-delete"
                  aria-label={`Delete saved search “${search.name}”`}
                  title="Delete this saved search"
                  disabled={saved.removing === search.id}
                  onClick={() => saved.remove(search.id)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {saved.loaded && saved.searches.length === 0 && naming === null && <p className="facet-empty">None yet.</p>}
      {saved.error && (
        <p className="field-error" role="alert">
          Saved searches: {saved.error.message}
        </p>
      )}
      {naming === null ? (
        <button
          type="button"
          className="button button-quiet save-search"
          disabled={!canSave}
          title={canSave ? 'Keep this search in the sidebar' : 'Type words or choose a filter first'}
          onClick={() => setNaming(suggestSearchName(current))}
        >
          Save search…
        </button>
      ) : (
        <form
          className="save-form"
          aria-label="Save search"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <input
            className="text-input save-name"
            aria-label="Name of the search"
            maxLength={200}
            autoFocus
            value={naming}
            onChange={(event) => setNaming(event.target.value)}
            onFocus={(event) => event.currentTarget.select()}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                setNaming(null);
              }
            }}
          />
          <div className="save-actions">
            <button type="submit" className="button button-primary button-small" disabled={!naming.trim() || saved.saving}>
              Save
            </button>
            <button type="button" className="button button-quiet button-small" onClick={() => setNaming(null)}>
              Cancel
            </button>
          </div>
          {saved.saveError && (
            <p className="field-error" role="alert">
              Not saved: {saved.saveError.message}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
