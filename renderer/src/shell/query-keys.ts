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
/** Every licence, retired ones too: the Licences section, the sidebar's badge and the rights panel's choice. */
export const licencesKey = ['licences.list'] as const;
/** A story's rights panel; storyRightsKey() without an id covers every story's. */
export const storyRightsKey = (storyId?: string) => (storyId ? (['rights.get', storyId] as const) : (['rights.get'] as const));
/** The Republish dialog's live check; rightsCheckKey() without an id covers every story's. */
export const rightsCheckKey = (storyId?: string) => (storyId ? (['rights.check', storyId] as const) : (['rights.check'] as const));
/** Usage reports, any licence and month. */
export const usageReportKey = ['usage.report'] as const;
/** Uses of killed stories still to take down: the app-wide banner. */
export const takedownsKey = ['takedowns.list'] as const;
