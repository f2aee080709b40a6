/** Query keys shared by features, so invalidation after a change finds every copy. */
export const appInfoKey = ['app.info'] as const;
/** Every archive list and count: an 'archive.changed' event invalidates them all. */
export const archiveSearchKey = ['archive.search'] as const;
/** A story, newest version; with a versionId, that version. storyKey(id) as a prefix covers both. */
export const storyKey = (id: string, versionId?: string | null) =>
  versionId ? (['story.get', id, versionId] as const) : (['story.get', id] as const);
export const ingestLogKey = ['ingest.log'] as const;
export const settingsKey = ['settings.get'] as const;
export const savedSearchesKey = ['searches.list'] as const;
