import fs from 'node:fs/promises';
import { tooLarge, notARegularFile, type FileProblem } from './file-problems.ts';

export type ReadResult = { ok: true; bytes: Uint8Array } | ({ ok: false } & FileProblem);

/**
 * Reads a whole file, but never more than `maxBytes` + 1 bytes: a file that grew
 * after it was stat-ed is still turned away without being held in memory.
 */
export async function readFileLimited(file: string, maxBytes: number): Promise<ReadResult> {
  const handle = await fs.open(file, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, ...notARegularFile };
    if (stat.size > maxBytes) return { ok: false, ...tooLarge(stat.size, maxBytes) };
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { ok: false, ...tooLarge(length, maxBytes) };
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, ...tooLarge(length, maxBytes) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } finally {
    await handle.close();
  }
}
