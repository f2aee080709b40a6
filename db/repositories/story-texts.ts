import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.ts';
import { StoryText } from '../../shared/model/editing.ts';
import type { WireStory } from '../../shared/model/story.ts';
import type { Archive } from '../archive.ts';
import { storySearchText, wireSearchText } from './search-text.ts';
import type { RecordWriter } from './write-path.ts';

/** A story's text as the Lexical document says it now, derived from its Yjs updates. */
export interface MaterialisedText {
  lexicalJson: string;
  text: StoryText;
  /** It differs from the wire original. */
  edited: boolean;
  updatedAt: string;
}

/**
 * The Yjs updates of a story's text, and its materialised text. Both are
 * content, not records (Yjs merges updates in any order; any replica derives
 * the text from them), so they are written with plain statements, inside the
 * caller's write so they commit with whatever records go with them.
 */
export interface StoryTextRepository {
  /** Every Yjs update of the story's text, oldest first; empty when it was never opened in the editor. */
  updates(storyId: string): Uint8Array[];
  updateCount(storyId: string): number;
  /** Appends one update (must run inside archive.write; `writer` proves it). */
  appendUpdate(writer: RecordWriter, storyId: string, update: Uint8Array, at: string): void;
  /** In one transaction: reads every update of the story, replaces them with merge(updates) as a single row. */
  compact(storyId: string, merge: (updates: Uint8Array[]) => Uint8Array): void;
  /** Upserts story_texts and sets stories.edited (inside archive.write). */
  setMaterialised(writer: RecordWriter, storyId: string, text: MaterialisedText): void;
  materialised(storyId: string): MaterialisedText | undefined;
}

interface UpdateRow {
  rowid: number;
  at: string;
  update: Buffer;
}

interface TextRow {
  lexical_json: string;
  text_json: string;
  edited: number;
  updated_at: string;
}

export function createStoryTextRepository(archive: Pick<Archive, 'db' | 'write' | 'siteId'>): StoryTextRepository {
  const db: Database.Database = archive.db;
  const storyExists = db.prepare('SELECT 1 FROM stories WHERE id = ?').pluck();
  const updatesOf = db.prepare('SELECT rowid, at, "update" FROM story_text_updates WHERE story_id = ? ORDER BY rowid');
  const countOf = db.prepare('SELECT count(*) FROM story_text_updates WHERE story_id = ?').pluck();
  const insertUpdate = db.prepare('INSERT INTO story_text_updates (story_id, site, at, "update") VALUES (?, ?, ?, ?)');
  const deleteUpTo = db.prepare('DELETE FROM story_text_updates WHERE story_id = ? AND rowid <= ?');
  const upsertText = db.prepare(
    `INSERT INTO story_texts (story_id, lexical_json, text_json, plain_text, word_count, edited, updated_at)
     VALUES (@storyId, @lexicalJson, @textJson, @plainText, @wordCount, @edited, @updatedAt)
     ON CONFLICT (story_id) DO UPDATE SET lexical_json = excluded.lexical_json, text_json = excluded.text_json,
       plain_text = excluded.plain_text, word_count = excluded.word_count, edited = excluded.edited, updated_at = excluded.updated_at`,
  );
  const setEdited = db.prepare('UPDATE stories SET edited = ? WHERE id = ?');
  const wasEdited = db.prepare('SELECT edited FROM story_texts WHERE story_id = ?').pluck();
  const currentVersionOf = db.prepare(
    'SELECT s.rowid AS rowid, v.story_json AS json FROM stories s JOIN story_versions v ON v.rowid = s.current_version WHERE s.id = ?',
  );
  const unindex = db.prepare('DELETE FROM story_search WHERE rowid = ?');
  const indexText = db.prepare('INSERT INTO story_search (rowid, headline, slugline, byline, body) VALUES (?, ?, ?, ?, ?)');

  /** The story's search entry becomes its text as it stands (the edited text, or the wire's again when the edit was undone). */
  function reindex(storyId: string, editedTextJson: string | null): void {
    const current = currentVersionOf.get(storyId) as { rowid: number; json: string } | undefined;
    if (!current) return;
    const { headline, slugline, byline, body } = storySearchText(wireSearchText(JSON.parse(current.json) as WireStory), editedTextJson);
    unindex.run(current.rowid);
    indexText.run(current.rowid, headline, slugline, byline, body);
  }
  const textOf = db.prepare('SELECT lexical_json, text_json, edited, updated_at FROM story_texts WHERE story_id = ?');

  function assertStory(storyId: string): void {
    if (storyExists.get(storyId) === undefined) throw new ApiError('not-found', `There is no story with id ${storyId}.`);
  }

  return {
    updates: (storyId) => (updatesOf.all(storyId) as UpdateRow[]).map((row) => bytesOf(row.update)),
    updateCount: (storyId) => countOf.get(storyId) as number,
    appendUpdate(writer, storyId, update, at) {
      assertStory(storyId);
      insertUpdate.run(storyId, writer.siteId, at, toBuffer(update));
    },
    compact(storyId, merge) {
      archive.write((writer) => {
        const rows = updatesOf.all(storyId) as UpdateRow[];
        const last = rows.at(-1);
        if (rows.length < 2 || !last) return;
        const merged = merge(rows.map((row) => bytesOf(row.update)));
        // The merged row is inserted before the old ones go, so it takes a rowid above all of them:
        // whoever reads updates "after rowid N" (a sync bundle) still finds what it had not seen, inside it.
        insertUpdate.run(storyId, writer.siteId, last.at, toBuffer(merged));
        deleteUpTo.run(storyId, last.rowid);
      });
    },
    setMaterialised(_writer, storyId, text) {
      assertStory(storyId);
      const edited = text.edited ? 1 : 0;
      const before = wasEdited.get(storyId) as number | undefined;
      const textJson = JSON.stringify(text.text);
      upsertText.run({
        storyId,
        lexicalJson: text.lexicalJson,
        textJson,
        plainText: text.text.plainText,
        wordCount: text.text.wordCount,
        edited,
        updatedAt: text.updatedAt,
      });
      setEdited.run(edited, storyId);
      // Search finds what the story says now; an unedited story's entry is its wire version's, as ingest wrote it.
      if (edited === 1 || before === 1) reindex(storyId, edited === 1 ? textJson : null);
    },
    materialised(storyId) {
      const row = textOf.get(storyId) as TextRow | undefined;
      if (!row) return undefined;
      return {
        lexicalJson: row.lexical_json,
        text: StoryText.parse(JSON.parse(row.text_json)),
        edited: row.edited === 1,
        updatedAt: row.updated_at,
      };
    },
  };
}

/** A plain copy: a view into SQLite's buffer would hand callers (and Yjs) a Buffer's pooled memory. */
function bytesOf(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer);
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
