import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors.ts';

/**
 * A folder an editor wants watched, checked before anything moves: it must
 * exist, be a folder, and lie apart from the archive's own folder (a watcher
 * there would take the archive file for wire copy and move it to rejected/).
 * Returns the folder as an absolute path.
 */
export async function checkWatchedFolder(folder: string, dataDir: string): Promise<string> {
  if (!path.isAbsolute(folder)) throw new ApiError('bad-input', `${folder}: a watched folder must be given as a full path`);
  const resolved = path.resolve(folder);
  let stat;
  try {
    stat = await fs.stat(resolved);
  } catch {
    throw new ApiError('bad-input', `${folder}: no such folder`);
  }
  if (!stat.isDirectory()) throw new ApiError('bad-input', `${folder}: is a file, not a folder`);
  const real = await fs.realpath(resolved);
  const data = await fs.realpath(dataDir).catch(() => path.resolve(dataDir));
  if (isInside(real, data) || isInside(data, real)) {
    throw new ApiError('bad-input', `${folder}: holds the Copydesk archive (${dataDir}) or lies inside it; choose another folder`);
  }
  return resolved;
}

/** Checks every folder and drops repeats, keeping the editor's order. */
export async function checkWatchedFolders(folders: readonly string[], dataDir: string): Promise<string[]> {
  const checked: string[] = [];
  for (const folder of folders) {
    const resolved = await checkWatchedFolder(folder, dataDir);
    if (!checked.includes(resolved)) checked.push(resolved);
  }
  return checked;
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
