import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { IngestLogEntry } from '../../../shared/model/ingest.ts';
import { useApi } from '../shell/api-context.tsx';
import { ingestLogKey } from '../shell/query-keys.ts';

const PAGE_SIZE = 100;
/** The sidebar badge counts this many rejected files at most, then says "99+". */
const BADGE_CAP = 99;

export interface IngestLog {
  entries: IngestLogEntry[];
  /** The first page is in (it may be the previous filter's, kept on screen while the new one loads). */
  loaded: boolean;
  isFetching: boolean;
  error: Error | null;
  hasMore: boolean;
  loadMore: () => void;
}

/** The ingest log newest first, page by page (keyset cursors), all files or the rejected ones. */
export function useIngestLog(rejectedOnly: boolean): IngestLog {
  const api = useApi();
  const result = useInfiniteQuery({
    queryKey: [...ingestLogKey, 'list', { rejectedOnly }],
    queryFn: ({ pageParam }) =>
      api.call('ingest.log', { limit: PAGE_SIZE, rejectedOnly, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const { data, isFetching, error, hasNextPage, isFetchingNextPage, fetchNextPage } = result;
  const entries = useMemo(() => data?.pages.flatMap((page) => page.entries) ?? [], [data]);
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return { entries, loaded: data !== undefined && !result.isPlaceholderData, isFetching, error, hasMore: hasNextPage, loadMore };
}

/** How many files were rejected, for the sidebar: "3", or "99+" past the cap. null until known. */
export function useRejectedCount(): string | null {
  const api = useApi();
  const count = useQuery({
    queryKey: [...ingestLogKey, 'rejected-count'],
    queryFn: () => api.call('ingest.log', { limit: BADGE_CAP, rejectedOnly: true }),
    select: (page) => (page.nextCursor !== null ? `${BADGE_CAP}+` : String(page.entries.length)),
  });
  return count.data ?? null;
}
