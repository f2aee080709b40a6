import type { IngestFileResult, IngestSource } from '../../../shared/model/ingest.ts';

/** What became of a file, as the import panel and the ingest log say it. */
export const ingestStatusLabels: Record<IngestFileResult['status'], string> = {
  added: 'added',
  updated: 'new version',
  duplicate: 'duplicate',
  rejected: 'rejected',
};

export const ingestSourceLabels: Record<IngestSource, string> = {
  import: 'import',
  drop: 'drop',
  watch: 'watch',
  cli: 'cli',
};
