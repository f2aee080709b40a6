import type { EventName, EventPayload, Handlers } from '../../shared/api/contract.ts';
import type { IngestFileResult, IngestSource } from '../../shared/model/ingest.ts';
import type { FolderWatch, WatchedFile } from './watch-folder.ts';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface OpenServicesOptions {
  /** Folder holding the archive (created when missing). */
  dataDir: string;
  /** Which host serves the renderer; reported by app.info. */
  host: 'electron' | 'browser';
  /**
   * Largest wire file accepted, in bytes, until an editor sets it in the
   * settings (default 20 MB); bigger files are refused before they are read.
   */
  maxFileBytes?: number;
  /** Folder of the SQL migrations, when they do not sit next to the db code (the Electron bundle). */
  migrationsDir?: string | URL;
  /** Reported by app.info; defaults to the version in package.json. */
  appVersion?: string;
  /**
   * Watch the folders named in the settings (default true). The command
   * line's one-shot commands turn it off: they must not take files from the
   * app's watched folders while they run.
   */
  watchSettingsFolders?: boolean;
  /** How long a file in a watched folder must stop growing before it is read, in ms (default 2000). */
  watchStabilityMs?: number;
  /** The clock a story's embargo is read against, in ms since the epoch (injectable for tests). */
  now?: () => number;
  /** Where the services report trouble no caller is waiting for (a watcher error); default stderr. */
  log?: (message: string) => void;
}

export interface IngestPathsOptions {
  /** Who sent the files, for the ingest log (default 'import'). */
  source?: IngestSource;
}

export interface WatchOptions {
  onFile?(outcome: WatchedFile): void;
  onError?(error: Error): void;
}

/** Everything the hosts and the CLI need: the contract's handlers plus the path-based jobs. */
export interface Services {
  readonly handlers: Handlers;
  readonly dataDir: string;
  /**
   * Ingest files and folders (recursively) from disk; one result per file,
   * never throws for bad input. More than a handful of files run in a worker thread.
   */
  ingestPaths(
    paths: string[],
    onProgress?: (done: number, total: number, file: string) => void,
    options?: IngestPathsOptions,
  ): Promise<IngestFileResult[]>;
  /**
   * Watches one more folder (besides those in the settings) until close():
   * `copydesk ingest --watch`. Throws an ApiError when it cannot be watched.
   */
  watchFolder(folder: string, options?: WatchOptions): Promise<FolderWatch>;
  /** Listen to every event the services emit; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void;
  /**
   * Stops the watchers and workers, then closes the archive. With nothing
   * running the archive is closed before this returns; otherwise await it.
   */
  close(): Promise<void>;
}
