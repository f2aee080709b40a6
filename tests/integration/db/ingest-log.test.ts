import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../db/archive.ts';
import { createIngestLog, type IngestLogRecord } from '../../../db/repositories/ingest-log.ts';
import { RECORD_FIELD } from '../../../db/repositories/write-path.ts';
import { BadCursorError } from '../../../db/search/cursor.ts';
import { makeTempDir } from './support.ts';

function record(i: number, status: IngestLogRecord['status']): IngestLogRecord {
  return {
    at: new Date(Date.UTC(2024, 0, 1, 12, 0, i)).toISOString(),
    source: i % 2 === 0 ? 'watch' : 'import',
    file: `/feeds/in/story-${i}.xml`,
    status,
    storyIds: status === 'rejected' ? [] : [`story-${i}`],
    versionIds: status === 'rejected' ? [] : [`version-${i}`],
    error: status === 'rejected' ? `/feeds/in/story-${i}.xml: the XML is truncated` : null,
    code: status === 'rejected' ? 'malformed' : null,
    notes: i === 3 ? ['a NewsML-G2 package item (urn:x:pkg), not a story'] : [],
  };
}

describe('the ingest log', () => {
  it('lists every file newest first, a page at a time, with what became of it', () => {
    const archive = openArchive(path.join(makeTempDir(), 'archive.sqlite'));
    try {
      const log = createIngestLog(archive);
      const statuses = ['added', 'rejected', 'duplicate', 'updated', 'rejected', 'added', 'added'] as const;
      const ids = archive.write((w) => statuses.map((status, i) => log.append(w, record(i, status))));

      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = log.list({ limit: 3, cursor });
        seen.push(...page.entries.map((e) => e.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual([...ids].reverse());

      const [newest] = log.list({ limit: 1 }).entries;
      expect(newest).toEqual({ id: ids[6], ...record(6, 'added') });
      const g2 = log.list({ limit: 10 }).entries.find((e) => e.file.endsWith('story-3.xml'));
      expect(g2?.notes).toEqual(['a NewsML-G2 package item (urn:x:pkg), not a story']);
    } finally {
      archive.close();
    }
  });

  it('lists only the rejected files when asked, with their reasons', () => {
    const archive = openArchive(path.join(makeTempDir(), 'archive.sqlite'));
    try {
      const log = createIngestLog(archive);
      archive.write((w) => ['added', 'rejected', 'added', 'rejected', 'rejected'].forEach((s, i) => log.append(w, record(i, s as IngestLogRecord['status']))));
      const first = log.list({ limit: 2, rejectedOnly: true });
      expect(first.entries.map((e) => e.file)).toEqual(['/feeds/in/story-4.xml', '/feeds/in/story-3.xml']);
      const rest = log.list({ limit: 2, rejectedOnly: true, cursor: first.nextCursor! });
      expect(rest.entries.map((e) => [e.file, e.code, e.error])).toEqual([['/feeds/in/story-1.xml', 'malformed', '/feeds/in/story-1.xml: the XML is truncated']]);
      expect(rest.nextCursor).toBeNull();
      expect(() => log.list({ limit: 2, cursor: 'nonsense!' })).toThrow(BadCursorError);
    } finally {
      archive.close();
    }
  });

  it('goes through the one write path: every field logged, and nothing kept when the transaction fails', () => {
    const archive = openArchive(path.join(makeTempDir(), 'archive.sqlite'));
    try {
      const log = createIngestLog(archive);
      const id = archive.write((w) => log.append(w, record(1, 'rejected')));
      // A log line never changes: one op marks it, the row keeps its fields.
      const ops = archive.db.prepare("SELECT field, value, hlc FROM ops WHERE entity = 'ingest_entry' AND entity_id = ?").all(id) as Array<{ field: string; value: string | null; hlc: string }>;
      expect(ops.map((o) => [o.field, o.value])).toEqual([[RECORD_FIELD, null]]);
      const row = archive.db.prepare('SELECT hlc, code, status, story_ids FROM ingest_log WHERE id = ?').get(id);
      expect(row).toEqual({ hlc: ops[0]!.hlc, code: 'malformed', status: 'rejected', story_ids: '[]' });

      expect(() =>
        archive.write((w) => {
          log.append(w, record(2, 'added'));
          throw new Error('the disk is full');
        }),
      ).toThrow('the disk is full');
      expect(log.list({ limit: 10 }).entries.map((e) => e.id)).toEqual([id]);
    } finally {
      archive.close();
    }
  });
});
