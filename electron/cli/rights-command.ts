import { dispatch } from '../../shared/api/dispatch.ts';
import type { MethodInput, MethodOutput } from '../../shared/api/contract.ts';
import type { Channel, RightsDecision } from '../../shared/model/licence.ts';
import { withArchive } from './archive-session.ts';
import { printJson, type CliIo } from './cli-io.ts';
import { EXIT_OK, EXIT_REJECTED } from './exit-codes.ts';
import type { RightsCommandOptions } from './program.ts';

/** `copydesk rights ID --channel web …`: the rights check of one intended use; exit 0 allowed, 1 blocked. */
export async function runRights(id: string, opts: RightsCommandOptions, io: CliIo): Promise<number> {
  return withArchive(opts.data, async ({ services }) => {
    const use: MethodInput<'rights.check'>['use'] = {
      channel: opts.channel as Channel,
      territory: opts.territory ?? null,
      modified: opts.modified === true,
      translated: opts.translated === true,
      excerptWords: opts.excerpt ?? null,
      ...(opts.date === undefined ? {} : { date: opts.date }),
    };
    const decision = (await dispatch(services.handlers, 'rights.check', { storyId: id, use })) as MethodOutput<'rights.check'>;
    if (opts.json) {
      const { allowed, reasons, attribution, licence, overridable } = decision;
      printJson(io, { allowed, reasons, attribution, licence, overridable });
    } else {
      io.out(describeDecision(decision, opts.channel));
    }
    return decision.allowed ? EXIT_OK : EXIT_REJECTED;
  });
}

/** The verdict first, then why, then what to print. */
export function describeDecision(decision: RightsDecision, channel: string): string {
  const lines = [decision.allowed ? `Allowed: ${channel} use.` : `Blocked: ${channel} use is not allowed.`];
  for (const reason of decision.reasons) lines.push(`  ${reason.blocking ? '✗' : '✓'} ${reason.message}`);
  if (decision.licence) {
    const { reference, provider, distributor } = decision.licence;
    lines.push(`Licence: ${reference} (${distributor ? `${provider} via ${distributor}` : provider})`);
  }
  if (decision.attribution) lines.push(`Credit: ${decision.attribution}`);
  if (!decision.allowed) {
    lines.push(decision.overridable ? 'An editor may override this block with a reason; the override is logged.' : 'No override can allow this.');
  }
  return `${lines.join('\n')}\n`;
}
