import fs from 'node:fs';
import { tooLarge, notARegularFile, type FileProblem } from './file-problems.ts';

export type ReadResult = { ok: true; bytes: Uint8Array } | ({ ok: false } & FileProblem);

/**
 * Reads a whole file, but never more than `maxBytes` + 1 bytes: a file that grew
 * after it was stat-ed is still turned away without being held in memory.
 */
export async function readFileLimited(file: string, maxBytes: number): Promise<ReadResult> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, ...notARegularFile };
    if (stat.size > maxBytes) return { ok: false, ...tooLarge(stat.size, maxBytes) };
    const buffer = new Growing(stat.size, maxBytes);
    for (;;) {
      const { bytesRead } = await handle.read(buffer.buffer, buffer.length, buffer.room(), buffer.length);
      if (bytesRead === 0) break;
      if (!buffer.took(bytesRead)) break;
    }
    return buffer.result();
  } finally {
    await handle.close();
  }
}

/**
 * The same, blocking: for a worker thread, where nothing else waits for the
 * thread and four promise round trips per file cost more than the read itself.
 */
export function readFileLimitedSync(file: string, maxBytes: number): ReadResult {
  const fd = fs.openSync(file, 'r');
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, ...notARegularFile };
    if (stat.size > maxBytes) return { ok: false, ...tooLarge(stat.size, maxBytes) };
    const buffer = new Growing(stat.size, maxBytes);
    for (;;) {
      const bytesRead = fs.readSync(fd, buffer.buffer, buffer.length, buffer.room(), buffer.length);
      if (bytesRead === 0) break;
      if (!buffer.took(bytesRead)) break;
    }
    return buffer.result();
  } finally {
    fs.closeSync(fd);
  }
}

/** A read buffer sized from the stat, grown (up to the limit + 1) for a file still being written. */
class Growing {
  buffer: Buffer;
  length = 0;
  constructor(
    size: number,
    private readonly maxBytes: number,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
  }

  /** Room left to read into, growing the buffer when it is full. */
  room(): number {
    if (this.length === this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(this.buffer.length * 2, this.maxBytes + 1));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    return this.buffer.length - this.length;
  }

  /** Counts bytes read; false once the file is known to be over the limit. */
  took(bytesRead: number): boolean {
    this.length += bytesRead;
    return this.length <= this.maxBytes;
  }

  result(): ReadResult {
    if (this.length > this.maxBytes) return { ok: false, ...tooLarge(this.length, this.maxBytes) };
    return { ok: true, bytes: this.buffer.subarray(0, this.length) };
  }
}
