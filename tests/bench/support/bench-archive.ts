import os from 'node:os';
import path from 'node:path';
import { GENERATOR_VERSION } from './synthetic-corpus.ts';

/** Where benchmarks keep archives between runs (building a million stories takes minutes). */
export const BENCH_DIR = path.join(os.tmpdir(), 'copydesk-bench');

/** The data folder of the search benchmark's archive of `stories` stories: `copydesk serve --data` opens it as it is. */
export function benchDataDir(stories: number): string {
  return path.join(BENCH_DIR, `search-${stories}-v${GENERATOR_VERSION}`);
}
