-- Issue 3: updates, corrections and kills linked to the story they belong to,
-- the ingest log, and the settings an editor can change. Rows change only
-- through db/repositories (the one write path), as in 001.

-- What each version declares about its story, derived from story_json (never
-- logged, like the other summary columns). A story's state is read from all of
-- its versions at read time: a kill in any version keeps the story killed,
-- whatever arrives after it, and an embargo lifts by the clock without a write.
ALTER TABLE story_versions ADD COLUMN killed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE story_versions ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0;
-- ISO 8601 UTC when the wire's value could be read as a time, else as sent.
ALTER TABLE story_versions ADD COLUMN embargoed_until TEXT;

-- Archives from before this migration hold plain-text stories only: no signals,
-- but a pubStatus and possibly an embargo.
UPDATE story_versions
SET killed = (pub_status = 'canceled'),
    embargoed_until = coalesce(
      strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(story_json, '$.embargoedUntil')),
      json_extract(story_json, '$.embargoedUntil')
    );

-- An incoming story with the uri of a story already archived is a new version
-- of it: found through this index.
CREATE INDEX stories_uri ON stories (uri) WHERE uri IS NOT NULL;

-- Every file that came in (import, drop, watched folder, command line) and what
-- became of it. The rowid is arrival order in this archive: the log lists
-- newest first by rowid DESC, a page at a time.
CREATE TABLE ingest_log (
  rowid       INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  site        TEXT NOT NULL,
  hlc         TEXT NOT NULL,
  at          TEXT NOT NULL,          -- logged: when the file came in
  source      TEXT NOT NULL,          -- logged: import | drop | watch | cli
  file        TEXT NOT NULL,          -- logged: the file as the editor named it
  status      TEXT NOT NULL,          -- logged: added | updated | duplicate | rejected
  story_ids   TEXT NOT NULL,          -- logged: JSON array
  version_ids TEXT NOT NULL,          -- logged: JSON array
  error       TEXT,                   -- logged: why a file was rejected, in words
  code        TEXT,                   -- logged: the machine-readable reason
  notes       TEXT NOT NULL           -- logged: JSON array (non-story items the file held)
);
-- "Rejected only" pages walk this index newest first.
CREATE INDEX ingest_log_status ON ingest_log (status);

-- Settings an editor changes, one record per key. `scope` is the site the
-- setting belongs to: watched folders are paths on one laptop and mean nothing
-- on another, so a replica reads only its own.
CREATE TABLE settings (
  rowid INTEGER PRIMARY KEY,
  id    TEXT NOT NULL UNIQUE,
  site  TEXT NOT NULL,
  hlc   TEXT NOT NULL,
  scope TEXT NOT NULL,                -- logged
  key   TEXT NOT NULL,                -- logged
  value TEXT NOT NULL,                -- logged: JSON
  UNIQUE (scope, key)
);
