import path from 'node:path';

/**
 * Maps a URL path onto a file inside `rootDir`, or null when it would land
 * outside it. Both the browser host and Electron's app:// protocol serve the
 * renderer through this one check, so a traversal refused in one is refused in
 * the other.
 */
export function confinePath(rootDir: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  // A NUL or a backslash never appears in the renderer's own file names; both
  // are classic ways to smuggle a different path past a check.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const target = path.resolve(root, relative === '' ? 'index.html' : relative);
  return isInside(root, target) ? target : null;
}

/** True when `target` is `root` itself or lies below it. */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
