import type { WireStory } from '../../shared/model/story.ts';
import { summaryColumns, type SqlValue } from './records.ts';
import { wireSearchText, type SearchText } from './search-text.ts';

/**
 * A parsed story in the shape the archive stores it: its JSON, what finds the
 * story it may be a version of, the summary columns and the search text. Plain
 * strings and numbers, made where the file was parsed (a parse thread), so the
 * thread that stores neither serialises the story nor receives its object tree.
 */
export interface PreparedStory {
  /** The WireStory as story_versions keeps it. */
  json: string;
  uri: string | null;
  provider: string | null;
  version: number | null;
  format: string;
  /** story_versions' summary columns, as records.ts derives them from `json`. */
  columns: Record<string, SqlValue>;
  /** The full-text entry, should this version become the story's current one. */
  search: SearchText;
  warnings: string[];
}

export function prepareStory(story: WireStory): PreparedStory {
  return {
    json: JSON.stringify(story),
    uri: story.uri ?? null,
    provider: story.provider ?? null,
    version: story.version ?? null,
    format: story.format,
    columns: summaryColumns(story),
    search: wireSearchText(story),
    warnings: story.warnings,
  };
}
