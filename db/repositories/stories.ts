import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { WireStory, type PubStatus, type StoryDetail, type StoryVersionInfo } from '../../shared/model/story.ts';
import type { Archive } from '../archive.ts';
import type { PreparedStory } from './prepared-story.ts';
import { rememberVersionColumns } from './records.ts';
import { storySearchText } from './search-text.ts';
import { deriveStoryState } from './story-state.ts';
import type { RecordWriter } from './write-path.ts';

/** One wire file, parsed, ready to be archived. */
export interface ParsedFile {
  /** The file's own name (no folders: a path means nothing on another laptop). */
  fileName: string;
  bytes: Uint8Array;
  format: string;
  /** The file's stories, prepared (prepareStory) where the file was parsed. */
  stories: readonly PreparedStory[];
  /** ISO 8601 time of arrival. */
  receivedAt: string;
}

/** What became of one story of a file. */
export interface StoredStory {
  /** The story's id: the same for all of its versions. */
  id: string;
  rowid: number;
  versionId: string;
  /** The version's number in the story's chain. */
  version: number;
  /**
   * 'added': a story new to the archive; 'updated': a new version of a story
   * already archived (same uri and provider); 'duplicate': that very version
   * was already there, nothing was stored.
   */
  outcome: 'added' | 'updated' | 'duplicate';
}

export interface StoryRepository {
  /** Archives every story of the file, its bytes and its search entries in one transaction. */
  storeFile(file: ParsedFile): StoredStory[];
  /** The same, inside a transaction the caller already holds. */
  insertFile(writer: RecordWriter, file: ParsedFile): StoredStory[];
  /** Stories holding a version made from exactly these bytes, oldest first. */
  storyIdsWithBytes(sha256: string): string[];
  /** The versions made from exactly these bytes, oldest story first. */
  versionsWithBytes(sha256: string): Array<{ storyId: string; versionId: string }>;
  /** The story with its whole version chain, showing `versionId` (else the current version). */
  get(id: string, versionId?: string): StoryDetail | undefined;
  /** The original bytes, verbatim. */
  blob(sha256: string): Uint8Array | undefined;
  /** Spikes (true) or restores (false) the stories, logging each change; returns how many changed. */
  setSpiked(ids: readonly string[], spiked: boolean): number;
  count(): number;
}

export interface StoryRepositoryOptions {
  /** The clock an embargo is read against, in ms since the epoch (injectable for tests). */
  now?: () => number;
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
  pub_status: PubStatus;
}

interface UriMatch {
  id: string;
  rowid: number;
  provider: string | null;
}

