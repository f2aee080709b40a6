import type { IngestFileResult, IngestSource } from '../../../shared/model/ingest.ts';

export interface ImportState {
  running: boolean;
  /** Files in this batch, including those added while it runs. */
  total: number;
  done: number;
  current: string | null;
  results: IngestFileResult[];
}

export const idleImport: ImportState = { running: false, total: 0, done: 0, current: null, results: [] };

/** How the editor handed the files over: the Import button or a drop on the window. */
export type ImportSource = Extract<IngestSource, 'import' | 'drop'>;

export interface ImportQueue {
  add(files: File[], source: ImportSource): void;
  dismiss(): void;
  getState(): ImportState;
  subscribe(listener: () => void): () => void;
}

/** Lets the browser paint and take input between two files, so a batch of hundreds never freezes the window. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Imports files one at a time, in the order they came: one file in memory at
 * a time, and a progress bar that moves per file. Files dropped while a batch
 * runs join it; files dropped after it finished start a new one.
 */
export function createImportQueue(
  ingest: (file: File, source: ImportSource) => Promise<IngestFileResult>,
  onBatchDone: (results: IngestFileResult[]) => void,
): ImportQueue {
  let state = idleImport;
  const pending: { file: File; source: ImportSource }[] = [];
  const listeners = new Set<() => void>();

  function set(next: Partial<ImportState>) {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  }

  async function run() {
    for (let item = pending.shift(); item; item = pending.shift()) {
      set({ current: item.file.name });
      const result = await ingest(item.file, item.source);
      set({ done: state.done + 1, results: [...state.results, result] });
      await yieldToBrowser();
    }
    set({ running: false, current: null });
    onBatchDone(state.results);
  }

  return {
    add(files, source) {
      if (files.length === 0) return;
      pending.push(...files.map((file) => ({ file, source })));
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
