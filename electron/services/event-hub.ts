import type { EventName, EventPayload } from '../../shared/api/contract.ts';
import type { EventListener } from './services.ts';

export interface EventHub {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      for (const listener of [...listeners]) {
        // A listener that throws (a closed window, a dropped SSE stream) must not stop ingest.
        try {
          listener(event, payload);
        } catch {
          /* the listener's own problem */
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
