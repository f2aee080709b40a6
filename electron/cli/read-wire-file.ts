import { open } from 'node:fs/promises';
import { describeFsError } from './fs-problem.ts';

export type ReadWireFile = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };

/**
 * Reads one file for parsing, refusing before reading it whole anything that is
 * not a regular file or is larger than `maxBytes`: a stray disk image must not
 * be pulled into memory just to be rejected.
 */
export async function readWireFile(file: string, maxBytes: number): Promise<ReadWireFile> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    return { ok: false, problem: describeFsError(err) };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, problem: 'is a folder, not a file (copydesk ingest takes folders)' };
    if (!info.isFile()) return { ok: false, problem: 'is not a regular file' };
    if (info.size > maxBytes) {
      return { ok: false, problem: `the file is ${formatBytes(info.size)}; wire files larger than ${formatBytes(maxBytes)} are not read` };
    }
    return { ok: true, bytes: new Uint8Array(await handle.readFile()) };
  } catch (err) {
    return { ok: false, problem: describeFsError(err) };
  } finally {
    await handle.close();
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  const mb = n / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
