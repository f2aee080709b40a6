import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { compareHlc, formatHlc, initialClock, parseHlc, send, type Hlc, type HlcOptions } from '../../shared/sync/hlc.ts';
import { clockStore } from './meta.ts';
import { entities, type EntityDef, type EntityName, type FieldName, type FieldValues, type SqlValue } from './records.ts';

/**
 * The one way records change. Inside `write`, every insert or update stamps the
 * record with this archive's site id and a hybrid-logical-clock timestamp and
 * appends ops to `ops`, all in the caller's transaction:
 *
 * - an insert appends ONE op, field RECORD_FIELD ('*'), whose value is a JSON
 *   object of every field: it sets them all at that clock time. Per field it
 *   means exactly what one op per field would, and a replica replaying it
 *   creates the row whole, never from some of its fields. (One op per field
 *   was half the rows a bulk ingest wrote.) For an immutable entity the value
 *   is NULL: the row itself holds those fields and never changes.
 * - an update appends one op per field whose value changed; immutable
 *   entities refuse updates.
 *
 * Per field, the op with the highest clock wins; a '*' op counts for each of
 * its fields. Field values are text, integers or null, which JSON keeps as they are.
 */
export interface RecordWriter {
  readonly siteId: string;
  /** Creates a record with a fresh globally unique id; every field is logged, in one op. */
  insert<E extends EntityName>(entity: E, fields: FieldValues<E>): { id: string; rowid: number };
  /** Changes some fields of a record; only fields whose value differs are logged. Returns the fields changed. */
  update<E extends EntityName>(entity: E, id: string, changes: Partial<FieldValues<E>>): FieldName<E>[];
  /** Keeps bytes verbatim under their sha256 (content, not a record: the version that cites it is logged). */
  putBlob(sha256: string, bytes: Uint8Array): void;
  /**
   * Runs `task` once at the end of this write, still inside its transaction
   * (a task registered twice runs once). For upkeep that is cheaper done once
   * for the whole transaction than row by row, such as the full-text index.
   * Returns true when `task` was not yet registered in this write: whatever
   * it kept for an earlier write that failed is stale.
   */
  beforeCommit(task: () => void): boolean;
}

/** The `field` of the op that creates a record with all of its fields. */
export const RECORD_FIELD = '*';

export interface WritePath {
  /** Runs `fn` in one IMMEDIATE transaction: all of its rows and ops are stored, or none. */
  write<T>(fn: (writer: RecordWriter) => T): T;
}

export interface WritePathOptions extends HlcOptions {
  /** The wall clock, in ms since the epoch (injectable for tests). */
  now?: () => number;
}

