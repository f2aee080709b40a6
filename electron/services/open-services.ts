import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../../shared/api/errors.ts';
import type { Handlers } from '../../shared/api/contract.ts';
import type { IngestSettings } from '../../shared/model/ingest.ts';
import { MAX_WIRE_FILE_BYTES } from '../../shared/wire/sniff.ts';
import { openArchive } from '../../db/archive.ts';
import { createCommentRepository } from '../../db/repositories/comments.ts';
import { createIngestLog } from '../../db/repositories/ingest-log.ts';
import { createLicenceAssignmentRepository } from '../../db/repositories/licence-assignments.ts';
import { createLicenceRepository } from '../../db/repositories/licences.ts';
import { createRevisionRepository } from '../../db/repositories/revisions.ts';
import { createSavedSearchRepository } from '../../db/repositories/saved-searches.ts';
import { createSettingsRepository } from '../../db/repositories/settings.ts';
import { createStoryRepository } from '../../db/repositories/stories.ts';
import { createStoryTextRepository } from '../../db/repositories/story-texts.ts';
import { createTranslationFlagRepository } from '../../db/repositories/translation-flags.ts';
import { createUsageRepository } from '../../db/repositories/usages.ts';
import { createUserProfileRepository } from '../../db/repositories/user-profile.ts';
import { BadCursorError } from '../../db/search/cursor.ts';
import { createStorySearch } from '../../db/search/search-stories.ts';
import { packageVersion } from './app-version.ts';
import { base64DecodedLength, isBase64 } from './base64.ts';
import { createBulkIngestRunner } from './bulk-ingest.ts';
import { archiveFile } from './data-dir.ts';
import { createEditingHandlers } from './editing/editing-handlers.ts';
import { createStoryDocs } from './editing/story-docs.ts';
import { createEventHub } from './event-hub.ts';
import { tooLarge } from './file-problems.ts';
import { createFolderWatchers } from './folder-watchers.ts';
import { createIngest } from './ingest.ts';
import { createIngestFiles } from './ingest-files.ts';
import { createLicenceCache } from './rights/licence-cache.ts';
import { createLicenceCoverage } from './rights/licence-coverage.ts';
import { createRightsHandlers } from './rights/rights-handlers.ts';
import type { OpenServicesOptions, Services, WatchOptions } from './services.ts';
import { watchFolder, type FolderWatch } from './watch-folder.ts';
import { checkWatchedFolder, checkWatchedFolders } from './watched-folder-check.ts';

export const DEFAULT_MAX_FILE_BYTES = MAX_WIRE_FILE_BYTES;

/**
 * Opens the archive in `dataDir` (creating both when missing) and returns the
 * handlers of every contract method plus the path-based jobs, and starts
 * watching the folders the settings name. Cheap: one file open, a schema
 * check, statements prepared once.
 */
