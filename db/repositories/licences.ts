import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.ts';
import { Channel, LicenceTerms, Territories, type Licence, type LicenceFile } from '../../shared/model/licence.ts';
import type { Archive } from '../archive.ts';
import type { FieldValues } from './records.ts';
import type { RecordWriter } from './write-path.ts';

export interface LicenceImport {
  created: number;
  /** Licences already in the archive that the file changed. */
  updated: number;
  /** Every licence the file named, as stored now, in the file's order. */
  licences: Licence[];
}

export interface LicenceRepository {
  /** Active licences first (by provider, then reference), retired ones last. */
  list(options: { includeRetired: boolean }): Licence[];
  get(id: string): Licence | undefined;
  create(terms: LicenceTerms, at: string): Licence;
  /** Replaces the terms; only fields that differ are logged. Throws ApiError('not-found') for an unknown id. */
  update(id: string, terms: LicenceTerms, at: string): Licence;
  setRetired(id: string, retired: boolean, at: string): Licence;
  /**
   * Stores a licence file in one transaction, all or nothing. An entry whose
   * id is in the archive updates that licence; one without (or with an id
   * this archive never saw: another laptop's file) updates the licence with
   * the same provider, distributor and reference, else is created.
   */
  importFile(file: LicenceFile, at: string): LicenceImport;
  /**
   * Changes whenever any licence is created or changed (by this connection or
   * another process): a cache of the licences is good while this stays the same.
   */
  stamp(): string;
}

