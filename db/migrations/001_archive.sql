-- The archive: stories, their wire versions, the original bytes, the operation
-- log and the full-text index. Rows change only through db/repositories, which
-- logs every logged field in `ops` in the same transaction.

-- This archive's own settings: its site id and the state of its clock.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- A story's identity across its wire versions. The rowid is arrival order in
-- this archive (newest first = ORDER BY rowid DESC) and the full-text rowid;
-- `id` is the globally unique id other laptops know it by.
CREATE TABLE stories (
  rowid       INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  site        TEXT NOT NULL,          -- the site that created the record
  hlc         TEXT NOT NULL,          -- clock of the record's latest change
  received_at TEXT NOT NULL,          -- logged: when it first reached an archive
  uri         TEXT                    -- logged: the wire's own item id, when it has one
);

-- The original bytes of every file, verbatim, addressed by their sha256.
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY,
  bytes  BLOB NOT NULL
);

-- One wire version of a story: the parsed fields (WireStory as JSON) plus a
-- reference to the bytes they came from. The summary columns after story_json
-- are derived from it and never logged.
CREATE TABLE story_versions (
  rowid            INTEGER PRIMARY KEY,
  id               TEXT NOT NULL UNIQUE,
  site             TEXT NOT NULL,
  hlc              TEXT NOT NULL,
  story_id         TEXT NOT NULL REFERENCES stories (id),
  version          INTEGER NOT NULL,
  file_name        TEXT NOT NULL,
  sha256           TEXT NOT NULL REFERENCES blobs (sha256),
  byte_length      INTEGER NOT NULL,
  format           TEXT NOT NULL,
  received_at      TEXT NOT NULL,
  story_json       TEXT NOT NULL,
  headline         TEXT NOT NULL,
  headline_derived INTEGER NOT NULL,
  slugline         TEXT,
  byline           TEXT,
  provider         TEXT,
  place            TEXT,
  language         TEXT,
  pub_status       TEXT NOT NULL,
  UNIQUE (story_id, version)
);
CREATE INDEX story_versions_sha256 ON story_versions (sha256);

-- The operation log sync will ship: one row per changed field, in the order of
-- the hybrid logical clock. `value` has no declared type so a value keeps
-- exactly the SQLite type it was written with.
CREATE TABLE ops (
  hlc       TEXT NOT NULL UNIQUE,
  site      TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field     TEXT NOT NULL,
  value
);

-- Full text of each story's newest version; rowid = stories.rowid, so
-- newest first is ORDER BY rowid DESC and stops after one page. Upkeep is
-- explicit, in db/repositories/stories.ts. A prefix index serves prefix
-- queries of exactly its length: 3 characters ("opi*") are the slow ones
-- (thousands of terms); longer prefixes match few terms, and 2 would cost
-- ingest more than it saves.
CREATE VIRTUAL TABLE story_search USING fts5 (
  headline, slugline, byline, body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '3'
);
