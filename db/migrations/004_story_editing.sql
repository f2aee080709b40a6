-- Issue 5: editing a story. Its text is a Yjs document (DESIGN §4) kept as the
-- updates that made it; around it, revisions, comment threads and translation
-- flags, which are records like any other (site, clock, ops). Rows change only
-- through db/repositories (the one write path), as in 001.

-- The Yjs updates of each story's text, in the order this archive took them.
-- Content, not records: Yjs merges them in any order, so sync ships them as
-- they are. Many small updates of one story are merged into one from time to
-- time (same document, fewer rows).
CREATE TABLE story_text_updates (
  rowid    INTEGER PRIMARY KEY,
  story_id TEXT NOT NULL REFERENCES stories (id),
  site     TEXT NOT NULL,
  at       TEXT NOT NULL,
  "update" BLOB NOT NULL
);
CREATE INDEX story_text_updates_story ON story_text_updates (story_id, rowid);

-- The text as the Lexical document says it now, materialised from the Yjs
-- document by the services after each change (never logged: any replica
-- derives it from the updates). Search and export read it.
CREATE TABLE story_texts (
  story_id     TEXT PRIMARY KEY REFERENCES stories (id),
  lexical_json TEXT NOT NULL,
  text_json    TEXT NOT NULL,           -- StoryText
  plain_text   TEXT NOT NULL,
  word_count   INTEGER NOT NULL,
  edited       INTEGER NOT NULL,        -- 1 when it differs from the wire original
  updated_at   TEXT NOT NULL
) WITHOUT ROWID;

-- A revision of a story's text: 0 is the untouched wire original; then
-- autosave checkpoints, named saves and restores. Never changed once made.
CREATE TABLE revisions (
  rowid        INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  site         TEXT NOT NULL,
  hlc          TEXT NOT NULL,
  story_id     TEXT NOT NULL REFERENCES stories (id),  -- logged
  number       INTEGER NOT NULL,        -- logged: 0 for the wire original
  kind         TEXT NOT NULL,           -- logged: wire | autosave | named | restore
  name         TEXT,                    -- logged
  author       TEXT,                    -- logged
  created_at   TEXT NOT NULL,           -- logged
  lexical_json TEXT NOT NULL,           -- logged
  plain_text   TEXT NOT NULL,           -- logged
  word_count   INTEGER NOT NULL         -- logged
);
CREATE INDEX revisions_story ON revisions (story_id, number);

-- A comment thread anchored to a range of the text by an @lexical/mark id.
CREATE TABLE comment_threads (
  rowid      INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  site       TEXT NOT NULL,
  hlc        TEXT NOT NULL,
  story_id   TEXT NOT NULL REFERENCES stories (id),    -- logged
  mark_id    TEXT NOT NULL,           -- logged
  quote      TEXT NOT NULL,           -- logged
  resolved   INTEGER NOT NULL,        -- logged
  created_at TEXT NOT NULL            -- logged
);
CREATE INDEX comment_threads_story ON comment_threads (story_id);

-- One comment of a thread. Deleting sets `deleted` (a tombstone).
CREATE TABLE comments (
  rowid      INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  site       TEXT NOT NULL,
  hlc        TEXT NOT NULL,
  thread_id  TEXT NOT NULL REFERENCES comment_threads (id),  -- logged
  author     TEXT NOT NULL,           -- logged
  initials   TEXT NOT NULL,           -- logged
  text       TEXT NOT NULL,           -- logged
  created_at TEXT NOT NULL,           -- logged
  deleted    INTEGER NOT NULL         -- logged
);
CREATE INDEX comments_thread ON comments (thread_id);

-- A passage flagged for translation. Deleting sets `deleted` (a tombstone).
CREATE TABLE translation_flags (
  rowid           INTEGER PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE,
  site            TEXT NOT NULL,
  hlc             TEXT NOT NULL,
  story_id        TEXT NOT NULL REFERENCES stories (id),  -- logged
  mark_id         TEXT NOT NULL,      -- logged
  source_text     TEXT NOT NULL,      -- logged
  source_language TEXT,               -- logged
  target_language TEXT NOT NULL,      -- logged
  note            TEXT NOT NULL,      -- logged
  status          TEXT NOT NULL,      -- logged: flagged | in_progress | translated | approved
  translation     TEXT NOT NULL,      -- logged
  author          TEXT NOT NULL,      -- logged
  created_at      TEXT NOT NULL,      -- logged
  updated_at      TEXT NOT NULL,      -- logged
  deleted         INTEGER NOT NULL    -- logged
);
CREATE INDEX translation_flags_story ON translation_flags (story_id);
-- The translation desk's queue, by status and by target language.
CREATE INDEX translation_flags_queue ON translation_flags (status, target_language) WHERE deleted = 0;

-- What the list shows of a story's editing, derived (never logged) and
-- rewritten whenever its text, threads or flags change.
ALTER TABLE stories ADD COLUMN edited INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN open_threads INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN flags_flagged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN flags_in_progress INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN flags_translated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN flags_approved INTEGER NOT NULL DEFAULT 0;
