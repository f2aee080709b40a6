import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { confinePath, isInside } from './confine-path.ts';
import { contentTypeFor } from './content-types.ts';

export interface StaticFile {
  filePath: string;
  contentType: string;
  size: number;
}

/**
 * Finds the renderer file a URL path names, confined to `rootDir` even through
 * symlinks. Null when there is no such file (or it lies outside): the caller
 * answers 404 either way, so a probe learns nothing about the disk.
 */
export async function findStaticFile(rootDir: string, urlPathname: string): Promise<StaticFile | null> {
  const candidate = confinePath(rootDir, urlPathname);
  if (candidate === null) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(path.resolve(rootDir)), realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return null;
    const info = await stat(realFile);
    if (!info.isFile()) return null;
    return { filePath: realFile, contentType: contentTypeFor(realFile), size: info.size };
  } catch {
    return null;
  }
}

// The callback API, not fs/promises: Electron's asar support patches these for
// certain, and the packaged renderer lives inside app.asar.
const realpath = promisify(fs.realpath);
const stat = promisify(fs.stat);
export const readStaticFile = promisify(fs.readFile);

/** What `/` shows when the renderer has not been built yet. */
export const RENDERER_MISSING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Copydesk</title></head>
<body><h1>Copydesk</h1>
<p>The workstation's user interface has not been built yet.</p>
<p>Run <code>npm run build:renderer</code> in the Copydesk folder, then reload this page.</p>
</body></html>
`;