export function openServices(options: OpenServicesOptions): Services {
  const { dataDir, host } = options;
  fs.mkdirSync(dataDir, { recursive: true });
  const migrationsDir = options.migrationsDir instanceof URL ? fileURLToPath(options.migrationsDir) : options.migrationsDir;
  const file = archiveFile(dataDir);
  const archive = openArchive(file, migrationsDir ? { migrationsDir } : {});
  const now = options.now ?? Date.now;
  const stories = createStoryRepository(archive, { now });
  const search = createStorySearch(archive, { now });
  const log = createIngestLog(archive);
  const savedSearches = createSavedSearchRepository(archive);
  const settings = createSettingsRepository(archive, { watchedFolders: [], maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES });
  const hub = createEventHub();
  const warn = options.log ?? ((message: string) => void process.stderr.write(`copydesk: ${message}\n`));
  const maxFileBytes = () => settings.get().maxFileBytes;
  const revisions = createRevisionRepository(archive);
  const profile = createUserProfileRepository(archive);
  const docs = createStoryDocs({
    archive,
    stories,
    texts: createStoryTextRepository(archive),
    revisions,
    events: hub,
    author: () => profile.get()?.name ?? null,
    now,
    warn,
  });
  const editing = createEditingHandlers({
    docs,
    stories,
    revisions,
    comments: createCommentRepository(archive),
    flags: createTranslationFlagRepository(archive),
    profile,
    events: hub,
    now,
  });
  const licences = createLicenceRepository(archive);
  const licenceCache = createLicenceCache(licences);
  const rights = createRightsHandlers({
    archive,
    stories,
    licences,
    cache: licenceCache,
    assignments: createLicenceAssignmentRepository(archive),
    usages: createUsageRepository(archive),
    profile,
    events: hub,
    now,
  });
  const ingest = createIngest({ archive, stories, log, events: hub, maxFileBytes, coverage: createLicenceCoverage(archive, licenceCache) });
  const bulk = createBulkIngestRunner({ archiveFile: file, ...(migrationsDir ? { migrationsDir } : {}) });
  let closing = false;
  let closed: Promise<void> | undefined;
  const ingestFiles = createIngestFiles({
    ingest,
    bulk,
    events: hub,
    maxFileBytes,
    closing: () => closing,
    warn,
  });
  /** Watches started for the command line, beside those of the settings. */
  const extraWatches = new Set<FolderWatch>();

  function startWatch(folder: string, opts: WatchOptions = {}): FolderWatch {
    return watchFolder({
      folder,
      ingest: (files, initial) => ingestFiles(files, undefined, { source: 'watch', logDuplicates: !initial }),
      onError: opts.onError ?? ((err) => warn(`watching ${folder}: ${err.message}`)),
      ...(opts.onFile ? { onFile: opts.onFile } : {}),
      ...(options.watchStabilityMs === undefined ? {} : { stabilityMs: options.watchStabilityMs }),
    });
  }

  const watchers = createFolderWatchers((folder) => startWatch(folder));
  const watching = options.watchSettingsFolders !== false;

  /** The settings' folders that can be watched now; one that is gone (an unplugged drive) is reported and skipped. */
  async function watchSettingsFolders(folders: readonly string[]): Promise<void> {
    const usable: string[] = [];
    for (const folder of folders) {
      try {
        usable.push(await checkWatchedFolder(folder, dataDir));
      } catch (err) {
        warn(`not watching ${(err as Error).message}`);
      }
    }
    await watchers.set(usable);
  }

  if (watching) void watchSettingsFolders(settings.get().watchedFolders);

  let appVersion = options.appVersion;

  const handlers: Handlers = {
    'app.info': () => ({
      appVersion: (appVersion ??= packageVersion()),
      siteId: archive.siteId,
      dataDir,
      storyCount: stories.count(),
      host,
      maxFileBytes: maxFileBytes(),
    }),
    'archive.search': (input) => {
      try {
        return search(input);
      } catch (err) {
        if (err instanceof BadCursorError) throw new ApiError('bad-input', err.message);
        throw err;
      }
    },
    'story.spike': ({ ids, spiked }) => {
      const changed = stories.setSpiked(ids, spiked);
      if (changed > 0) hub.emit('archive.changed', { storyIds: ids });
      return { changed };
    },
    'searches.list': () => ({ searches: savedSearches.list() }),
    'searches.save': (input) => {
      const saved = savedSearches.save(input);
      hub.emit('searches.changed', {});
      return saved;
    },
    'searches.delete': ({ id }) => {
      const deleted = savedSearches.delete(id);
      if (deleted) hub.emit('searches.changed', {});
      return { deleted };
    },
    'story.get': ({ id, versionId }) => {
      const detail = stories.get(id, versionId);
      if (detail) return detail;
      if (versionId !== undefined && stories.get(id)) throw new ApiError('not-found', `Story ${id} has no version ${versionId}`);
      throw new ApiError('not-found', `No story with id ${id} in this archive`);
    },
    'ingest.file': ({ name, dataBase64, source }) => {
      const size = base64DecodedLength(dataBase64);
      const limit = maxFileBytes();
      if (size > limit) {
        // Refused before decoding, and logged like any other file the editor sent.
        return ingest.refuse(name, tooLarge(size, limit), { source });
      }
      if (!isBase64(dataBase64)) throw new ApiError('bad-input', `${name}: the upload is not valid base64`);
      return ingest.ingestBytes(name, Buffer.from(dataBase64, 'base64'), { source });
    },
    'ingest.log': (input) => {
      try {
        return log.list(input);
      } catch (err) {
        if (err instanceof BadCursorError) throw new ApiError('bad-input', err.message);
        throw err;
      }
    },
    'settings.get': () => settings.get(),
    'settings.update': async (input) => {
      const changes: Partial<IngestSettings> = {};
      if (input.watchedFolders !== undefined) changes.watchedFolders = await checkWatchedFolders(input.watchedFolders, dataDir);
      if (input.maxFileBytes !== undefined) changes.maxFileBytes = input.maxFileBytes;
      const before = settings.get();
      const after = settings.update(changes);
      if (JSON.stringify(before) === JSON.stringify(after)) return after;
      if (watching && JSON.stringify(before.watchedFolders) !== JSON.stringify(after.watchedFolders)) {
        await watchSettingsFolders(after.watchedFolders);
      }
      hub.emit('settings.changed', after);
      return after;
    },
    ...editing,
    ...rights,
  };

  return {
    handlers,
    dataDir,
    ingestPaths: (paths, onProgress, opts) => ingestFiles(paths, onProgress, { source: opts?.source ?? 'import' }),
    async watchFolder(folder, opts = {}) {
      if (closing) throw new ApiError('internal', 'the archive is closing');
      const watch = startWatch(await checkWatchedFolder(folder, dataDir), opts);
      extraWatches.add(watch);
      return watch;
    },
    subscribe: (listener) => hub.subscribe(listener),
    close() {
      if (closed) return closed;
      closing = true;
      // Before anything closes: what was typed since the last revision becomes an autosave checkpoint.
      docs.close();
      if (!bulk.busy() && watchers.count() === 0 && extraWatches.size === 0) {
        // Nothing runs: close now, so a caller that does not wait finds the archive closed.
        archive.close();
        closed = Promise.all([bulk.close(), watchers.close()]).then(() => undefined);
        return closed;
      }
      // Workers first: a watcher's batch waiting on one then settles at once instead of running to its end.
      const stopping = Promise.all([bulk.close(), watchers.close(), ...[...extraWatches].map((w) => w.close())]);
      closed = stopping.then(
        () => archive.close(),
        (err: unknown) => {
          archive.close();
          throw err;
        },
      );
      return closed;
    },
  };
}
