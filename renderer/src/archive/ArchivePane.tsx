import { useCallback, useRef, useState, type ReactNode } from 'react';
import { formatStoryCount } from './format-count.ts';
import { SearchBox } from './SearchBox.tsx';
import { StoryList } from './StoryList.tsx';
import { useArchiveSearch } from './use-archive-search.ts';
import { useDebouncedValue } from './use-debounced-value.ts';
import { useListKeys } from './use-list-keys.ts';

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
const SEARCH_DEBOUNCE_MS = 160;

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
  const query = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const search = useArchiveSearch(query);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const listRef = useRef<HTMLDivElement | null>(null);
  const { items } = search;

  const move = useCallback(
    (delta: 1 | -1) => {
      if (items.length === 0) return;
      const current = selectedId === null ? -1 : items.findIndex((item) => item.id === selectedId);
      const next = current < 0 ? (delta > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, current + delta));
      const story = items[next];
      if (story) setSelectedId(story.id);
    },
    [items, selectedId],
  );

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
  });

  const typing = text.trim() !== query;
  return (
    <section className="archive-pane" aria-labelledby="archive-title" hidden={!active}>
      <header className="pane-header">
        <div className="pane-title-row">
          <h1 id="archive-title" className="pane-title">
            Archive
          </h1>
          <p className="result-count" role="status" aria-label="Story count">
            {search.answeredQuery === null && items.length === 0 ? 'Searching…' : formatStoryCount(search.total, search.capped)}
          </p>
        </div>
        <SearchBox
          value={text}
          onChange={setText}
          busy={typing || search.isFetching}
          inputRef={searchRef}
          onLeave={(into) => {
            if (into !== 'list') return;
            listRef.current?.focus();
            if (selectedId === null) move(1);
          }}
        />
      </header>
      {children}
      {search.error && (
        <p className="pane-error" role="alert">
          The search failed: {search.error.message}
        </p>
      )}
      {items.length === 0 && search.answeredQuery !== null && !search.error && <EmptyList query={search.answeredQuery} />}
      <StoryList
        items={items}
        selectedId={selectedId}
        openId={openId}
        hasMore={search.hasMore}
        onLoadMore={search.loadMore}
        onSelect={setSelectedId}
        onOpen={onOpen}
        onMove={move}
        listRef={listRef}
      />
    </section>
  );
}

function EmptyList({ query }: { query: string }) {
  if (query) {
    return (
      <div className="empty-list">
        <p className="empty-title">No story matches “{query}”.</p>
        <p>Search looks at headlines, sluglines, bylines and body text. Try fewer or shorter words.</p>
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
