import type { IngestFileResult } from '../../../shared/model/ingest.ts';

export interface ImportState {
  running: boolean;
  /** Files in this batch, including those added while it runs. */
  total: number;
  done: number;
  current: string | null;
  results: IngestFileResult[];
}

export const idleImport: ImportState = { running: false, total: 0, done: 0, current: null, results: [] };

export interface ImportQueue {
  add(files: File[]): void;
  dismiss(): void;
  getState(): ImportState;
  subscribe(listener: () => void): () => void;
}

/**
 * Imports files one at a time, in the order they came: one file in memory at
 * a time, and a progress bar that moves per file. Files dropped while a batch
 * runs join it; files dropped after it finished start a new one.
 */
export function createImportQueue(
  ingest: (file: File) => Promise<IngestFileResult>,
  onBatchDone: (results: IngestFileResult[]) => void,
): ImportQueue {
  let state = idleImport;
  const pending: File[] = [];
  const listeners = new Set<() => void>();

  function set(next: Partial<ImportState>) {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  }

  async function run() {
    for (let file = pending.shift(); file; file = pending.shift()) {
      set({ current: file.name });
      const result = await ingest(file);
      set({ done: state.done + 1, results: [...state.results, result] });
    }
    set({ running: false, current: null });
    onBatchDone(state.results);
  }

  return {
    add(files) {
      if (files.length === 0) return;
      pending.push(...files);
      if (state.running) {
        set({ total: state.total + files.length });
        return;
      }
      set({ running: true, total: files.length, done: 0, current: null, results: [] });
      void run();
    },
    dismiss() {
      if (!state.running) set(idleImport);
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
