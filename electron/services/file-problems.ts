/** Why a file on disk was turned away before it was parsed; the message leaves the file name to the caller. */
export interface FileProblem {
  code: string;
  problem: string;
}

export function describeSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLarge(size: number, limit: number): FileProblem {
  return {
    code: 'too-large',
    problem: `the file is ${describeSize(size)}; Copydesk reads wire files up to ${describeSize(limit)}`,
  };
}

/** An fs error in an editor's words. */
export function fsProblem(err: unknown): FileProblem {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return { code: 'not-found', problem: 'no such file or folder' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'unreadable', problem: 'cannot be read (permission denied)' };
    case 'ENOTDIR':
      return { code: 'not-found', problem: 'no such file or folder (a part of the path is a file)' };
    case 'ELOOP':
      return { code: 'unreadable', problem: 'cannot be read (too many symbolic links)' };
    case 'EISDIR':
      return { code: 'not-a-file', problem: 'is a folder, not a file' };
    default:
      return { code: 'unreadable', problem: `cannot be read (${code ?? (err as Error | undefined)?.message ?? String(err)})` };
  }
}

export const notARegularFile: FileProblem = {
  code: 'not-a-file',
  problem: 'is not a regular file (a device, socket or pipe)',
};
