-- Issue 6: licensing records and rights checks. Licences, the licences editors
-- assign by hand, every recorded use of a story and the takedowns a kill
-- obliges are records like any other (site, clock, ops). Which licences cover
-- a story is never stored: it is matched whenever it is needed, so a licence
-- made or changed after a story arrived applies to it at once. Rows change
-- only through db/repositories (the one write path), as in 001.

-- A licence: what the agreement with an agency (through a distributor) allows.
-- Never deleted: a retired one stays, because recorded uses cite it.
CREATE TABLE licences (
  rowid               INTEGER PRIMARY KEY,
  id                  TEXT NOT NULL UNIQUE,
  site                TEXT NOT NULL,
  hlc                 TEXT NOT NULL,
  provider            TEXT NOT NULL,      -- logged
  distributor         TEXT,               -- logged: NULL covers the agency's copy however it arrives
  reference           TEXT NOT NULL,      -- logged
  valid_from          TEXT NOT NULL,      -- logged: YYYY-MM-DD, inclusive
  valid_to            TEXT,               -- logged: YYYY-MM-DD, inclusive; NULL until further notice
  channels            TEXT NOT NULL,      -- logged: JSON array of channels
  territories         TEXT NOT NULL,      -- logged: JSON { mode, countries }
  may_modify          INTEGER NOT NULL,   -- logged: 0 | 1
  may_translate       INTEGER NOT NULL,   -- logged: 0 | 1
  may_excerpt         INTEGER NOT NULL,   -- logged: 0 | 1
  max_excerpt_words   INTEGER,            -- logged: NULL any length
  attribution         TEXT NOT NULL,      -- logged: the credit template
  embargo_hold_hours  INTEGER NOT NULL,   -- logged
  kill_takedown_hours INTEGER,            -- logged
  monthly_cap         INTEGER,            -- logged: NULL no cap
  match_copyright     TEXT,               -- logged
  match_usage_terms   TEXT,               -- logged
  notes               TEXT NOT NULL,      -- logged
  retired             INTEGER NOT NULL,   -- logged: 0 | 1
  created_at          TEXT NOT NULL,      -- logged
  updated_at          TEXT NOT NULL       -- logged
);

-- An editor's choice of licence for a story. Each choice is a record of its
-- own; the newest (by assigned_at, then clock) is the story's. licence_id NULL
-- goes back to the licences matched automatically.
CREATE TABLE licence_assignments (
  rowid       INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  site        TEXT NOT NULL,
  hlc         TEXT NOT NULL,
  story_id    TEXT NOT NULL REFERENCES stories (id),   -- logged
  licence_id  TEXT REFERENCES licences (id),           -- logged
  assigned_by TEXT NOT NULL,                           -- logged
  assigned_at TEXT NOT NULL                            -- logged
);
CREATE INDEX licence_assignments_story ON licence_assignments (story_id, assigned_at, hlc);

-- One recorded use of a story (a republication), what distributors bill from.
-- Never changed once recorded. licence_reference keeps the agreement's
-- reference as it was, for the report.
CREATE TABLE usages (
  rowid             INTEGER PRIMARY KEY,
  id                TEXT NOT NULL UNIQUE,
  site              TEXT NOT NULL,
  hlc               TEXT NOT NULL,
  story_id          TEXT NOT NULL REFERENCES stories (id),        -- logged
  version_id        TEXT NOT NULL REFERENCES story_versions (id), -- logged
  headline          TEXT NOT NULL,      -- logged
  channel           TEXT NOT NULL,      -- logged
  territory         TEXT,               -- logged
  used_at           TEXT NOT NULL,      -- logged: ISO 8601 UTC, when it appears
  recorded_at       TEXT NOT NULL,      -- logged
  licence_id        TEXT REFERENCES licences (id),  -- logged
  licence_reference TEXT,               -- logged
  modified          INTEGER NOT NULL,   -- logged: 0 | 1
  translated        INTEGER NOT NULL,   -- logged: 0 | 1
  excerpt_words     INTEGER,            -- logged
  user              TEXT NOT NULL,      -- logged: who recorded it
  override_reason   TEXT,               -- logged: set when an editor overrode a block
  attribution       TEXT                -- logged
);
-- The monthly report and cap walk a licence's uses by date.
CREATE INDEX usages_licence ON usages (licence_id, used_at);
CREATE INDEX usages_story ON usages (story_id);

-- A use of a killed story that was taken down. At most one per use.
CREATE TABLE takedowns (
  rowid    INTEGER PRIMARY KEY,
  id       TEXT NOT NULL UNIQUE,
  site     TEXT NOT NULL,
  hlc      TEXT NOT NULL,
  usage_id TEXT NOT NULL UNIQUE REFERENCES usages (id),  -- logged
  done_at  TEXT NOT NULL,                                -- logged
  done_by  TEXT NOT NULL                                 -- logged
);
