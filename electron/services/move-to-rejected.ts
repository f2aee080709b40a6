import fs from 'node:fs/promises';
import path from 'node:path';

export const REJECTED_FOLDER = 'rejected';
export const ERROR_SUFFIX = '.error.txt';

export interface RejectedFile {
  /** Where the file is now. */
  file: string;
  /** The note beside it saying why. */
  errorFile: string;
}

/**
 * Moves a file that could not be ingested into `rejected/` inside the watched
 * folder, with `<name>.error.txt` beside it saying why. The note is written
 * under a temporary (dot) name and renamed, so nobody reads half of it; a name
 * already taken in rejected/ gets a suffix: "story (2).xml".
 */
export async function moveToRejected(folder: string, file: string, why: string, at: Date = new Date()): Promise<RejectedFile> {
  const dir = path.join(folder, REJECTED_FOLDER);
  await fs.mkdir(dir, { recursive: true });
  const name = await freeName(dir, path.basename(file));
  const target = path.join(dir, name);
  const errorFile = `${target}${ERROR_SUFFIX}`;
  const temp = path.join(dir, `.${name}${ERROR_SUFFIX}.${process.pid}.tmp`);
  const note = [
    'Copydesk could not ingest this file.',
    '',
    `File:     ${file}`,
    `When:     ${at.toISOString()}`,
    `Problem:  ${why}`,
    '',
  ].join('\n');
  await fs.writeFile(temp, note, 'utf8');
  await fs.rename(temp, errorFile);
  await moveFile(file, target);
  return { file: target, errorFile };
}

/** The name itself when neither it nor its note exists in `dir`, else "name (2).ext", "name (3).ext"… */
async function freeName(dir: string, name: string): Promise<string> {
  const ext = path.extname(name);
  const stem = ext ? name.slice(0, -ext.length) : name;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${stem} (${n})${ext}`;
    if (!(await exists(path.join(dir, candidate))) && !(await exists(path.join(dir, `${candidate}${ERROR_SUFFIX}`)))) return candidate;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** A rename, or copy-then-delete when the file sits on another device (a subfolder that is a mount point). */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    await fs.copyFile(from, to, fs.constants.COPYFILE_EXCL);
    await fs.unlink(from);
  }
}
