import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../../../electron/services/expand-paths.ts';
import { makeTempDir } from '../db/support.ts';

describe('expanding what an editor dropped into files', () => {
  it('lists a large folder in name order, subfolders in place, and turns away what cannot be taken', async () => {
    const root = makeTempDir();
    const inbox = path.join(root, 'inbox');
    fs.mkdirSync(path.join(inbox, 'b-sub'), { recursive: true });
    // More files than are stat-ed at once, written in an order unlike their names.
    const names = Array.from({ length: 150 }, (_, i) => `story-${String(149 - i).padStart(3, '0')}.txt`);
    for (const name of names) fs.writeFileSync(path.join(inbox, name), 'x');
    fs.writeFileSync(path.join(inbox, 'b-sub', 'inner.txt'), 'inner');
    fs.writeFileSync(path.join(inbox, '.hidden.txt'), 'hidden');
    fs.writeFileSync(path.join(inbox, 'a-big.txt'), Buffer.alloc(2048));
    fs.symlinkSync(inbox, path.join(inbox, 'b-sub', 'loop'));

    const candidates = await expandPaths([inbox, path.join(root, 'missing.txt')], 1024);
    expect(candidates.map((c) => [path.relative(root, c.file), c.kind])).toEqual([
      ['inbox/a-big.txt', 'rejected'],
      ['inbox/b-sub/inner.txt', 'file'],
      ...[...names].sort().map((n) => [`inbox/${n}`, 'file']),
      ['missing.txt', 'rejected'],
    ]);
    expect(candidates[0]).toMatchObject({ code: 'too-large' });
    expect(candidates.at(-1)).toMatchObject({ code: 'not-found' });
  });
});
