import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/paths.ts';

/**
 * The import directions (renderer → shared ← services → db) hold only while the
 * lint rule does: these run the project's own ESLint config over code that
 * breaks them, in the folders where it would be written.
 */
const eslint = new ESLint({ cwd: repoRoot });

async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import directions', () => {
  it.each([
    ['shared/wire/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n"],
    ['shared/wire/x.ts', "import { openArchive } from '../../db/archive.ts';\nexport const f = openArchive;\n"],
    ['renderer/src/x.ts', "import { openArchive } from '../../db/archive.ts';\nexport const f = openArchive;\n"],
    ['renderer/src/x.ts', "import { openServices } from '../../electron/services/open-services.ts';\nexport const f = openServices;\n"],
    ['db/x.ts', "import { openServices } from '../electron/services/open-services.ts';\nexport const f = openServices;\n"],
    ['electron/services/x.ts', "import { app } from 'electron';\nexport const f = app;\n"],
    ['electron/host/x.ts', "import { app } from 'electron';\nexport const f = app;\n"],
    ['electron/cli/x.ts', "import { app } from 'electron';\nexport const f = app;\n"],
  ])('refuses a wrong-way import in %s', async (file, code) => {
    expect(await importErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/x.ts', "import { methods } from '../../shared/api/contract.ts';\nexport const f = methods;\n"],
    ['electron/services/x.ts', "import { openArchive } from '../../db/archive.ts';\nexport const f = openArchive;\n"],
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const f = app;\n"],
  ])('allows the right-way import in %s', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });

  it('keeps DOM and Node globals out of shared/', async () => {
    const [result] = await eslint.lintText('export const w = document.title;\n', {
      filePath: path.join(repoRoot, 'shared/wire/x.ts'),
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-globals');
  });
});
