import { useCallback, useEffect, useId, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import type { FacetName, SavedSearch, SearchSort } from '../../../shared/model/search.ts';
import { FilterSidebar } from './filters/FilterSidebar.tsx';
import {
  activeFilterCount,
  effectiveSort,
  fromSearchFilters,
  hasFilters,
  noFilters,
  toggleFacetValue,
  toSearchFilters,
  type ArchiveView,
  type FilterState,
  type SearchSpec,
} from './filters/filter-state.ts';
import { formatStoryCount } from './format-count.ts';
import { SearchBox } from './SearchBox.tsx';
import { SelectionBar, type SpikeOutcome } from './SelectionBar.tsx';
import { emptySelection, selectedInOrder, selectionReducer } from './selection.ts';
import { SortToggle } from './SortToggle.tsx';
import { StoryList, type RowClick } from './StoryList.tsx';
import { useArchiveSearch, useSpikedCount } from './use-archive-search.ts';
import { useDebouncedValue } from './use-debounced-value.ts';
import { useListKeys } from './use-list-keys.ts';
import { useSpike } from './use-spike.ts';
import { ViewTabs } from './ViewTabs.tsx';

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
const SEARCH_DEBOUNCE_MS = 160;
/** How long "Spiked 3 stories · Undo" stays after the bar has done its work. */
const OUTCOME_MS = 12_000;

export function ArchivePane({
  active,
  openId,
  onOpen,
  children,
}: {
  /** False while another section fills the window: the pane stays mounted (search and scroll kept) but hidden. */
  active: boolean;
  openId: string | null;
  onOpen: (id: string) => void;
  /** Shown between the search bar and the list (the import panel). */
  children?: ReactNode;
}) {
  const [text, setText] = useState('');
  const debounced = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  // A saved search applies its words at once, not a debounce later with its filters already on.
  const [applied, setApplied] = useState<string | null>(null);
  const query = applied !== null && applied === text.trim() ? applied : debounced;
  const [filters, setFilters] = useState<FilterState>(noFilters);
  const [view, setView] = useState<ArchiveView>('archive');
  const [sortChoice, setSortChoice] = useState<SearchSort>('newest');
  const sort = effectiveSort(sortChoice, query);
  const spec = useMemo<SearchSpec>(() => ({ query, filters: toSearchFilters(filters, view), sort }), [query, filters, view, sort]);
  const search = useArchiveSearch(spec);
  const spikedCount = useSpikedCount();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [marks, dispatch] = useReducer(selectionReducer, emptySelection);
  const spike = useSpike();
  const [outcome, setOutcome] = useState<SpikeOutcome | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const listRef = useRef<HTMLDivElement | null>(null);
  const listId = useId();
  const filtersId = useId();
  // Narrow windows keep the filters in a drawer (styles.css); wide ones always show them and hide this toggle.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const { items } = search;
  const order = useMemo(() => items.map((item) => item.id), [items]);
  const marked = selectedInOrder(marks, order);

  // Another search: nothing stays marked, so a Spike never reaches stories that are not on screen.
  const specKey = JSON.stringify(spec);
  useEffect(() => {
    dispatch({ type: 'clear' });
    setOutcome(null);
  }, [specKey]);
  // Stories that left the list (spiked in another window, say) are no longer marked.
  useEffect(() => {
    if (!search.stale) dispatch({ type: 'retain', order });
  }, [order, search.stale]);
  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(null), OUTCOME_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  const move = useCallback(
    (delta: 1 | -1, extend: boolean) => {
      if (items.length === 0) return;
      const current = selectedId === null ? -1 : items.findIndex((item) => item.id === selectedId);
      const next = current < 0 ? (delta > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, current + delta));
      const story = items[next];
      if (!story) return;
      if (extend) dispatch({ type: 'extend', order, from: items[current]?.id ?? story.id, to: story.id });
      setSelectedId(story.id);
    },
    [items, order, selectedId],
  );

  const onRowClick = (id: string, how: RowClick) => {
    if (how === 'extend') {
      const from = selectedId !== null && order.includes(selectedId) ? selectedId : id;
      dispatch({ type: 'extend', order, from, to: id });
    } else if (how === 'toggle') {
      dispatch({ type: 'toggle', id });
    }
    setSelectedId(id);
    if (how === 'open') onOpen(id);
  };

  const runSpike = (ids: string[], spiked: boolean) => {
    if (ids.length === 0) return;
    spike.mutate(
      { ids, spiked },
      {
        onSuccess: ({ changed }) => {
          dispatch({ type: 'clear' });
          setOutcome({ ids, spiked, changed });
        },
      },
    );
  };

  useListKeys({
    enabled: active,
    focusSearch: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    move,
    openSelected: () => {
      if (selectedId && items.some((item) => item.id === selectedId)) onOpen(selectedId);
    },
    toggleMarked: () => {
      if (selectedId && order.includes(selectedId)) dispatch({ type: 'toggle', id: selectedId });
    },
    clearMarked: () => {
      if (marks.ids.size === 0) return false;
      dispatch({ type: 'clear' });
      spike.reset();
      return true;
    },
  });

  const applySaved = (saved: SavedSearch) => {
    const chosen = fromSearchFilters(saved.filters);
    setText(saved.query);
    setApplied(saved.query.trim());
    setFilters(chosen.state);
    setView(chosen.view);
    setSortChoice(saved.sort);
  };

  const filtered = hasFilters(filters);
  const typing = text.trim() !== query;
  return (
    <section className={`archive-pane${filtersOpen ? ' filters-open' : ''}`} aria-labelledby="archive-title" hidden={!active}>
      <FilterSidebar
        id={filtersId}
        filters={filters}
        facets={search.facets}
        stale={search.stale}
        current={spec}
        canSave={query !== '' || filtered}
        onToggle={(facet: FacetName, value: string) => setFilters((state) => toggleFacetValue(state, facet, value))}
        onDates={({ from, to }) => setFilters((state) => ({ ...state, receivedFrom: from, receivedTo: to }))}
        onClear={() => setFilters(noFilters)}
        onApplySaved={applySaved}
        onClose={() => setFiltersOpen(false)}
      />
      <div className="archive-main">
        <header className="pane-header">
          <div className="pane-title-row">
            <h1 id="archive-title" className="pane-title">
              Archive
            </h1>
            <p className="result-count" role="status" aria-label="Story count">
              {search.answered === null && items.length === 0 ? 'Searching…' : formatStoryCount(search.total, search.capped)}
            </p>
          </div>
          <SearchBox
            value={text}
            onChange={(value) => {
              setText(value);
              setApplied(null);
            }}
            busy={typing || search.isFetching}
            inputRef={searchRef}
            onLeave={(into) => {
              if (into !== 'list') return;
              listRef.current?.focus();
              if (selectedId === null) move(1, false);
            }}
          />
          <p className="search-notice" role="status" aria-label="Search notice">
            {search.notice ?? ''}
          </p>
          <div className="list-tools">
            <button
              type="button"
              className={`filters-toggle${filtered ? ' is-filtered' : ''}`}
              aria-expanded={filtersOpen}
              aria-controls={filtersId}
              onClick={() => setFiltersOpen(!filtersOpen)}
            >
              Filters
              {filtered && <span className="filters-active">{activeFilterCount(filters)}</span>}
            </button>
            <ViewTabs view={view} spikedCount={spikedCount} listId={listId} onChange={setView} />
            <SortToggle sort={sort} canRank={query !== ''} onChange={setSortChoice} />
          </div>
        </header>
        {children}
        <SelectionBar
          count={marked.length}
          view={view}
          busy={spike.isPending}
          error={marked.length > 0 ? spike.error : null}
          outcome={outcome}
          onSpike={() => runSpike(marked, view === 'archive')}
          onClear={() => {
            dispatch({ type: 'clear' });
            spike.reset();
          }}
          onUndo={() => outcome && runSpike(outcome.ids, !outcome.spiked)}
        />
        {search.error && (
          <p className="pane-error" role="alert">
            The search failed: {search.error.message}
          </p>
        )}
        {items.length === 0 && search.answered !== null && !search.error && (
          <EmptyList
            query={search.answered.query}
            view={view}
            filtered={filtered}
            spikedCount={spikedCount}
            onClearFilters={() => setFilters(noFilters)}
          />
        )}
        <StoryList
          id={listId}
          items={items}
          selectedId={selectedId}
          markedIds={marks.ids}
          openId={openId}
          hasMore={search.hasMore}
          onLoadMore={search.loadMore}
          onRowClick={onRowClick}
          onToggleMark={(id) => {
            dispatch({ type: 'toggle', id });
            setSelectedId(id);
          }}
          onMove={move}
          listRef={listRef}
        />
      </div>
    </section>
  );
}

