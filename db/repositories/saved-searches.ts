import type Database from 'better-sqlite3';
import { SearchFilters, SearchSort, type SavedSearch } from '../../shared/model/search.ts';
import type { Archive } from '../archive.ts';

export interface SavedSearchRepository {
  /** Every search not deleted, by name. */
  list(): SavedSearch[];
  save(search: Omit<SavedSearch, 'id'>): SavedSearch;
  /** Leaves a tombstone; false when there was no such search. */
  delete(id: string): boolean;
}

interface Row {
  id: string;
  name: string;
  query: string;
  filters: string;
  sort: string;
}

export function createSavedSearchRepository(archive: Pick<Archive, 'db' | 'write'>): SavedSearchRepository {
  const db: Database.Database = archive.db;
  const all = db.prepare('SELECT id, name, query, filters, sort FROM saved_searches WHERE deleted = 0 ORDER BY name COLLATE NOCASE, rowid');
  const live = db.prepare('SELECT 1 FROM saved_searches WHERE id = ? AND deleted = 0').pluck();

  return {
    list: () => (all.all() as Row[]).map(toSavedSearch),
    save({ name, query, filters, sort }) {
      const fields = { name, query, filters: JSON.stringify(filters), sort, deleted: 0 };
      const { id } = archive.write((writer) => writer.insert('saved_search', fields));
      return { id, name, query, filters, sort };
    },
    delete(id) {
      return archive.write((writer) => {
        if (live.get(id) === undefined) return false;
        writer.update('saved_search', id, { deleted: 1 });
        return true;
      });
    },
  };
}

/** A row another replica wrote may hold filters this version does not know: they are dropped, not trusted. */
function toSavedSearch(row: Row): SavedSearch {
  const filters = SearchFilters.safeParse(safeJson(row.filters));
  const sort = SearchSort.safeParse(row.sort);
  return { id: row.id, name: row.name, query: row.query, filters: filters.success ? filters.data : {}, sort: sort.success ? sort.data : 'newest' };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
