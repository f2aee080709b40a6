import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { StorySummary } from '../../../shared/model/story.ts';
import { StoryRow, storyRowId } from './StoryRow.tsx';

/** Start fetching the next page this many rows before the end of what is loaded. */
const PREFETCH_ROWS = 30;

/** How a click on a row was meant. */
export type RowClick = 'open' | 'extend' | 'toggle';

/**
 * The archive list, virtualised: only the rows in view exist in the DOM, so
 * 100,000 results scroll like 10. The listbox keeps focus itself and points at
 * the selected row with aria-activedescendant; rows marked for a batch action
 * say so with aria-checked.
 */
export function StoryList({
  id,
  items,
  selectedId,
  markedIds,
  openId,
  hasMore,
  onLoadMore,
  onRowClick,
  onToggleMark,
  onMove,
  listRef,
}: {
  id?: string;
  items: StorySummary[];
  selectedId: string | null;
  markedIds: ReadonlySet<string>;
  openId: string | null;
  hasMore: boolean;
  onLoadMore: () => void;
  onRowClick: (id: string, how: RowClick) => void;
  onToggleMark: (id: string) => void;
  onMove: (delta: 1 | -1, extend: boolean) => void;
  listRef: RefObject<HTMLDivElement | null>;
}) {
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => 92,
    overscan: 8,
    getItemKey: (index) => items[index]?.id ?? index,
    useFlushSync: false,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && lastShown >= items.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, lastShown, items.length, onLoadMore]);

  const selectedIndex = selectedId === null ? -1 : items.findIndex((item) => item.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      onMove(event.key === 'ArrowDown' ? 1 : -1, event.shiftKey);
    }
  }

  const marking = markedIds.size > 0;
  return (
    <div
      id={id}
      ref={listRef}
      className={`story-list${marking ? ' is-marking' : ''}`}
      role="listbox"
      aria-label="Stories"
      tabIndex={0}
      aria-activedescendant={selectedIndex >= 0 && selectedId ? storyRowId(selectedId) : undefined}
      onKeyDown={onKeyDown}
    >
      <div role="presentation" className="story-list-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const story = items[row.index];
          if (!story) return null;
          return (
            <StoryRow
              key={row.key}
              story={story}
              index={row.index}
              setSize={items.length}
              selected={story.id === selectedId}
              marked={markedIds.has(story.id)}
              marking={marking}
              open={story.id === openId}
              style={{ transform: `translateY(${row.start}px)` }}
              rowRef={virtualizer.measureElement}
              onClick={(event: MouseEvent<HTMLDivElement>) =>
                onRowClick(story.id, event.shiftKey ? 'extend' : event.ctrlKey || event.metaKey ? 'toggle' : 'open')
              }
              onToggleMark={() => onToggleMark(story.id)}
            />
          );
        })}
      </div>
    </div>
  );
}
