import { CommanderError } from 'commander';
import { ApiError } from '../../shared/api/errors.ts';
import { processIo, type CliIo } from './cli-io.ts';
import { EXIT_OK, EXIT_REJECTED, EXIT_USAGE } from './exit-codes.ts';
import { buildProgram, isCleanCommanderExit } from './program.ts';

/**
 * Runs `copydesk` with the given arguments and resolves to its exit code.
 * Commands are imported when chosen, so `parse` never loads SQLite.
 */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram(
    io,
    {
      parse: async (files, opts) => (await import('./parse-command.ts')).runParse(files, opts, io),
      ingest: async (paths, opts) => (await import('./ingest-command.ts')).runIngest(paths, opts, io),
      search: async (query, opts) => (await import('./search-command.ts')).runSearch(query, opts, io),
      show: async (id, opts) => (await import('./show-command.ts')).runShow(id, opts, io),
      serve: async (opts) => (await import('./serve-command.ts')).runServe(opts, io),
      doctor: async (opts) => (await import('./doctor-command.ts')).runDoctor(opts, io),
      optimise: async (opts) => (await import('./optimise-command.ts')).runOptimise(opts, io),
      licenceImport: async (file, opts) => (await import('./licence-command.ts')).runLicenceImport(file, opts, io),
      licenceList: async (opts) => (await import('./licence-command.ts')).runLicenceList(opts, io),
      licenceExport: async (opts) => (await import('./licence-command.ts')).runLicenceExport(opts, io),
      rights: async (id, opts) => (await import('./rights-command.ts')).runRights(id, opts, io),
    },
    (c) => {
      code = c;
    },
  );
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return isCleanCommanderExit(err) ? EXIT_OK : EXIT_USAGE;
    return reportFailure(err, io);
  }
}

/** An error a command could not handle itself: one plain line, never a stack trace. */
function reportFailure(err: unknown, io: CliIo): number {
  const error = ApiError.from(err);
  io.err(`copydesk: ${error.message}\n`);
  if (error.code === 'bad-input') return EXIT_USAGE;
  return EXIT_REJECTED;
}
