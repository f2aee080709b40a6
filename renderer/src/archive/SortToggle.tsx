import type { SearchSort } from '../../../shared/model/search.ts';

/** Newest first, or best match first (which needs words to match, so it waits for them). */
export function SortToggle({ sort, canRank, onChange }: { sort: SearchSort; canRank: boolean; onChange: (sort: SearchSort) => void }) {
  return (
    <div className="sort-toggle" role="group" aria-label="Order">
      <button type="button" className="sort-option" aria-pressed={sort === 'newest'} onClick={() => onChange('newest')}>
        Newest
      </button>
      <button
        type="button"
        className="sort-option"
        aria-pressed={sort === 'relevance'}
        disabled={!canRank}
        title={canRank ? 'Best match first, among the newest matches' : 'Type words to search for first'}
        onClick={() => onChange('relevance')}
      >
        Best match
      </button>
    </div>
  );
}
