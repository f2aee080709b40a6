import { useCallback, useEffect, useRef } from 'react';

/**
 * `run` at most once per `intervalMs`, the last call always honoured: a
 * watched folder that logs hundreds of files refreshes the view a few times a
 * second, not once per file.
 */
export function useThrottled(run: () => void, intervalMs: number): () => void {
  const latest = useRef(run);
  const state = useRef<{ timer: ReturnType<typeof setTimeout> | null; last: number; queued: boolean }>({ timer: null, last: 0, queued: false });
  const trigger = useRef<() => void>(() => {});

  useEffect(() => {
    latest.current = run;
  });

  useEffect(() => {
    const s = state.current;
    const fire = () => {
      s.last = Date.now();
      s.queued = false;
      latest.current();
    };
    trigger.current = () => {
      const wait = s.last + intervalMs - Date.now();
      if (wait <= 0 && s.timer === null) {
        fire();
        return;
      }
      if (s.queued) return;
      s.queued = true;
      s.timer = setTimeout(() => {
        s.timer = null;
        fire();
      }, Math.max(0, wait));
    };
    return () => {
      if (s.timer !== null) clearTimeout(s.timer);
      s.timer = null;
      s.queued = false;
    };
  }, [intervalMs]);

  return useCallback(() => trigger.current(), []);
}
