import type Database from 'better-sqlite3';

/**
 * The headline a story is listed under (the archive list, the translation
 * desk): the one its editor gave it once it was edited, else its current
 * wire version's. Looked up for edited stories alone, so a page of unedited
 * ones costs nothing more.
 */
export function createListedHeadline(db: Database.Database): (story: { id: string; edited: number; headline: string }) => string {
  const editedHeadline = db.prepare(`SELECT nullif(json_extract(text_json, '$.headline'), '') FROM story_texts WHERE story_id = ?`).pluck();
  return (story) => (story.edited === 1 ? ((editedHeadline.get(story.id) as string | null | undefined) ?? story.headline) : story.headline);
}
