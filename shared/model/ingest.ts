import { z } from 'zod';

/** What happened to one incoming file. */
export const IngestFileResult = z.object({
  file: z.string(),
  /** 'updated': the file was a new version (update, correction, kill) of a story already archived. */
  status: z.enum(['added', 'updated', 'duplicate', 'rejected']),
  storyIds: z.array(z.string()),
  /** The story versions the file produced (one per story it held). */
  versionIds: z.array(z.string()).optional(),
  /** For a rejected file: what is wrong with it, in words an editor understands. */
  error: z.string().optional(),
  /** Machine-readable reason for a rejection. */
  code: z.string().optional(),
  warnings: z.array(z.string()),
});
export type IngestFileResult = z.infer<typeof IngestFileResult>;

export const IngestReport = z.object({
  results: z.array(IngestFileResult),
});
export type IngestReport = z.infer<typeof IngestReport>;

/** Where an incoming file came from. */
export const IngestSource = z.enum(['import', 'drop', 'watch', 'cli']);
export type IngestSource = z.infer<typeof IngestSource>;

/** One line of the ingest log: every file that came in, and what became of it. */
export const IngestLogEntry = z.object({
  id: z.string(),
  at: z.string(),
  source: IngestSource,
  file: z.string(),
  status: IngestFileResult.shape.status,
  storyIds: z.array(z.string()),
  versionIds: z.array(z.string()),
  error: z.string().nullable(),
  code: z.string().nullable(),
  /** Items the file held that are not stories (NewsML-G2 packages, concept items…), said in words. */
  notes: z.array(z.string()),
});
export type IngestLogEntry = z.infer<typeof IngestLogEntry>;

/** Settings an editor can change. */
export const IngestSettings = z.object({
  watchedFolders: z.array(z.string()),
  maxFileBytes: z.number().int().positive(),
});
export type IngestSettings = z.infer<typeof IngestSettings>;
