import fs from 'node:fs';
import { ApiError } from '../../shared/api/errors.ts';
import type { Handlers } from '../../shared/api/contract.ts';
import { MAX_WIRE_FILE_BYTES } from '../../shared/wire/sniff.ts';
import { openArchive } from '../../db/archive.ts';
import { createStoryRepository } from '../../db/repositories/stories.ts';
import { BadCursorError } from '../../db/search/cursor.ts';
import { createStorySearch } from '../../db/search/search-stories.ts';
import { packageVersion } from './app-version.ts';
import { base64DecodedLength, isBase64 } from './base64.ts';
import { archiveFile } from './data-dir.ts';
import { createEventHub } from './event-hub.ts';
import { tooLarge } from './file-problems.ts';
import { createIngest } from './ingest.ts';
import type { OpenServicesOptions, Services } from './services.ts';

export const DEFAULT_MAX_FILE_BYTES = MAX_WIRE_FILE_BYTES;

/**
 * Opens the archive in `dataDir` (creating both when missing) and returns the
 * handlers of every contract method plus the path-based jobs. Cheap: one file
 * open, a schema check, statements prepared once.
 */
export function openServices(options: OpenServicesOptions): Services {
  const { dataDir, host } = options;
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  fs.mkdirSync(dataDir, { recursive: true });
  const archive = openArchive(archiveFile(dataDir), options.migrationsDir ? { migrationsDir: options.migrationsDir } : {});
  const stories = createStoryRepository(archive);
  const search = createStorySearch(archive);
  const hub = createEventHub();
  const ingest = createIngest({ archive, stories, events: hub, maxFileBytes });
  let appVersion = options.appVersion;

  const handlers: Handlers = {
    'app.info': () => ({
      appVersion: (appVersion ??= packageVersion()),
      siteId: archive.siteId,
      dataDir,
      storyCount: stories.count(),
      host,
      maxFileBytes,
    }),
    'archive.search': (input) => {
      try {
        return search(input);
      } catch (err) {
        if (err instanceof BadCursorError) throw new ApiError('bad-input', err.message);
        throw err;
      }
    },
    'story.get': ({ id }) => {
      const detail = stories.get(id);
      if (!detail) throw new ApiError('not-found', `No story with id ${id} in this archive`);
      return detail;
    },
    'ingest.file': ({ name, dataBase64 }) => {
      const size = base64DecodedLength(dataBase64);
      if (size > maxFileBytes) {
        const why = tooLarge(size, maxFileBytes);
        return { file: name, status: 'rejected', storyIds: [], error: `${name}: ${why.problem}`, code: why.code, warnings: [] };
      }
      if (!isBase64(dataBase64)) throw new ApiError('bad-input', `${name}: the upload is not valid base64`);
      return ingest.ingestBytes(name, Buffer.from(dataBase64, 'base64'));
    },
  };

  return {
    handlers,
    dataDir,
    ingestPaths: (paths, onProgress) => ingest.ingestPaths(paths, onProgress),
    subscribe: (listener) => hub.subscribe(listener),
    close: () => archive.close(),
  };
}
