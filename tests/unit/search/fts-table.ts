import Database from 'better-sqlite3';

/** The archive's full-text table, as db/migrations/001_archive.sql creates it. */
export const STORY_SEARCH_DDL = `CREATE VIRTUAL TABLE story_search USING fts5(
  headline, slugline, byline, body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '3'
)`;

export interface IndexedStory {
  headline: string;
  slugline: string;
  byline: string;
  body: string;
}

export interface FtsTable {
  db: Database.Database;
  /** The rowids matching an FTS5 expression, ascending; throws as FTS5 does on a bad expression. */
  rowids(match: string): number[];
}

/** An in-memory story_search holding these stories, rowid 1 onwards. */
export function ftsTable(stories: readonly IndexedStory[]): FtsTable {
  const db = new Database(':memory:');
  db.exec(STORY_SEARCH_DDL);
  const insert = db.prepare('INSERT INTO story_search (rowid, headline, slugline, byline, body) VALUES (?, ?, ?, ?, ?)');
  stories.forEach((s, i) => insert.run(i + 1, s.headline, s.slugline, s.byline, s.body));
  const select = db.prepare<[string], number>('SELECT rowid FROM story_search WHERE story_search MATCH ? ORDER BY rowid').pluck();
  return { db, rowids: (match) => select.all(match) };
}
