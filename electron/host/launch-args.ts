/**
 * The `--data DIR` (or `--data=DIR`) of an Electron launch. Electron's argv
 * also carries its own switches and, unpackaged, the app path, so only this
 * one flag is picked out rather than parsing the whole line.
 */
export function dataFlagFrom(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data') return argv[i + 1];
    if (arg?.startsWith('--data=')) return arg.slice('--data='.length);
  }
  return undefined;
}
