import { z } from 'zod';

/** What happened to one incoming file. */
export const IngestFileResult = z.object({
  file: z.string(),
  status: z.enum(['added', 'duplicate', 'rejected']),
  storyIds: z.array(z.string()),
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
