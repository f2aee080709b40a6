import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { SearchFacets } from '../../../shared/model/search.ts';
import type { StorySummary } from '../../../shared/model/story.ts';
import { useApi } from '../shell/api-context.tsx';
import { archiveSearchKey } from '../shell/query-keys.ts';
import type { SearchSpec } from './filters/filter-state.ts';

const PAGE_SIZE = 100;

export interface ArchiveSearch {
  items: StorySummary[];
  total: number;
  capped: boolean;
  /** How the search's stories divide under each filter (from the first page). */
  facets: SearchFacets | undefined;
  /** What the host made of a query it could not take as typed. */
  notice: string | null;
  /** The search the items answer (it lags what the editor chose while a search runs). */
  answered: SearchSpec | null;
  /** The items, counts and facets on screen are the previous search's, kept while this one runs. */
  stale: boolean;
  isFetching: boolean;
  error: Error | null;
  hasMore: boolean;
  loadMore: () => void;
}

/**
 * The archive list for a search, page by page (keyset cursors). The first
 * page also brings the filters' counts; later pages only stories.
 */
export function useArchiveSearch(spec: SearchSpec): ArchiveSearch {
  const api = useApi();
  const result = useInfiniteQuery({
    queryKey: [...archiveSearchKey, 'list', spec],
    queryFn: ({ pageParam }) =>
      api.call('archive.search', {
        query: spec.query,
        filters: spec.filters,
        sort: spec.sort,
        limit: PAGE_SIZE,
        facets: pageParam === null,
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Keep the old list on screen while the next search runs: no flash of emptiness per keystroke or tick.
    placeholderData: keepPreviousData,
  });

  const { data, isFetching, error, hasNextPage, isFetchingNextPage, fetchNextPage, isPlaceholderData } = result;
  const items = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
  const first = data?.pages[0];
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return {
    items,
    total: first?.total ?? 0,
    capped: first?.capped ?? false,
    facets: first?.facets,
    notice: first?.notice ?? null,
    answered: data && !isPlaceholderData ? spec : null,
    stale: isPlaceholderData,
    isFetching,
    error,
    hasMore: hasNextPage,
    loadMore,
  };
}

/** How many stories are spiked, for the Spiked tab: "3", "1,000+"; null until known. */
export function useSpikedCount(): string | null {
  const api = useApi();
  const count = useQuery({
    queryKey: [...archiveSearchKey, 'spiked-count'],
    queryFn: () => api.call('archive.search', { query: '', filters: { spiked: true }, limit: 1 }),
    select: (page) => `${page.total.toLocaleString('en')}${page.capped ? '+' : ''}`,
  });
  return count.data ?? null;
}