export function createWritePath(db: Database.Database, siteId: string, options: WritePathOptions = {}): WritePath {
  const now = options.now ?? Date.now;
  const hlcOptions: HlcOptions = options.maxDriftMs === undefined ? {} : { maxDriftMs: options.maxDriftMs };
  const store = clockStore(db);
  const insertOp = db.prepare('INSERT INTO ops (hlc, site, entity, entity_id, field, value) VALUES (?, ?, ?, ?, ?, ?)');
  const insertBlob = db.prepare('INSERT OR IGNORE INTO blobs (sha256, bytes) VALUES (?, ?)');
  const statements = new Map<string, Database.Statement>();
  let clock: Hlc = initialClock(siteId);
  /** How many `write` calls are running: the writer works only inside one. */
  let depth = 0;
  /** Tasks for the end of the outermost write, in the order they were registered. */
  const endTasks = new Set<() => void>();

  function prepared(sql: string): Database.Statement {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  }

  const inserts = new Map<EntityName, { statement: Database.Statement; derivedColumns: string[] }>();

  /** The INSERT of an entity, with its values in order (a derive names the same columns every time). */
  function insertOf(entity: EntityName, def: EntityDef<string>, derived: Record<string, SqlValue>) {
    let insert = inserts.get(entity);
    if (!insert) {
      const derivedColumns = Object.keys(derived);
      const columns = ['id', 'site', 'hlc', ...def.fields, ...derivedColumns];
      const statement = db.prepare(`INSERT INTO ${def.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      insert = { statement, derivedColumns };
      inserts.set(entity, insert);
    }
    return insert;
  }

  function stamp(): string {
    clock = send(clock, now(), hlcOptions);
    return formatHlc(clock);
  }

  function assertInWrite(): void {
    // A writer kept past its `write` would store rows and ops in separate autocommits.
    if (depth === 0) throw new Error('records change only inside archive.write()');
  }

  function log(entity: EntityName, id: string, field: string, value: SqlValue): string {
    const hlc = stamp();
    insertOp.run(hlc, siteId, entity, id, field, value);
    return hlc;
  }

  const writer: RecordWriter = {
    siteId,
    insert(entity, fields) {
      assertInWrite();
      const def = entities[entity] as EntityDef<string>;
      const values = fields as Record<string, SqlValue>;
      const id = randomUUID();
      const record: Record<string, SqlValue> = {};
      for (const field of def.fields) {
        if (!(field in values)) throw new Error(`${entity}.${field} is missing`);
        const value = values[field] ?? null;
        if (typeof value === 'bigint') throw new Error(`${entity}.${field} is a bigint, which the op log cannot keep exactly`);
        record[field] = value;
      }
      const hlc = log(entity, id, RECORD_FIELD, def.immutable ? null : JSON.stringify(record));
      const derived = def.derive?.(values) ?? {};
      const { statement, derivedColumns } = insertOf(entity, def, derived);
      const row: SqlValue[] = [id, siteId, hlc];
      for (const field of def.fields) row.push(record[field] as SqlValue);
      for (const column of derivedColumns) row.push(derived[column] as SqlValue);
      const info = statement.run(row);
      return { id, rowid: Number(info.lastInsertRowid) };
    },
    update(entity, id, changes) {
      assertInWrite();
      const def = entities[entity] as EntityDef<string>;
      if (def.immutable) throw new Error(`${entity} records never change once created`);
      const current = prepared(`SELECT ${def.fields.join(', ')} FROM ${def.table} WHERE id = ?`).get(id) as
        | Record<string, SqlValue>
        | undefined;
      if (!current) throw new Error(`no ${entity} with id ${id}`);
      const changed: string[] = [];
      for (const [field, value] of Object.entries(changes as Record<string, SqlValue | undefined>)) {
        if (!def.fields.includes(field)) throw new Error(`${entity} has no field ${field}`);
        if (value === undefined || value === current[field]) continue;
        current[field] = value;
        changed.push(field);
      }
      if (changed.length === 0) return [];
      let hlc = '';
      for (const field of changed) hlc = log(entity, id, field, current[field] ?? null);
      const row: Record<string, SqlValue> = { hlc };
      for (const field of changed) row[field] = current[field] ?? null;
      Object.assign(row, def.derive?.(current));
      const sets = Object.keys(row).map((c) => `${c} = @${c}`);
      prepared(`UPDATE ${def.table} SET ${sets.join(', ')} WHERE id = @id`).run({ ...row, id });
      return changed as FieldName<typeof entity>[];
    },
    putBlob(sha256, bytes) {
      assertInWrite();
      insertBlob.run(sha256, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
    beforeCommit(task) {
      assertInWrite();
      if (endTasks.has(task)) return false;
      endTasks.add(task);
      return true;
    },
  };

  /** Runs the end tasks; one may register another (it runs too, in this transaction). */
  function runEndTasks(): void {
    for (const task of endTasks) {
      endTasks.delete(task);
      task();
    }
  }

  function syncClockFromFile(): void {
    // Another process on this archive (the CLI beside the app) may have moved
    // the stored clock on; never issue a timestamp at or below it.
    const stored = store.load();
    const parsed = stored ? parseHlc(stored) : null;
    if (parsed && compareHlc(parsed, clock) > 0) clock = { ...parsed, site: siteId };
  }

  return {
    write(fn) {
      const run = db.transaction(() => {
        syncClockFromFile();
        const before = clock;
        const outermost = depth === 0;
        depth += 1;
        try {
          const result = fn(writer);
          if (outermost) runEndTasks();
          if (clock !== before) store.save(formatHlc(clock));
          return result;
        } finally {
          depth -= 1;
          // A failed write rolls back; its tasks must not run in the next one.
          if (outermost) endTasks.clear();
        }
      });
      const startClock = clock;
      try {
        return db.inTransaction ? run() : run.immediate();
      } catch (err) {
        // Nothing of the failed transaction was stored; its timestamps may be reused.
        clock = startClock;
        throw err;
      }
    },
  };
}
