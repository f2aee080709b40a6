import type Database from 'better-sqlite3';
import type { Licence } from '../../shared/model/licence.ts';
import { licenceMatches, type StoryCredit } from '../../shared/rights/licence-match.ts';
import { normaliseName } from '../../shared/rights/normalise-name.ts';
import type { Archive } from '../archive.ts';
import { createLicenceAssignmentRepository } from '../repositories/licence-assignments.ts';
import { createLicenceRepository } from '../repositories/licences.ts';

/**
 * A story's rights state for the archive's filters: 'licensed' when the
 * licence an editor assigned is on file and not retired, or (no assignment, or
 * back to automatic) when some active licence matches it; 'no-licence'
 * otherwise. The same rules as the rights panel's (electron/services/rights/
 * story-rights.ts), read whenever a search asks and never stored.
 */
export interface RightsCoverage {
  /** Some story can be licensed at all: there is an active licence (an assignment counts only while its licence is active). */
  anyLicensed: boolean;
  /** Some active licence matches on the copyright line or usage terms, so agency and distributor alone do not always decide. */
  readsCredit: boolean;
  /** Editors assigned licences on file by hand: a story's own rowid may decide. */
  assigned: boolean;
  /**
   * Decided by the editor's assignment, or by the story's agency and
   * distributor alone; null when its copyright line or usage terms decide
   * (the story names no agency, or a licence it may fall under matches on them).
   */
  byName(story: number | null, provider: string | null, distributor: string | null): boolean | null;
  /** Decided with the copyright line and usage terms too. */
  covers(story: number | null, credit: StoryCredit): boolean;
}

/** Answers kept per coverage (by agency and distributor, and by copyright line where it decides); cleared beyond this. */
const MEMO_LIMIT = 20_000;

/**
 * The coverage that `licences` (retired ones too: an assignment may name one)
 * and each story's newest assignment (by story rowid) give. Pure.
 */
export function rightsCoverage(
  licences: readonly Licence[],
  assignments: ReadonlyArray<{ story: number; licenceId: string | null }>,
): RightsCoverage {
  const active = licences.filter((licence) => !licence.retired);
  const byId = new Map(licences.map((licence) => [licence.id, licence]));
  // An assignment of null, or of a licence this archive does not hold (yet), leaves the story to automatic matching.
  const manual = new Map<number, boolean>();
  for (const { story, licenceId } of assignments) {
    const licence = licenceId === null ? undefined : byId.get(licenceId);
    if (licence) manual.set(story, !licence.retired);
  }
  const hasPattern = (licence: Licence) => licence.matchCopyright !== null || licence.matchUsageTerms !== null;
  // Each licence as agency and distributor alone, matched by the same rules (shared/rights/licence-match.ts).
  const byNameOnly = active.map((licence) => ({ terms: { ...licence, matchCopyright: null, matchUsageTerms: null }, decides: !hasPattern(licence) }));

  // A million rows come in a few hundred combinations of agency and distributor: answered once each.
  const named = new Map<string | null, Map<string | null, boolean | null>>();
  let namedCount = 0;
  function nameAnswer(provider: string | null, distributor: string | null): boolean | null {
    let byDistributor = named.get(provider);
    let answer = byDistributor?.get(distributor);
    if (answer !== undefined) return answer;
    answer = decideByName(provider, distributor);
    if (namedCount >= MEMO_LIMIT) {
      named.clear();
      namedCount = 0;
      byDistributor = undefined;
    }
    if (!byDistributor) named.set(provider, (byDistributor = new Map()));
    byDistributor.set(distributor, answer);
    namedCount += 1;
    return answer;
  }
  function decideByName(provider: string | null, distributor: string | null): boolean | null {
    if (active.length === 0) return false;
    // Copy that names no agency is matched by its copyright line.
    if (provider === null || normaliseName(provider) === '') return null;
    const credit = { provider, distributor, copyright: null, usageTerms: null };
    let undecided = false;
    for (const { terms, decides } of byNameOnly) {
      if (!licenceMatches(credit, terms)) continue;
      if (decides) return true;
      undecided = true;
    }
    return undecided ? null : false;
  }

  const withCredit = new Map<string, boolean>();
  return {
    anyLicensed: active.length > 0,
    readsCredit: active.some(hasPattern),
    assigned: manual.size > 0,
    byName(story, provider, distributor) {
      const chosen = story === null ? undefined : manual.get(story);
      return chosen ?? nameAnswer(provider, distributor);
    },
    covers(story, credit) {
      const chosen = story === null ? undefined : manual.get(story);
      if (chosen !== undefined) return chosen;
      const key = [credit.provider, credit.distributor, credit.copyright, credit.usageTerms].map((part) => (part === null ? '\u0001' : `=${part}`)).join('\u0000');
      let answer = withCredit.get(key);
      if (answer === undefined) {
        answer = active.some((licence) => licenceMatches(credit, licence));
        if (withCredit.size >= MEMO_LIMIT) withCredit.clear();
        withCredit.set(key, answer);
      }
      return answer;
    },
  };
}

/** The SQL functions a search calls on story `s`: by agency and distributor (or NULL: undecided), then with the credit. */
const BY_NAME = 'story_licensed_by_name';
const BY_CREDIT = 'story_licensed_by_credit';

