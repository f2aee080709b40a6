-- Issue 4: the archive at a million stories. Filters and facets read one row
-- per story, so what the list shows of a story's versions is kept on the story
-- itself; editors spike stories and keep saved searches. Rows change only
-- through db/repositories (the one write path), as in 001.

-- Logged: an editor spiked the story (soft delete; restore sets it back).
ALTER TABLE stories ADD COLUMN spiked INTEGER NOT NULL DEFAULT 0;

-- Derived from the story's versions, never logged (a replica derives them
-- from the versions it holds), rewritten whenever a version arrives:
-- the current (highest-numbered) version and what all versions say together.
ALTER TABLE stories ADD COLUMN current_version INTEGER;    -- story_versions.rowid
ALTER TABLE stories ADD COLUMN version_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN provider TEXT;              -- of the current version
ALTER TABLE stories ADD COLUMN distributor TEXT;           -- of the current version
ALTER TABLE stories ADD COLUMN language TEXT;              -- of the current version
ALTER TABLE stories ADD COLUMN pub_status TEXT NOT NULL DEFAULT 'usable';  -- of the current version
ALTER TABLE stories ADD COLUMN killed INTEGER NOT NULL DEFAULT 0;          -- any version
ALTER TABLE stories ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0;       -- any version
ALTER TABLE stories ADD COLUMN embargoed_until TEXT;                       -- latest of any version

ALTER TABLE story_versions ADD COLUMN distributor TEXT;
UPDATE story_versions SET distributor = json_extract(story_json, '$.distributor');

UPDATE stories SET
  current_version = c.rowid,
  provider = c.provider,
  distributor = c.distributor,
  language = c.language,
  pub_status = c.pub_status,
  version_count = a.n,
  killed = a.killed,
  corrected = a.corrected,
  embargoed_until = a.embargoed_until
FROM (
  SELECT story_id, count(*) AS n, max(killed) AS killed, max(corrected) AS corrected, max(embargoed_until) AS embargoed_until,
    max(version) AS newest
  FROM story_versions GROUP BY story_id
) AS a
JOIN story_versions AS c ON c.story_id = a.story_id AND c.version = a.newest
WHERE stories.id = a.story_id;

-- Filters walk these newest first (an index holds its rows in rowid order per value).
CREATE INDEX stories_provider ON stories (provider);
CREATE INDEX stories_distributor ON stories (distributor) WHERE distributor IS NOT NULL;
CREATE INDEX stories_language ON stories (language);
CREATE INDEX stories_spiked ON stories (spiked) WHERE spiked = 1;
-- A date range becomes a rowid range: arrival time grows with arrival order.
CREATE INDEX stories_received ON stories (received_at);

-- Searches an editor named, for the sidebar. A deleted one is kept as a
-- tombstone (deleted = 1), so a replica that still has it learns it is gone.
CREATE TABLE saved_searches (
  rowid   INTEGER PRIMARY KEY,
  id      TEXT NOT NULL UNIQUE,
  site    TEXT NOT NULL,
  hlc     TEXT NOT NULL,
  name    TEXT NOT NULL,                -- logged
  query   TEXT NOT NULL,                -- logged
  filters TEXT NOT NULL,                -- logged: JSON (SearchFilters)
  sort    TEXT NOT NULL,                -- logged: newest | relevance
  deleted INTEGER NOT NULL DEFAULT 0    -- logged
);
