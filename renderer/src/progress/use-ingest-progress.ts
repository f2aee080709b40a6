import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/api/contract.ts';
import { useApi } from '../shell/api-context.tsx';

export type IngestProgressState = EventPayload<'ingest.progress'> & { finished: boolean };

/** A finished batch stays on screen this long, so a short one is seen at all. */
const LINGER_MS = 4_000;
/** No word from a running batch for this long: it ended without saying so (the host restarted). */
const SILENCE_MS = 60_000;

/**
 * The latest 'ingest.progress' the services announced (a watched folder
 * taking in a batch, a bulk ingest): null when nothing is running.
 */
export function useIngestProgress(): IngestProgressState | null {
  const api = useApi();
  const [progress, setProgress] = useState<IngestProgressState | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = api.on('ingest.progress', (event) => {
      const finished = event.done >= event.total;
      setProgress({ ...event, finished });
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => setProgress(null), finished ? LINGER_MS : SILENCE_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [api]);

  return progress;
}
