import type { EventName, EventPayload, Handlers } from '../../shared/api/contract.ts';
import type { IngestFileResult } from '../../shared/model/ingest.ts';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface OpenServicesOptions {
  /** Folder holding the archive (created when missing). */
  dataDir: string;
  /** Which host serves the renderer; reported by app.info. */
  host: 'electron' | 'browser';
  /** Largest wire file accepted, in bytes (default 20 MB); bigger files are refused before they are read. */
  maxFileBytes?: number;
  /** Folder of the SQL migrations, when they do not sit next to the db code (the Electron bundle). */
  migrationsDir?: string | URL;
  /** Reported by app.info; defaults to the version in package.json. */
  appVersion?: string;
}

/** Everything the hosts and the CLI need: the contract's handlers plus the path-based jobs. */
export interface Services {
  readonly handlers: Handlers;
  readonly dataDir: string;
  /** Ingest files and folders (recursively) from disk; one result per file, never throws for bad input. */
  ingestPaths(paths: string[], onProgress?: (done: number, total: number, file: string) => void): Promise<IngestFileResult[]>;
  /** Listen to every event the services emit; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void;
  close(): void;
}