export function createStoryRepository(archive: Archive, options: StoryRepositoryOptions = {}): StoryRepository {
  const db: Database.Database = archive.db;
  const now = options.now ?? Date.now;
  const indexText = db.prepare('INSERT INTO story_search (rowid, headline, slugline, byline, body) VALUES (?, ?, ?, ?, ?)');
  const unindex = db.prepare('DELETE FROM story_search WHERE rowid = ?');
  const editedTextOf = db
    .prepare('SELECT t.text_json FROM stories s JOIN story_texts t ON t.story_id = s.id AND t.edited = 1 WHERE s.rowid = ?')
    .pluck();
  const versionsBySha = db.prepare(
    `SELECT v.story_id AS storyId, v.id AS versionId FROM story_versions v JOIN stories s ON s.id = v.story_id
     WHERE v.sha256 = ? ORDER BY s.rowid, v.version`,
  );
  const storiesByUri = db.prepare(
    `SELECT s.id, s.rowid,
       (SELECT provider FROM story_versions WHERE story_id = s.id ORDER BY version DESC LIMIT 1) AS provider
     FROM stories s WHERE s.uri = ? ORDER BY s.rowid`,
  );
  const newestVersion = db.prepare('SELECT max(version) FROM story_versions WHERE story_id = ?').pluck();
  const versionNumbered = db.prepare('SELECT 1 FROM story_versions WHERE story_id = ? AND version = ?');
  const sameContent = db.prepare('SELECT id, version FROM story_versions WHERE story_id = ? AND story_json = ?');
  const storyById = db.prepare('SELECT id, spiked, killed, corrected, pub_status, embargoed_until FROM stories WHERE id = ?');
  const versionsOf = db.prepare(
    'SELECT id, version, file_name, sha256, byte_length, format, received_at, story_json, pub_status FROM story_versions WHERE story_id = ? ORDER BY version',
  );
  const blobBySha = db.prepare('SELECT bytes FROM blobs WHERE sha256 = ?').pluck();
  const spikedById = db.prepare('SELECT spiked FROM stories WHERE id = ?').pluck();
  // What the list shows of a story's versions, kept on the story (derived, never logged): for its first version, from that version alone…
  const summariseFirst = db.prepare(
    `UPDATE stories SET current_version = @current, version_count = 1, provider = @provider, distributor = @distributor,
       language = @language, pub_status = @pub_status, killed = @killed, corrected = @corrected, embargoed_until = @embargoed_until
     WHERE rowid = @rowid`,
  );
  // …and once it has more, from all of them.
  const summariseAll = db.prepare(
    `UPDATE stories SET
       current_version = c.rowid, provider = c.provider, distributor = c.distributor, language = c.language, pub_status = c.pub_status,
       version_count = a.n, killed = a.killed, corrected = a.corrected, embargoed_until = a.embargoed_until
     FROM (SELECT count(*) AS n, max(killed) AS killed, max(corrected) AS corrected, max(embargoed_until) AS embargoed_until,
             max(version) AS newest
           FROM story_versions WHERE story_id = @id) AS a
     JOIN story_versions AS c ON c.story_id = @id AND c.version = a.newest
     WHERE stories.id = @id`,
  );
  // Stories are never deleted (spike is a flag; there is no purge yet), so rowids run 1…n without gaps and the
  // highest is the count: one index step, where count(*) read every page of the table (0.4 s cold at a million).
  // A purge must bring back count(*) or keep a counter.
  const countStories = db.prepare('SELECT coalesce(max(rowid), 0) FROM stories').pluck();

  /**
   * Search entries to write at the end of the transaction: rowid → the story
   * to index and whether an entry of that rowid was there before it. FTS5
   * keeps a transaction's new entries in memory only while rowids arrive in
   * ascending order; an update re-indexes an older story (a lower rowid), which
   * wrote the pending entries out as a segment of their own every time. Sorted
   * at the end, a chunk of files is written out once.
   */
  const pendingIndex = new Map<number, { replaces: boolean; story: PreparedStory }>();

  function writeIndex(): void {
    const rowids = [...pendingIndex.keys()].sort((a, b) => a - b);
    for (const rowid of rowids) {
      const { replaces, story } = pendingIndex.get(rowid)!;
      if (replaces) unindex.run(rowid);
      // A new wire version of a story an editor changed: the index keeps what the editor made of it.
      const edited = replaces ? ((editedTextOf.get(rowid) as string | undefined) ?? null) : null;
      const { headline, slugline, byline, body } = storySearchText(story.search, edited);
      indexText.run(rowid, headline, slugline, byline, body);
    }
    pendingIndex.clear();
  }

  /** Makes `story` the search entry of `rowid` when the transaction ends; `replaces` when it had one before. */
  function index(writer: RecordWriter, rowid: number, story: PreparedStory, replaces: boolean): void {
    // Left from a write that rolled back: those rows are not in the archive.
    if (writer.beforeCommit(writeIndex)) pendingIndex.clear();
    const earlier = pendingIndex.get(rowid);
    pendingIndex.set(rowid, { replaces: earlier ? earlier.replaces : replaces, story });
  }

  /** The archived story this one is a version of: same uri, and the same provider when both name one. */
  function storyWithUri(story: PreparedStory): UriMatch | undefined {
    if (story.uri === null || story.uri === '') return undefined;
    const provider = normaliseProvider(story.provider);
    const candidates = storiesByUri.all(story.uri) as UriMatch[];
    return candidates.find((c) => {
      const theirs = normaliseProvider(c.provider);
      return provider === null || theirs === null || provider === theirs;
    });
  }

  function insertFile(writer: RecordWriter, file: ParsedFile): StoredStory[] {
    // Hashed here, not taken from the caller: the blob's address must be its content's.
    const sha256 = sha256Hex(file.bytes);
    let blobStored = false;

    function insertVersion(storyId: string, version: number, story: PreparedStory): { id: string; rowid: number } {
      if (!blobStored) {
        writer.putBlob(sha256, file.bytes);
        blobStored = true;
      }
      return writer.insert('story_version', {
        story_id: storyId,
        version,
        file_name: file.fileName,
        sha256,
        byte_length: file.bytes.byteLength,
        format: story.format || file.format,
        received_at: file.receivedAt,
        story_json: story.json,
      });
    }

    return file.stories.map((story): StoredStory => {
      rememberVersionColumns(story.json, story.columns);
      const match = storyWithUri(story);
      if (!match) {
        const created = writer.insert('story', { received_at: file.receivedAt, uri: story.uri, spiked: 0 });
        const version = story.version ?? 1;
        const inserted = insertVersion(created.id, version, story);
        const c = story.columns;
        summariseFirst.run({
          rowid: created.rowid,
          current: inserted.rowid,
          provider: c.provider ?? null,
          distributor: c.distributor ?? null,
          language: c.language ?? null,
          pub_status: c.pub_status ?? 'usable',
          killed: c.killed ?? 0,
          corrected: c.corrected ?? 0,
          embargoed_until: c.embargoed_until ?? null,
        });
        const versionId = inserted.id;
        index(writer, created.rowid, story, false);
        return { id: created.id, rowid: created.rowid, versionId, version, outcome: 'added' };
      }

      const same = sameContent.get(match.id, story.json) as { id: string; version: number } | undefined;
      if (same) return { id: match.id, rowid: match.rowid, versionId: same.id, version: same.version, outcome: 'duplicate' };

      const newest = newestVersion.get(match.id) as number;
      // A number already taken by different copy (a resend that changed it) or no number at all: next in the chain.
      const taken = story.version !== null && versionNumbered.get(match.id, story.version) !== undefined;
      const version = story.version !== null && !taken ? story.version : newest + 1;
      const versionId = insertVersion(match.id, version, story).id;
      summariseAll.run({ id: match.id });
      // The search entry shows the current version; a stale one arriving late only joins the chain.
      if (version > newest) index(writer, match.rowid, story, true);
      return { id: match.id, rowid: match.rowid, versionId, version, outcome: 'updated' };
    });
  }

  return {
    insertFile,
    storeFile: (file) => archive.write((writer) => insertFile(writer, file)),
    storyIdsWithBytes: (sha256) => [...new Set((versionsBySha.all(sha256) as Array<{ storyId: string }>).map((r) => r.storyId))],
    versionsWithBytes: (sha256) => versionsBySha.all(sha256) as Array<{ storyId: string; versionId: string }>,
    get(id, versionId) {
      const story = storyById.get(id) as
        | { id: string; spiked: number; killed: number; corrected: number; pub_status: PubStatus; embargoed_until: string | null }
        | undefined;
      if (!story) return undefined;
      const rows = versionsOf.all(id) as VersionRow[];
      const current = rows.at(-1);
      const shown = versionId === undefined ? current : rows.find((r) => r.id === versionId);
      if (!current || !shown) return undefined;
      // What all versions say together is kept on the story (as the list reads it), so pane and list agree.
      const state = deriveStoryState(
        { killed: story.killed === 1, corrected: story.corrected === 1, currentPubStatus: story.pub_status, embargoedUntil: story.embargoed_until },
        now(),
      );
      const infos = rows.map(versionInfo);
      return {
        id,
        state,
        story: WireStory.parse(JSON.parse(shown.story_json)),
        version: infos[rows.indexOf(shown)] as StoryVersionInfo,
        versions: infos,
        spiked: story.spiked === 1,
        embargoedUntil: story.embargoed_until,
      };
    },
    blob(sha256) {
      const bytes = blobBySha.get(sha256) as Buffer | undefined;
      return bytes ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : undefined;
    },
    count: () => countStories.get() as number,
    setSpiked(ids, spiked) {
      const value = spiked ? 1 : 0;
      return archive.write((writer) => {
        let changed = 0;
        for (const id of new Set(ids)) {
          const current = spikedById.get(id) as number | undefined;
          if (current === undefined || current === value) continue;
          writer.update('story', id, { spiked: value });
          changed += 1;
        }
        return changed;
      });
    },
  };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function normaliseProvider(provider: string | null | undefined): string | null {
  const p = provider?.trim().toLowerCase();
  return p ? p : null;
}

function versionInfo(row: VersionRow): StoryVersionInfo {
  const story = JSON.parse(row.story_json) as Pick<WireStory, 'signals'>;
  return {
    id: row.id,
    version: row.version,
    pubStatus: row.pub_status,
    signals: story.signals ?? [],
    fileName: row.file_name,
    sha256: row.sha256,
    byteLength: row.byte_length,
    format: row.format,
    receivedAt: row.received_at,
  };
}
