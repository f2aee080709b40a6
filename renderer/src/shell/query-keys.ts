/** Query keys shared by features, so invalidation after a change finds every copy. */
export const appInfoKey = ['app.info'] as const;
export const archiveSearchKey = ['archive.search'] as const;
export const storyKey = (id: string) => ['story.get', id] as const;