/**
 * Story `s`'s copyright line and usage terms, as a JSON array, from its
 * current version. Reading and parsing a story's JSON costs ten times what
 * the rest of a row's look does, so it is read only where it decides.
 */
const CREDIT = `(SELECT CASE WHEN json_valid(story_json) THEN json_extract(story_json, '$.copyright', '$.usageTerms') END
  FROM story_versions WHERE rowid = s.current_version)`;

/**
 * Copy that names no agency is matched by its copyright line. SQL cannot
 * normalise a name as the matching does, so this says so of every name
 * without an ASCII letter or digit, which includes every name that
 * normalises to nothing ("—", "").
 */
const NAMES_NO_AGENCY = `(s.provider IS NULL OR s.provider NOT GLOB '*[A-Za-z0-9]*')`;

/** How a search reads story `s`'s rights: the same for every story (no per-row look at all), or an SQL expression, 1 or 0. */
export type RightsSql = { kind: 'same'; licensed: boolean } | { kind: 'each'; sql: string };

export function rightsSql(coverage: RightsCoverage): RightsSql {
  if (!coverage.anyLicensed) return { kind: 'same', licensed: false };
  const story = coverage.assigned ? 's.rowid' : 'NULL';
  // coalesce stops at the first answer: the credit is read only where agency and distributor left it open.
  return {
    kind: 'each',
    sql: `coalesce(${BY_NAME}(${story}, s.provider, s.distributor), ${BY_CREDIT}(${story}, s.provider, s.distributor, ${CREDIT}))`,
  };
}

/**
 * The facets query's rights column. When neither copyright lines nor
 * assignments decide, NULL wherever agency and distributor do: the query
 * groups by them, so JS answers once per combination (`coveredCombination`).
 */
export function rightsFacetSql(coverage: RightsCoverage): string {
  const read = rightsSql(coverage);
  if (read.kind === 'same') return 'NULL';
  if (coverage.readsCredit || coverage.assigned) return read.sql;
  return `CASE WHEN ${NAMES_NO_AGENCY} THEN ${read.sql} END`;
}

/** Are the stories of this agency and distributor covered? (For the rows the facets column left NULL.) */
export function coveredCombination(coverage: RightsCoverage, provider: string | null, distributor: string | null): boolean {
  return coverage.byName(null, provider, distributor) ?? false;
}

export interface RightsReader {
  /** The coverage as the archive's licences and assignments are now; read again only when either changed. */
  current(): RightsCoverage;
}

const readers = new WeakMap<Database.Database, RightsReader>();

/**
 * One reader per connection: the SQL function is registered on the
 * connection, so every search made on it must answer from the same coverage.
 */
export function rightsReader(archive: Pick<Archive, 'db'>): RightsReader {
  const db = archive.db;
  const existing = readers.get(db);
  if (existing) return existing;
  const reads = readOnly(db);
  const licences = createLicenceRepository(reads);
  const assignments = createLicenceAssignmentRepository(reads);
  const rowidOf = db.prepare('SELECT rowid FROM stories WHERE id = ?').pluck();
  let stamp: string | undefined;
  let coverage = rightsCoverage([], []);
  db.function(BY_NAME, (story, provider, distributor) => {
    const answer = coverage.byName(rowidOrNull(story), textOrNull(provider), textOrNull(distributor));
    return answer === null ? null : Number(answer);
  });
  db.function(BY_CREDIT, (story, provider, distributor, credit) => {
    const [copyright, usageTerms] = creditOf(credit);
    return Number(coverage.covers(rowidOrNull(story), { provider: textOrNull(provider), distributor: textOrNull(distributor), copyright, usageTerms }));
  });
  /** Each story's assignment by its rowid, which the walk has in hand; an assignment of a story this archive does not hold is left out. */
  const assigned = () =>
    assignments.listCurrent().flatMap(({ storyId, licenceId }) => {
      const story = rowidOf.get(storyId) as number | undefined;
      return story === undefined ? [] : [{ story, licenceId }];
    });
  const reader: RightsReader = {
    current() {
      // The stamps before the lists: should a write fall between them, the lists are the newer and the next search reads them again.
      const now = `${licences.stamp()}|${assignments.stamp()}`;
      if (now !== stamp) {
        coverage = rightsCoverage(licences.list({ includeRetired: true }), assigned());
        stamp = now;
      }
      return coverage;
    },
  };
  readers.set(db, reader);
  return reader;
}

/** The repositories, for reading only: a search never writes. */
function readOnly(db: Database.Database): Pick<Archive, 'db' | 'write'> {
  return {
    db,
    write: () => {
      throw new Error('The archive search only reads licences and assignments.');
    },
  };
}

function creditOf(json: unknown): [string | null, string | null] {
  if (typeof json !== 'string') return [null, null];
  const parsed = JSON.parse(json) as unknown;
  if (!Array.isArray(parsed)) return [null, null];
  return [textOrNull(parsed[0]), textOrNull(parsed[1])];
}

function rowidOrNull(value: unknown): number | null {
  return typeof value === 'number' || typeof value === 'bigint' ? Number(value) : null;
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
