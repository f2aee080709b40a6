import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.ts';
import { storyTextOf, type SerializedState } from '../../shared/editor/story-text.ts';
import { RevisionKind, type Revision, type RevisionInfo, type StoryText } from '../../shared/model/editing.ts';
import type { Archive } from '../archive.ts';
import type { RecordWriter } from './write-path.ts';

export interface NewRevision {
  storyId: string;
  kind: RevisionKind;
  name: string | null;
  author: string | null;
  createdAt: string;
  lexicalJson: string;
}

export interface RevisionRepository {
  /** Newest first (highest number first); the wire original (0) last. */
  list(storyId: string): RevisionInfo[];
  get(storyId: string, revisionId: string): Revision | undefined;
  /** Revision 0. */
  wire(storyId: string): Revision | undefined;
  /** The highest-numbered revision. */
  latest(storyId: string): Revision | undefined;
  /**
   * Inside archive.write. kind 'wire' gets number 0 and is refused (Error) when the story has one;
   * any other kind gets max(number)+1 and is refused when the story has no wire revision.
   * plain_text and word_count come from storyTextOf(JSON.parse(lexicalJson)).
   */
  add(writer: RecordWriter, revision: NewRevision): RevisionInfo;
}

const INFO_COLUMNS = 'id, story_id, number, kind, name, author, created_at, word_count';

interface InfoRow {
  id: string;
  story_id: string;
  number: number;
  kind: string;
  name: string | null;
  author: string | null;
  created_at: string;
  word_count: number;
}

interface RevisionRow extends InfoRow {
  lexical_json: string;
}

/** Revisions are immutable records: taken once, logged once, never changed (a restore is a new revision). */
export function createRevisionRepository(archive: Pick<Archive, 'db' | 'write' | 'siteId'>): RevisionRepository {
  const db: Database.Database = archive.db;
  const storyExists = db.prepare('SELECT 1 FROM stories WHERE id = ?').pluck();
  const listOf = db.prepare(`SELECT ${INFO_COLUMNS} FROM revisions WHERE story_id = ? ORDER BY number DESC, rowid DESC`);
  const byId = db.prepare(`SELECT ${INFO_COLUMNS}, lexical_json FROM revisions WHERE story_id = ? AND id = ?`);
  const byNumber = db.prepare(`SELECT ${INFO_COLUMNS}, lexical_json FROM revisions WHERE story_id = ? AND number = ? ORDER BY rowid LIMIT 1`);
  const newest = db.prepare(`SELECT ${INFO_COLUMNS}, lexical_json FROM revisions WHERE story_id = ? ORDER BY number DESC, rowid DESC LIMIT 1`);
  const highestNumber = db.prepare('SELECT max(number) FROM revisions WHERE story_id = ?').pluck();

  const revisionOf = (row: RevisionRow | undefined): Revision | undefined =>
    row && { ...infoOf(row), lexicalJson: row.lexical_json, text: textOf(row.lexical_json, `revision ${row.number} of story ${row.story_id}`) };

  return {
    list: (storyId) => (listOf.all(storyId) as InfoRow[]).map(infoOf),
    get: (storyId, revisionId) => revisionOf(byId.get(storyId, revisionId) as RevisionRow | undefined),
    wire: (storyId) => revisionOf(byNumber.get(storyId, 0) as RevisionRow | undefined),
    latest: (storyId) => revisionOf(newest.get(storyId) as RevisionRow | undefined),
    add(writer, revision) {
      const { storyId, kind } = revision;
      if (!RevisionKind.safeParse(kind).success) throw new ApiError('bad-input', `"${String(kind)}" is not a kind of revision.`);
      if (storyExists.get(storyId) === undefined) throw new ApiError('not-found', `There is no story with id ${storyId}.`);
      const highest = highestNumber.get(storyId) as number | null;
      if (kind === 'wire' && highest !== null) {
        throw new ApiError('bad-input', `Story ${storyId} already keeps its wire original as revision 0; it never changes.`);
      }
      if (kind !== 'wire' && byNumber.get(storyId, 0) === undefined) {
        throw new ApiError('bad-input', `Story ${storyId} has no wire original (revision 0) yet: it was never opened in the editor.`);
      }
      const text = textOf(revision.lexicalJson, `the new revision of story ${storyId}`);
      const number = kind === 'wire' ? 0 : (highest ?? 0) + 1;
      const { id } = writer.insert('revision', {
        story_id: storyId,
        number,
        kind,
        name: revision.name,
        author: revision.author,
        created_at: revision.createdAt,
        lexical_json: revision.lexicalJson,
        plain_text: text.plainText,
        word_count: text.wordCount,
      });
      return {
        id,
        storyId,
        number,
        kind,
        name: revision.name,
        author: revision.author,
        createdAt: revision.createdAt,
        wordCount: text.wordCount,
      };
    },
  };
}

function infoOf(row: InfoRow): RevisionInfo {
  // A kind this version does not know (from a newer replica) reads as a checkpoint rather than failing the list.
  const kind = RevisionKind.safeParse(row.kind);
  return {
    id: row.id,
    storyId: row.story_id,
    number: row.number,
    kind: kind.success ? kind.data : 'autosave',
    name: row.name,
    author: row.author,
    createdAt: row.created_at,
    wordCount: row.word_count,
  };
}

function textOf(lexicalJson: string, what: string): StoryText {
  let state: unknown;
  try {
    state = JSON.parse(lexicalJson);
  } catch (err) {
    throw new ApiError('bad-input', `The text of ${what} is not JSON (${(err as Error).message}).`);
  }
  if (!isSerializedState(state)) throw new ApiError('bad-input', `The text of ${what} is not a Lexical editor state (it has no root with children).`);
  return storyTextOf(state);
}

function isSerializedState(value: unknown): value is SerializedState {
  const root = (value as { root?: { children?: unknown } } | null)?.root;
  return typeof root === 'object' && root !== null && Array.isArray(root.children);
}
