import { Command, InvalidArgumentError, Option, type CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { Channel } from '../../shared/model/licence.ts';
import { useInstant } from '../../shared/rights/rights-check.ts';
import type { CliIo } from './cli-io.ts';

export interface CommandRunners {
  parse(files: string[], opts: { json?: boolean }): Promise<number>;
  ingest(paths: string[], opts: { data?: string; json?: boolean; watch?: boolean }): Promise<number>;
  search(query: string, opts: { data?: string; json?: boolean; limit?: number }): Promise<number>;
  show(id: string, opts: { data?: string; json?: boolean; versionId?: string }): Promise<number>;
  serve(opts: { data?: string; port?: number }): Promise<number>;
  doctor(opts: { data?: string; full?: boolean; rebuild?: boolean; json?: boolean }): Promise<number>;
  optimise(opts: { data?: string; json?: boolean }): Promise<number>;
  licenceImport(file: string, opts: { data?: string; json?: boolean }): Promise<number>;
  licenceList(opts: { data?: string; json?: boolean; retired?: boolean }): Promise<number>;
  licenceExport(opts: { data?: string; out: string }): Promise<number>;
  rights(id: string, opts: RightsCommandOptions): Promise<number>;
}

export interface RightsCommandOptions {
  data?: string;
  json?: boolean;
  channel: string;
  territory?: string;
  modified?: boolean;
  translated?: boolean;
  excerpt?: number;
  date?: string;
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

  const licence = program.command('licence').alias('license').description('the licences the newsroom holds: import, list and export them as JSON');

  licence
    .command('import')
    .description('store the licences of a licence file; an id already in the archive updates that licence (a bad file changes nothing)')
    .argument('<file>', 'a licence file (JSON, as licence export writes it)')
    .option('--data <dir>', DATA_HELP)
    .option('--json', 'print { created, updated, licences } as JSON')
    .action(async (file: string, opts: { data?: string; json?: boolean }) => setExit(await run.licenceImport(file, opts)));

  licence
    .command('list')
    .description('list the licences: reference, agency, distributor, validity, channels and status')
    .option('--data <dir>', DATA_HELP)
    .option('--json', 'print the licences as a JSON array')
    .option('--no-retired', 'leave retired licences out')
    .action(async (opts: { data?: string; json?: boolean; retired?: boolean }) => setExit(await run.licenceList(opts)));

  licence
    .command('export')
    .description('write every licence, retired ones too, to a licence file')
    .requiredOption('--out <file>', 'the file to write (replaced when it exists)')
    .option('--data <dir>', DATA_HELP)
    .action(async (opts: { data?: string; out: string }) => setExit(await run.licenceExport(opts)));

  program
    .command('rights')
    .description('check what the licence allows for a story; exits 0 when the use is allowed, 1 when it is blocked')
    .argument('<id>', 'the story id (from search)')
    .addOption(new Option('--channel <channel>', 'where it is to appear').choices(Channel.options).makeOptionMandatory())
    .option('--territory <code>', 'the country where it appears (ISO code, e.g. ES)')
    .option('--modified', 'the copy is changed')
    .option('--translated', 'the copy is translated')
    .option('--excerpt <words>', 'only an excerpt of this many words is used', positiveInt)
    .option('--date <iso>', 'when it appears (YYYY-MM-DD or an ISO date-time; default now)', isoDate)
    .option('--data <dir>', DATA_HELP)
    .option('--json', 'print { allowed, reasons, attribution, licence, overridable } as JSON')
    .action(async (id: string, opts: RightsCommandOptions) => setExit(await run.rights(id, opts)));

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

/** A date the rights check can place in time; one it cannot read is a usage error, not a blocked use. */
function isoDate(value: string): string {
  const use = { channel: 'web', territory: null, date: value, modified: false, translated: false, excerptWords: null } as const;
  if (useInstant(use, new Date()) === null) {
    throw new InvalidArgumentError('expected a date written YYYY-MM-DD or an ISO date-time such as 2026-03-14T09:00:00Z.');
  }
  return value;
}

function port(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError('expected a port number, 0-65535.');
  return Number(value);
}

function appVersion(): string {
  const pkg = createRequire(import.meta.url)('../../package.json') as { version?: string };
  return pkg.version ?? '0.0.0';
}