interface LicenceRow {
  id: string;
  provider: string;
  distributor: string | null;
  reference: string;
  valid_from: string;
  valid_to: string | null;
  channels: string;
  territories: string;
  may_modify: number;
  may_translate: number;
  may_excerpt: number;
  max_excerpt_words: number | null;
  attribution: string;
  embargo_hold_hours: number;
  kill_takedown_hours: number | null;
  monthly_cap: number | null;
  match_copyright: string | null;
  match_usage_terms: string | null;
  notes: string;
  retired: number;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `id, provider, distributor, reference, valid_from, valid_to, channels, territories, may_modify, may_translate,
  may_excerpt, max_excerpt_words, attribution, embargo_hold_hours, kill_takedown_hours, monthly_cap, match_copyright,
  match_usage_terms, notes, retired, created_at, updated_at`;

type TermsColumns = Omit<FieldValues<'licence'>, 'retired' | 'created_at' | 'updated_at'>;

export function createLicenceRepository(archive: Pick<Archive, 'db' | 'write'>): LicenceRepository {
  const db: Database.Database = archive.db;
  const all = db.prepare(
    `SELECT ${COLUMNS} FROM licences ORDER BY retired, provider COLLATE NOCASE, reference COLLATE NOCASE, created_at, rowid`,
  );
  const byId = db.prepare(`SELECT ${COLUMNS} FROM licences WHERE id = ?`);
  const byReference = db.prepare(
    `SELECT ${COLUMNS} FROM licences
     WHERE reference = @reference COLLATE NOCASE AND provider = @provider COLLATE NOCASE
       AND coalesce(distributor, '') = coalesce(@distributor, '') COLLATE NOCASE
     ORDER BY rowid LIMIT 1`,
  );
  // The clock of the latest change is unique per write; the count catches a row another replica's sync brings in with an older one.
  const stampOf = db.prepare("SELECT count(*) || '/' || coalesce(max(hlc), '') FROM licences").pluck();

  const get = (id: string): Licence | undefined => {
    const row = byId.get(id) as LicenceRow | undefined;
    return row && licenceOf(row);
  };

  function existing(id: string): LicenceRow {
    const row = byId.get(id) as LicenceRow | undefined;
    if (!row) throw new ApiError('not-found', `There is no licence with id ${id}.`);
    return row;
  }

  function insert(writer: RecordWriter, terms: LicenceTerms, retired: boolean, at: string): string {
    return writer.insert('licence', { ...termsColumns(terms), retired: retired ? 1 : 0, created_at: at, updated_at: at }).id;
  }

  /** Writes what differs; updated_at moves only when something did, so saving the same terms twice logs nothing. */
  function change(writer: RecordWriter, row: LicenceRow, next: Partial<FieldValues<'licence'>>, at: string): boolean {
    const differs = Object.entries(next).some(([field, value]) => row[field as keyof LicenceRow] !== value);
    if (differs) writer.update('licence', row.id, { ...next, updated_at: at });
    return differs;
  }

  return {
    list: ({ includeRetired }) => (all.all() as LicenceRow[]).filter((row) => includeRetired || row.retired === 0).map(licenceOf),
    get,
    create(terms, at) {
      const valid = validTerms(terms);
      return archive.write((writer) => get(insert(writer, valid, false, at)) as Licence);
    },
    update(id, terms, at) {
      const valid = validTerms(terms);
      return archive.write((writer) => {
        change(writer, existing(id), termsColumns(valid), at);
        return get(id) as Licence;
      });
    },
    setRetired(id, retired, at) {
      return archive.write((writer) => {
        change(writer, existing(id), { retired: retired ? 1 : 0 }, at);
        return get(id) as Licence;
      });
    },
    importFile(file, at) {
      return archive.write((writer) => {
        let created = 0;
        let updated = 0;
        const ids = file.licences.map((entry, index) => {
          const { id, retired, ...rest } = entry;
          const terms = validTerms(rest, `licences[${index}]`);
          const row =
            (id === undefined ? undefined : (byId.get(id) as LicenceRow | undefined)) ??
            (byReference.get({ reference: terms.reference, provider: terms.provider, distributor: terms.distributor }) as LicenceRow | undefined);
          if (!row) {
            created += 1;
            return insert(writer, terms, retired, at);
          }
          if (change(writer, row, { ...termsColumns(terms), retired: retired ? 1 : 0 }, at)) updated += 1;
          return row.id;
        });
        return { created, updated, licences: ids.map((id) => get(id) as Licence) };
      });
    },
    stamp: () => stampOf.get() as string,
  };
}

/** Terms as the contract defines them, whoever calls: the repository is also the import's last line. */
function validTerms(terms: unknown, where = 'licence'): LicenceTerms {
  const parsed = LicenceTerms.safeParse(terms);
  if (parsed.success) {
    const { validFrom, validTo } = parsed.data;
    if (validTo !== null && validTo < validFrom) {
      throw new ApiError('bad-input', `${where}.validTo: the last day (${validTo}) is before the first (${validFrom}).`);
    }
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  const path = issue && issue.path.length > 0 ? `${where}.${issue.path.join('.')}` : where;
  throw new ApiError('bad-input', `${path}: ${issue?.message ?? 'not a licence'}`);
}

function termsColumns(terms: LicenceTerms): TermsColumns {
  return {
    provider: terms.provider,
    distributor: blankToNull(terms.distributor),
    reference: terms.reference,
    valid_from: terms.validFrom,
    valid_to: terms.validTo,
    // One spelling per list, so that saving the same channels in another order logs nothing.
    channels: JSON.stringify(Channel.options.filter((c) => terms.channels.includes(c))),
    territories: JSON.stringify({ mode: terms.territories.mode, countries: [...new Set(terms.territories.countries)].sort() }),
    may_modify: terms.mayModify ? 1 : 0,
    may_translate: terms.mayTranslate ? 1 : 0,
    may_excerpt: terms.mayExcerpt ? 1 : 0,
    max_excerpt_words: terms.maxExcerptWords,
    attribution: terms.attribution,
    embargo_hold_hours: terms.embargoHoldHours,
    kill_takedown_hours: terms.killTakedownHours,
    monthly_cap: terms.monthlyCap,
    match_copyright: blankToNull(terms.matchCopyright),
    match_usage_terms: blankToNull(terms.matchUsageTerms),
    notes: terms.notes,
  };
}

function blankToNull(text: string | null): string | null {
  return text === null || text.trim() === '' ? null : text;
}

function licenceOf(row: LicenceRow): Licence {
  return {
    id: row.id,
    provider: row.provider,
    distributor: row.distributor,
    reference: row.reference,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    channels: channelsOf(row.channels),
    territories: territoriesOf(row.territories),
    mayModify: row.may_modify === 1,
    mayTranslate: row.may_translate === 1,
    mayExcerpt: row.may_excerpt === 1,
    maxExcerptWords: row.max_excerpt_words,
    attribution: row.attribution,
    embargoHoldHours: row.embargo_hold_hours,
    killTakedownHours: row.kill_takedown_hours,
    monthlyCap: row.monthly_cap,
    matchCopyright: row.match_copyright,
    matchUsageTerms: row.match_usage_terms,
    notes: row.notes,
    retired: row.retired === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A channel this version does not know (a newer replica's) is left out: the licence then allows less, never more. */
function channelsOf(json: string): Channel[] {
  const value = parseJson(json);
  if (!Array.isArray(value)) return [];
  return value.flatMap((c) => {
    const parsed = Channel.safeParse(c);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Territories that cannot be read allow nowhere (an empty include list) rather than everywhere. */
function territoriesOf(json: string): Territories {
  const parsed = Territories.safeParse(parseJson(json));
  return parsed.success ? parsed.data : { mode: 'include', countries: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
