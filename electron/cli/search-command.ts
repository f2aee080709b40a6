import { dispatch } from '../../shared/api/dispatch.ts';
import type { MethodOutput } from '../../shared/api/contract.ts';
import { withArchive } from './archive-session.ts';
import { printJson, type CliIo } from './cli-io.ts';
import { EXIT_OK } from './exit-codes.ts';
import { describeSummary } from './format-story.ts';

export async function runSearch(query: string, opts: { data?: string; json?: boolean; limit?: number }, io: CliIo): Promise<number> {
  return withArchive(opts.data, async ({ services }) => {
    // Through dispatch, so the CLI validates exactly as both hosts do.
    const page = (await dispatch(services.handlers, 'archive.search', { query, limit: opts.limit ?? 20 })) as MethodOutput<'archive.search'>;
    if (opts.json) {
      printJson(io, page);
      return EXIT_OK;
    }
    // What the search made of a query it could not take as typed, before the results it explains.
    if (page.notice) io.err(`${page.notice}\n`);
    for (const item of page.items) io.out(describeSummary(item));
    const total = `${page.total}${page.capped ? '+' : ''}`;
    io.out(`${total} ${page.total === 1 && !page.capped ? 'story' : 'stories'}${page.items.length < page.total ? `, ${page.items.length} shown` : ''}\n`);
    return EXIT_OK;
  });
}