function EmptyList({
  query,
  view,
  filtered,
  spikedCount,
  onClearFilters,
}: {
  query: string;
  view: ArchiveView;
  filtered: boolean;
  spikedCount: string | null;
  onClearFilters: () => void;
}) {
  const clear = filtered && (
    <button type="button" className="button button-small" onClick={onClearFilters}>
      Clear filters
    </button>
  );
  if (view === 'spiked') {
    return (
      <div className="empty-list">
        <p className="empty-title">{query || filtered ? 'No spiked story matches.' : 'Nothing is spiked.'}</p>
        <p>Spiked stories wait here, out of the archive’s lists, until someone restores them.</p>
        {clear}
      </div>
    );
  }
  if (query) {
    return (
      <div className="empty-list">
        <p className="empty-title">No story matches “{query}”.</p>
        <p>
          {filtered
            ? 'Not with the filters chosen. Clear them, or try fewer or shorter words.'
            : 'Search looks at headlines, sluglines, bylines and body text. Try fewer or shorter words.'}
        </p>
        {clear}
      </div>
    );
  }
  if (filtered) {
    return (
      <div className="empty-list">
        <p className="empty-title">No story matches these filters.</p>
        <p>Untick a value or widen the dates.</p>
        {clear}
      </div>
    );
  }
  if (spikedCount !== null && spikedCount !== '0') {
    return (
      <div className="empty-list">
        <p className="empty-title">Every story is spiked.</p>
        <p>Spiked stories are under Spiked, above the list, until someone restores them.</p>
      </div>
    );
  }
  return (
    <div className="empty-list">
      <p className="empty-title">The archive is empty.</p>
      <p>Drop wire files anywhere on this window, or use Import.</p>
    </div>
  );
}
