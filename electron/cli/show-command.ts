import { dispatch } from '../../shared/api/dispatch.ts';
import type { MethodOutput } from '../../shared/api/contract.ts';
import { withArchive } from './archive-session.ts';
import { printJson, type CliIo } from './cli-io.ts';
import { EXIT_OK } from './exit-codes.ts';
import { describeDetail } from './format-story.ts';

export async function runShow(id: string, opts: { data?: string; json?: boolean; versionId?: string }, io: CliIo): Promise<number> {
  return withArchive(opts.data, async ({ services }) => {
    const input = opts.versionId === undefined ? { id } : { id, versionId: opts.versionId };
    const detail = (await dispatch(services.handlers, 'story.get', input)) as MethodOutput<'story.get'>;
    if (opts.json) printJson(io, detail);
    else io.out(describeDetail(detail));
    return EXIT_OK;
  });
}
