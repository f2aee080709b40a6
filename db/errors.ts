/** The archive file was written by a newer Copydesk; opening it could damage it. */
export class ArchiveTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly fileSchema: number,
    readonly knownSchema: number,
  ) {
    super(
      `${file}: this archive was written by a newer Copydesk (schema ${fileSchema}; this Copydesk knows schema ` +
        `${knownSchema} at most). Update Copydesk to open it.`,
    );
    this.name = 'ArchiveTooNewError';
  }
}

/** The archive could not be opened: not a database, unreadable, broken migrations. */
export class ArchiveOpenError extends Error {
  constructor(
    readonly file: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${problem}`, options);
    this.name = 'ArchiveOpenError';
  }
}
