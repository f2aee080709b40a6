import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { WireStory, type StoryDetail, type StoryVersionInfo } from '../../shared/model/story.ts';
import type { Archive } from '../archive.ts';
import type { RecordWriter } from './write-path.ts';

/** One wire file, parsed, ready to be archived. */
export interface ParsedFile {
  /** The file's own name (no folders: a path means nothing on another laptop). */
  fileName: string;
  bytes: Uint8Array;
  format: string;
  stories: readonly WireStory[];
  /** ISO 8601 time of arrival. */
  receivedAt: string;
}

export interface StoredStory {
  id: string;
  rowid: number;
}

export interface StoryRepository {
  /** Archives every story of the file, its bytes and its search entries in one transaction. */
  storeFile(file: ParsedFile): StoredStory[];
  /** The same, inside a transaction the caller already holds. */
  insertFile(writer: RecordWriter, file: ParsedFile): StoredStory[];
  /** Stories holding a version made from exactly these bytes, oldest first. */
  storyIdsWithBytes(sha256: string): string[];
  get(id: string): StoryDetail | undefined;
  /** The original bytes, verbatim. */
  blob(sha256: string): Uint8Array | undefined;
  count(): number;
}

interface VersionRow {
  id: string;
  version: number;
  file_name: string;
  sha256: string;
  byte_length: number;
  format: string;
  received_at: string;
  story_json: string;
}

export function createStoryRepository(archive: Archive): StoryRepository {
  const db: Database.Database = archive.db;
  const indexText = db.prepare('INSERT INTO story_search (rowid, headline, slugline, byline, body) VALUES (?, ?, ?, ?, ?)');
  const idsWithBytes = db
    .prepare(
      `SELECT s.id FROM story_versions v JOIN stories s ON s.id = v.story_id
       WHERE v.sha256 = ? GROUP BY s.id ORDER BY min(s.rowid)`,
    )
    .pluck();
  const storyById = db.prepare('SELECT rowid, id FROM stories WHERE id = ?');
  const versionsOf = db.prepare(
    `SELECT id, version, file_name, sha256, byte_length, format, received_at, story_json
     FROM story_versions WHERE story_id = ? ORDER BY version`,
  );
  const blobBySha = db.prepare('SELECT bytes FROM blobs WHERE sha256 = ?').pluck();
  const countStories = db.prepare('SELECT count(*) FROM stories').pluck();

  function insertFile(writer: RecordWriter, file: ParsedFile): StoredStory[] {
    // Hashed here, not taken from the caller: the blob's address must be its content's.
    const sha256 = sha256Hex(file.bytes);
    writer.putBlob(sha256, file.bytes);
    return file.stories.map((story) => {
      const created = writer.insert('story', { received_at: file.receivedAt, uri: story.uri ?? null });
      writer.insert('story_version', {
        story_id: created.id,
        version: 1,
        file_name: file.fileName,
        sha256,
        byte_length: file.bytes.byteLength,
        format: story.format || file.format,
        received_at: file.receivedAt,
        story_json: JSON.stringify(story),
      });
      indexText.run(created.rowid, story.headline, story.slugline ?? null, story.byline ?? null, story.body.join('\n\n'));
      return created;
    });
  }

  return {
    insertFile,
    storeFile: (file) => archive.write((writer) => insertFile(writer, file)),
    storyIdsWithBytes: (sha256) => idsWithBytes.all(sha256) as string[],
    get(id) {
      const story = storyById.get(id) as { id: string } | undefined;
      if (!story) return undefined;
      const rows = versionsOf.all(id) as VersionRow[];
      const latest = rows.at(-1);
      if (!latest) return undefined;
      return {
        id,
        story: WireStory.parse(JSON.parse(latest.story_json)),
        version: versionInfo(latest),
        versions: rows.map(versionInfo),
      };
    },
    blob(sha256) {
      const bytes = blobBySha.get(sha256) as Buffer | undefined;
      return bytes ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : undefined;
    },
    count: () => countStories.get() as number,
  };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function versionInfo(row: VersionRow): StoryVersionInfo {
  return {
    id: row.id,
    version: row.version,
    fileName: row.file_name,
    sha256: row.sha256,
    byteLength: row.byte_length,
    format: row.format,
    receivedAt: row.received_at,
  };
}
