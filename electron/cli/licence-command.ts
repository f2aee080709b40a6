import fs from 'node:fs/promises';
import path from 'node:path';
import { dispatch } from '../../shared/api/dispatch.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { MethodOutput } from '../../shared/api/contract.ts';
import type { Licence } from '../../shared/model/licence.ts';
import { withArchive } from './archive-session.ts';
import { printJson, type CliIo } from './cli-io.ts';
import { EXIT_OK, EXIT_REJECTED } from './exit-codes.ts';
import { describeFsError } from './fs-problem.ts';

/** As large as licences.import takes. */
const MAX_LICENCE_FILE_BYTES = 5 * 1024 * 1024;

export async function runLicenceImport(file: string, opts: { data?: string; json?: boolean }, io: CliIo): Promise<number> {
  let json: string;
  try {
    json = await readLicenceFile(file);
  } catch (err) {
    io.err(`copydesk: ${err instanceof ApiError ? err.message : `${file}: ${describeFsError(err)}`}\n`);
    return EXIT_REJECTED;
  }
  return withArchive(opts.data, async ({ services }) => {
    let result: MethodOutput<'licences.import'>;
    try {
      result = (await dispatch(services.handlers, 'licences.import', { name: file, json })) as MethodOutput<'licences.import'>;
    } catch (err) {
      // A bad file is rejected input, like a rejected wire file: one line saying where it is wrong.
      if (err instanceof ApiError && err.code === 'bad-input') {
        io.err(`copydesk: ${err.message}\n`);
        return EXIT_REJECTED;
      }
      throw err;
    }
    if (opts.json) printJson(io, result);
    else io.out(`${file}: ${result.licences.length} ${plural(result.licences.length, 'licence')}, ${result.created} created, ${result.updated} updated\n`);
    return EXIT_OK;
  });
}

export async function runLicenceList(opts: { data?: string; json?: boolean; retired?: boolean }, io: CliIo): Promise<number> {
  return withArchive(opts.data, async ({ services }) => {
    const { licences } = (await dispatch(services.handlers, 'licences.list', { includeRetired: opts.retired !== false })) as MethodOutput<'licences.list'>;
    if (opts.json) printJson(io, licences);
    else io.out(licenceTable(licences, new Date()));
    return EXIT_OK;
  });
}

export async function runLicenceExport(opts: { data?: string; out: string }, io: CliIo): Promise<number> {
  return withArchive(opts.data, async ({ services }) => {
    const { json } = (await dispatch(services.handlers, 'licences.export', {})) as MethodOutput<'licences.export'>;
    try {
      await writeReplacing(opts.out, json);
    } catch (err) {
      io.err(`copydesk: ${opts.out}: cannot be written (${(err as Error).message})\n`);
      return EXIT_REJECTED;
    }
    const count = (JSON.parse(json) as { licences: unknown[] }).licences.length;
    io.out(`${count} ${plural(count, 'licence')} written to ${opts.out}\n`);
    return EXIT_OK;
  });
}

async function readLicenceFile(file: string): Promise<string> {
  const stat = await fs.stat(file);
  if (stat.isDirectory()) throw new ApiError('bad-input', `${file}: is a folder, not a licence file`);
  if (stat.size > MAX_LICENCE_FILE_BYTES) throw new ApiError('bad-input', `${file}: is ${stat.size} bytes; a licence file may hold at most 5 MB`);
  const bytes = await fs.readFile(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError('bad-input', `${file}: is not UTF-8 text, so it is no licence file`);
  }
}

/** Written beside the target under a temporary name, then renamed over it: a reader never sees half a file. */
async function writeReplacing(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, text, { flag: 'wx' });
    await fs.rename(temporary, file);
  } catch (err) {
    await fs.rm(temporary, { force: true });
    throw err;
  }
}

const HEADINGS = ['REFERENCE', 'PROVIDER', 'DISTRIBUTOR', 'VALID', 'CHANNELS', 'STATUS'];

/** A table for people, one licence a line. */
export function licenceTable(licences: readonly Licence[], now: Date): string {
  if (licences.length === 0) return 'No licences on file. (copydesk licence import FILE.json adds some.)\n';
  const today = now.toISOString().slice(0, 10);
  const rows = licences.map((l) => [
    l.reference,
    l.provider,
    l.distributor ?? '—',
    l.validTo === null ? `from ${l.validFrom}` : `${l.validFrom} to ${l.validTo}`,
    l.channels.join(', '),
    status(l, today),
  ]);
  const widths = HEADINGS.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()}\n`;
  return [HEADINGS, ...rows].map(line).join('');
}

function status(licence: Licence, today: string): string {
  if (licence.retired) return 'retired';
  if (today < licence.validFrom) return 'not yet valid';
  if (licence.validTo !== null && today > licence.validTo) return 'expired';
  return 'active';
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
