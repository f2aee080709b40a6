import { Command, InvalidArgumentError, type CommanderError } from 'commander';
import { createRequire } from 'node:module';
import type { CliIo } from './cli-io.ts';

export interface CommandRunners {
  parse(files: string[], opts: { json?: boolean }): Promise<number>;
  ingest(paths: string[], opts: { data?: string; json?: boolean; watch?: boolean }): Promise<number>;
  search(query: string, opts: { data?: string; json?: boolean; limit?: number }): Promise<number>;
  show(id: string, opts: { data?: string; json?: boolean; versionId?: string }): Promise<number>;
  serve(opts: { data?: string; port?: number }): Promise<number>;
  doctor(opts: { data?: string; full?: boolean; rebuild?: boolean; json?: boolean }): Promise<number>;
  optimise(opts: { data?: string; json?: boolean }): Promise<number>;
}

const DATA_HELP = 'the archive folder (default: COPYDESK_DATA, else the user-data folder)';

/**
 * The command line's grammar. Commander reports usage errors by throwing
 * (exitOverride), so the caller turns them into exit code 2.
 */
export function buildProgram(io: CliIo, run: CommandRunners, setExit: (code: number) => void): Command {
  const program = new Command('copydesk')
    .description('Copydesk: the editorial workstation for agency wire copy, from the command line.')
    .version(appVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError('(copydesk --help lists the commands)');

  program
    .command('parse')
    .description('read wire files and print the stories in them (nothing is stored)')
    .argument('<file...>', 'wire files')
    .option('--json', 'print a JSON array: { file, format, ninjs, removed, warnings } per story')
    .action(async (files: string[], opts: { json?: boolean }) => setExit(await run.parse(files, opts)));

  program
    .command('ingest')
    .description('store wire files and folders (recursively) in the archive')
    .argument('<path...>', 'files and folders (with --watch: the folders to watch)')
    .option('--data <dir>', DATA_HELP)
    .option('--json', 'print the result of every file as JSON (with --watch: one JSON line per file)')
    .option('--watch', 'keep watching the folders and ingest every file that arrives, until Ctrl+C; failed files move to rejected/')
    .action(async (paths: string[], opts: { data?: string; json?: boolean; watch?: boolean }) => setExit(await run.ingest(paths, opts)));

  program
    .command('search')
    .description('full-text search of the archive, newest first ("" lists everything)')
    .argument('<query>', 'words to find')
    .option('--data <dir>', DATA_HELP)
    .option('--json', 'print the result page as JSON')
    .option('--limit <n>', 'how many stories to list (1-200)', positiveInt)
    .action(async (query: string, opts: { data?: string; json?: boolean; limit?: number }) => setExit(await run.search(query, opts)));

  program
    .command('show')
    .description('print one story of the archive')
    .argument('<id>', 'the story id (from search)')
    .option('--data <dir>', DATA_HELP)
    .option('--json', 'print the story as JSON')
    .option('--version-id <id>', 'show this version of the story (ids in its version chain) instead of the current one')
    .action(async (id: string, opts: { data?: string; json?: boolean; versionId?: string }) => setExit(await run.show(id, opts)));

  program
    .command('serve')
    .description('serve the workstation to a browser on 127.0.0.1; prints its URL with the launch token')
    .option('--data <dir>', DATA_HELP)
    .option('--port <n>', 'the port (default: any free port)', port)
    .action(async (opts: { data?: string; port?: number }) => setExit(await run.serve(opts)));

  program
    .command('doctor')
    .description('check the archive file and its search index; exits 1 when something is wrong')
    .option('--data <dir>', DATA_HELP)
    .option('--full', 'check every page and index of the file (slower than the quick check)')
    .option('--rebuild', 'when the search index has problems, rebuild it from the stories and check again')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { data?: string; full?: boolean; rebuild?: boolean; json?: boolean }) => setExit(await run.doctor(opts)));

  program
    .command('optimise')
    .alias('optimize')
    .description('compact the search index and the write-ahead log; prints the sizes before and after')
    .option('--data <dir>', DATA_HELP)
    .option('--json', 'print the sizes as JSON')
    .action(async (opts: { data?: string; json?: boolean }) => setExit(await run.optimise(opts)));

  return program;
}

/** Commander's own exits: help and version are fine, anything else was a usage error. */
export function isCleanCommanderExit(err: CommanderError): boolean {
  return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0;
}

function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return Number(value);
}

function port(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError('expected a port number, 0-65535.');
  return Number(value);
}

function appVersion(): string {
  const pkg = createRequire(import.meta.url)('../../package.json') as { version?: string };
  return pkg.version ?? '0.0.0';
}
