import { z } from 'zod';
import { IngestFileResult, IngestLogEntry, IngestSettings, IngestSource } from '../model/ingest.ts';
import { SavedSearch, SearchFacets, SearchFilters, SearchSort } from '../model/search.ts';
import { StoryDetail, StorySummary } from '../model/story.ts';

/**
 * The one API between the renderer and the services. Both transports (Electron
 * IPC and the browser host's HTTP) are generated from this table, so a method
 * exists here or nowhere.
 */
export const methods = {
  'app.info': {
    input: z.object({}).strict(),
    output: z.object({
      appVersion: z.string(),
      siteId: z.string(),
      dataDir: z.string(),
      storyCount: z.number().int(),
      host: z.enum(['electron', 'browser']),
      maxFileBytes: z.number().int(),
    }),
  },
  'archive.search': {
    input: z
      .object({
        /**
         * What the editor typed: words, "phrases", prefix*, AND / OR / NOT,
         * parentheses, headline: by: slug: fields. Empty lists the archive.
         */
        query: z.string().max(1000),
        filters: SearchFilters.default({}),
        sort: SearchSort.default('newest'),
        limit: z.number().int().min(1).max(200).default(50),
        /** Opaque keyset cursor from a previous page (of the same query, filters and sort). */
        cursor: z.string().max(200).optional(),
        /** Count each filter's values for this search too. */
        facets: z.boolean().default(false),
      })
      .strict(),
    output: z.object({
      items: z.array(StorySummary),
      /** Matches counted up to `countCap`; `capped` says there are more. */
      total: z.number().int(),
      capped: z.boolean(),
      nextCursor: z.string().nullable(),
      facets: SearchFacets.optional(),
      /** What the search made of a query it could not take as typed, in words (never an error). */
      notice: z.string().nullable().optional(),
    }),
  },
  'story.spike': {
    input: z
      .object({
        ids: z.array(z.string().min(1).max(100)).min(1).max(10_000),
        /** true spikes, false restores. */
        spiked: z.boolean(),
      })
      .strict(),
    /** How many stories changed (already spiked or unknown ones do not count). */
    output: z.object({ changed: z.number().int() }),
  },
  'searches.list': {
    input: z.object({}).strict(),
    output: z.object({ searches: z.array(SavedSearch) }),
  },
  'searches.save': {
    input: z
      .object({
        name: z.string().trim().min(1).max(200),
        query: z.string().max(1000),
        filters: SearchFilters.default({}),
        sort: SearchSort.default('newest'),
      })
      .strict(),
    output: SavedSearch,
  },
  'searches.delete': {
    input: z.object({ id: z.string().min(1).max(100) }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  'story.get': {
    input: z
      .object({
        id: z.string().min(1).max(100),
        /** A version of the story to show; the newest when absent. */
        versionId: z.string().min(1).max(100).optional(),
      })
      .strict(),
    output: StoryDetail,
  },
  'ingest.file': {
    input: z
      .object({
        name: z.string().min(1).max(1024),
        /** The file's bytes, base64: both transports carry JSON-shaped values. */
        dataBase64: z.string(),
        source: IngestSource.default('import'),
      })
      .strict(),
    output: IngestFileResult,
  },
  'ingest.log': {
    input: z
      .object({
        limit: z.number().int().min(1).max(500).default(100),
        /** Opaque cursor from the previous page. */
        cursor: z.string().max(200).optional(),
        /** Only rejected files. */
        rejectedOnly: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ entries: z.array(IngestLogEntry), nextCursor: z.string().nullable() }),
  },
  'settings.get': {
    input: z.object({}).strict(),
    output: IngestSettings,
  },
  'settings.update': {
    input: z
      .object({
        watchedFolders: z.array(z.string().min(1).max(4096)).max(50).optional(),
        maxFileBytes: z.number().int().min(1024).max(1024 * 1024 * 1024).optional(),
      })
      .strict(),
    output: IngestSettings,
  },
} as const;

export const events = {
  'ingest.progress': z.object({
    done: z.number().int(),
    total: z.number().int(),
    file: z.string(),
  }),
  'archive.changed': z.object({ storyIds: z.array(z.string()) }),
  /** A file was logged (imported, dropped, seen in a watched folder): the ingest log view refreshes. */
  'ingest.logged': z.object({ entryIds: z.array(z.string()) }),
  'settings.changed': IngestSettings,
  /** Saved searches were added or removed: the sidebar refreshes. */
  'searches.changed': z.object({}),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type Events = typeof events;
export type EventName = keyof Events;

export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const methodNames = Object.keys(methods) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}

/** What the services implement: one function per method, fed validated input. */
export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M>;
};

/** The prefix of the IPC channels that carry the contract in Electron. */
export const IPC_PREFIX = 'copydesk:';
export const IPC_EVENT_CHANNEL = 'copydesk:event';
