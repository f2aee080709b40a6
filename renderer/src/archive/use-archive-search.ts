import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { StorySummary } from '../../../shared/model/story.ts';
import { useApi } from '../shell/api-context.tsx';
import { archiveSearchKey } from '../shell/query-keys.ts';

const PAGE_SIZE = 100;

export interface ArchiveSearch {
  items: StorySummary[];
  total: number;
  capped: boolean;
  /** The query the items answer (it lags the typed text while a search runs). */
  answeredQuery: string | null;
  isFetching: boolean;
  error: Error | null;
  hasMore: boolean;
  loadMore: () => void;
}

/** The archive list for a query, page by page (keyset cursors), newest first when the query is empty. */
export function useArchiveSearch(query: string): ArchiveSearch {
  const api = useApi();
  const result = useInfiniteQuery({
    queryKey: [...archiveSearchKey, query],
    queryFn: ({ pageParam }) =>
      api.call('archive.search', { query, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Keep the old list on screen while the next query runs: no flash of emptiness per keystroke.
    placeholderData: keepPreviousData,
  });

  const { data, isFetching, error, hasNextPage, isFetchingNextPage, fetchNextPage } = result;
  const items = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
  const first = data?.pages[0];
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return {
    items,
    total: first?.total ?? 0,
    capped: first?.capped ?? false,
    answeredQuery: data ? (result.isPlaceholderData ? null : query) : null,
    isFetching,
    error,
    hasMore: hasNextPage,
    loadMore,
  };
}
