/** Where a command writes: injected so the commands never reach for `process` themselves. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Progress lines only make sense on a terminal; in a pipe or a log they are noise. */
  readonly errIsTty: boolean;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTty: process.stderr.isTTY === true,
  };
}

/** Writes `value` as pretty JSON on a line of its own. */
export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** A one-line, rewritten-in-place progress indicator on stderr (terminals only). */
export function progressLine(io: CliIo): { update(text: string): void; clear(): void } {
  let shown = false;
  return {
    update(text) {
      if (!io.errIsTty) return;
      io.err(`\r\x1b[K${text}`);
      shown = true;
    },
    clear() {
      if (shown) io.err('\r\x1b[K');
      shown = false;
    },
  };
}
