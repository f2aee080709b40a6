/** A file-system error in words an editor understands (the caller puts the file name in front). */
export function describeFsError(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'is a symbolic link that loops';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    default:
      return `cannot be read (${err instanceof Error ? err.message : String(err)})`;
  }
}
