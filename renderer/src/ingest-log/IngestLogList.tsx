import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { IngestLogEntry } from '../../../shared/model/ingest.ts';
import { IngestLogRow } from './IngestLogRow.tsx';

const PREFETCH_ROWS = 30;

/** The log, virtualised like the archive list: a year of files scrolls like a page of them. */
export function IngestLogList({
  entries,
  hasMore,
  onLoadMore,
  onOpenStory,
}: {
  entries: IngestLogEntry[];
  hasMore: boolean;
  onLoadMore: () => void;
  onOpenStory: (storyId: string) => void;
}) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    overscan: 8,
    getItemKey: (index) => entries[index]?.id ?? index,
    useFlushSync: false,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && lastShown >= entries.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, lastShown, entries.length, onLoadMore]);

  return (
    // Focusable so the keyboard can scroll it; the rows' own buttons stay in the tab order.
    <div ref={scrollRef} className="log-list" role="list" aria-label="Logged files" tabIndex={0}>
      <div role="presentation" className="log-list-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const entry = entries[row.index];
          if (!entry) return null;
          return (
            <IngestLogRow
              key={row.key}
              entry={entry}
              index={row.index}
              setSize={entries.length}
              style={{ transform: `translateY(${row.start}px)` }}
              rowRef={virtualizer.measureElement}
              onOpenStory={onOpenStory}
            />
          );
        })}
      </div>
    </div>
  );
}
