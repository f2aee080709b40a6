import { z } from 'zod';
import { IngestFileResult, IngestLogEntry, IngestSettings, IngestSource } from '../model/ingest.ts';
import { SavedSearch, SearchFacets, SearchFilters, SearchSort } from '../model/search.ts';
import { StoryDetail, StorySummary } from '../model/story.ts';
import {
  CommentThread,
  DiffPart,
  FlagCounts,
  FlagStatus,
  LanguageTag,
  QueuedFlag,
  Revision,
  RevisionInfo,
  StoryText,
  TranslationFlag,
  UserProfile,
} from '../model/editing.ts';
import { IntendedUse, IsoMonth, Licence, LicenceTerms, RightsDecision, StoryRights, Takedown, Usage, UsageReport } from '../model/licence.ts';

const Id = z.string().min(1).max(100);
/** A Yjs update, base64: both transports carry JSON-shaped values. */
const YUpdate = z.string().max(16 * 1024 * 1024);

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
  'user.get': {
    input: z.object({}).strict(),
    /** null until the editor at this laptop has said who they are (first start). */
    output: z.object({ profile: UserProfile.nullable() }),
  },
  'user.set': {
    input: UserProfile.strict(),
    output: z.object({ profile: UserProfile }),
  },
  'story.text.open': {
    input: z.object({ storyId: Id }).strict(),
    /**
     * The story's whole Yjs document. The first open makes it from the current
     * wire version, and keeps that text as revision 0.
     */
    output: z.object({ stateBase64: YUpdate, text: StoryText }),
  },
  'story.text.update': {
    input: z.object({ storyId: Id, updateBase64: YUpdate }).strict(),
    /** Stored before this returns: what was typed survives a crash from here on. */
    output: z.object({ stored: z.boolean() }),
  },
  'story.text.close': {
    input: z.object({ storyId: Id }).strict(),
    /** Takes an autosave checkpoint when the text changed since the last revision. */
    output: z.object({ revision: RevisionInfo.nullable() }),
  },
  'story.revisions.list': {
    input: z.object({ storyId: Id }).strict(),
    /** Newest first; the wire original (0) last. Empty until the story was first opened in the editor. */
    output: z.object({ revisions: z.array(RevisionInfo) }),
  },
  'story.revisions.get': {
    input: z.object({ storyId: Id, revisionId: Id }).strict(),
    output: Revision,
  },
  'story.revisions.save': {
    input: z.object({ storyId: Id, name: z.string().trim().min(1).max(200) }).strict(),
    output: RevisionInfo,
  },
  'story.revisions.restore': {
    input: z.object({ storyId: Id, revisionId: Id }).strict(),
    /** The new revision holding the restored text; open editors receive the change as a story.text.changed event. */
    output: RevisionInfo,
  },
  'story.diff': {
    input: z
      .object({
        storyId: Id,
        /** The older side: 'wire' (revision 0) or a revision id. */
        from: z.union([z.literal('wire'), Id]).default('wire'),
        /** The newer side: 'current' (the text now) or a revision id. */
        to: z.union([z.literal('current'), Id]).default('current'),
      })
      .strict(),
    output: z.object({ parts: z.array(DiffPart), added: z.number().int(), removed: z.number().int() }),
  },
  'annotations.list': {
    input: z.object({ storyId: Id }).strict(),
    /** Open threads first, then resolved; each oldest first. */
    output: z.object({ threads: z.array(CommentThread) }),
  },
  'annotations.create': {
    input: z
      .object({
        storyId: Id,
        markId: Id,
        quote: z.string().max(10_000),
        text: z.string().trim().min(1).max(10_000),
      })
      .strict(),
    output: CommentThread,
  },
  'annotations.reply': {
    input: z.object({ threadId: Id, text: z.string().trim().min(1).max(10_000) }).strict(),
    output: CommentThread,
  },
  'annotations.resolve': {
    input: z.object({ threadId: Id, resolved: z.boolean() }).strict(),
    output: CommentThread,
  },
  'annotations.deleteComment': {
    input: z.object({ commentId: Id }).strict(),
    /** Only a comment written on this laptop can be deleted (a forbidden error otherwise). */
    output: CommentThread,
  },
  'flags.create': {
    input: z
      .object({
        storyId: Id,
        markId: Id,
        sourceText: z.string().min(1).max(100_000),
        /** Detected from the passage when absent. */
        sourceLanguage: LanguageTag.optional(),
        targetLanguage: LanguageTag,
        note: z.string().max(10_000).default(''),
      })
      .strict(),
    output: TranslationFlag,
  },
  'flags.update': {
    input: z
      .object({
        flagId: Id,
        status: FlagStatus.optional(),
        /** Entering a translation moves a flagged or in-progress passage to translated. */
        translation: z.string().max(100_000).optional(),
        note: z.string().max(10_000).optional(),
        targetLanguage: LanguageTag.optional(),
      })
      .strict(),
    output: TranslationFlag,
  },
  'flags.delete': {
    input: z.object({ flagId: Id }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  'flags.list': {
    input: z.object({ storyId: Id }).strict(),
    /** In the order the passages stand in the text (the order they were flagged when the text does not say). */
    output: z.object({ flags: z.array(TranslationFlag) }),
  },
  'flags.queue': {
    input: z
      .object({
        status: FlagStatus.optional(),
        targetLanguage: LanguageTag.optional(),
        limit: z.number().int().min(1).max(500).default(200),
      })
      .strict(),
    /** Every flag across the archive (oldest first), and counts by status and by target language for the same filters less their own. */
    output: z.object({
      flags: z.array(QueuedFlag),
      counts: z.object({ byStatus: FlagCounts, byTarget: z.record(z.string(), z.number().int()) }),
    }),
  },
  'licences.list': {
    input: z.object({ includeRetired: z.boolean().default(true) }).strict(),
    /** Active licences first (by provider, then reference), retired ones last. */
    output: z.object({ licences: z.array(Licence) }),
  },
  'licences.create': {
    input: LicenceTerms.strict(),
    /** Stories already archived that it matches (and that no editor assigned by hand) are matched to it too. */
    output: Licence,
  },
  'licences.update': {
    input: z.object({ id: Id, terms: LicenceTerms.strict() }).strict(),
    output: Licence,
  },
  'licences.retire': {
    input: z.object({ id: Id, retired: z.boolean() }).strict(),
    output: Licence,
  },
  'licences.import': {
    /** The text of a licence file (LicenceFile JSON); a bad file changes nothing and the error says where it is wrong. */
    input: z.object({ name: z.string().min(1).max(1024), json: z.string().max(5 * 1024 * 1024) }).strict(),
    output: z.object({ created: z.number().int(), updated: z.number().int(), licences: z.array(Licence) }),
  },
  'licences.export': {
    input: z.object({}).strict(),
    /** Every licence, retired ones too, as LicenceFile JSON text. */
    output: z.object({ json: z.string() }),
  },
  'rights.get': {
    input: z.object({ storyId: Id }).strict(),
    output: StoryRights,
  },
  'rights.assign': {
    /** An editor's choice of licence for the story; null goes back to the licences matched automatically. */
    input: z.object({ storyId: Id, licenceId: Id.nullable() }).strict(),
    output: StoryRights,
  },
  'rights.check': {
    input: z.object({ storyId: Id, use: IntendedUse }).strict(),
    output: RightsDecision,
  },
  'usage.record': {
    /**
     * The republication gate: checks the use and records it when allowed, or
     * when an editor overrides a block with a reason (kills and embargoes
     * cannot be overridden). Nothing is recorded when blocked.
     */
    input: z
      .object({
        storyId: Id,
        /** The version republished; the current one when absent. */
        versionId: Id.optional(),
        use: IntendedUse,
        overrideReason: z.string().trim().min(3).max(2000).optional(),
      })
      .strict(),
    output: z.object({ recorded: z.boolean(), decision: RightsDecision, usage: Usage.nullable() }),
  },
  'usage.report': {
    input: z.object({ licenceId: Id, month: IsoMonth }).strict(),
    output: UsageReport,
  },
  'takedowns.list': {
    input: z.object({ includeDone: z.boolean().default(false) }).strict(),
    /** Uses of killed stories, the most urgent first. */
    output: z.object({ takedowns: z.array(Takedown) }),
  },
  'takedowns.done': {
    input: z.object({ usageId: Id }).strict(),
    output: Takedown,
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
  /** A story's text changed outside this editor (a restore, another window): the Yjs update to apply. */
  'story.text.changed': z.object({ storyId: z.string(), updateBase64: z.string() }),
  /** A story's revisions, comment threads or translation flags changed. */
  'story.editing.changed': z.object({ storyId: z.string(), what: z.enum(['revisions', 'annotations', 'flags']) }),
  'user.changed': z.object({ profile: UserProfile }),
  /** A licence was created, changed, retired or imported. */
  'licences.changed': z.object({}),
  /** These stories' licences, uses or takedowns changed: their rights panels refresh. */
  'rights.changed': z.object({ storyIds: z.array(z.string()) }),
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
