import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { WireStory } from '../../../shared/model/story.ts';

/** A fresh folder under the OS temp dir, removed when the test ends. */
export function makeTempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-test-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A parsed story as the wire parser would hand it over. */
export function wireStory(fields: Partial<WireStory> & Pick<WireStory, 'headline' | 'body'>): WireStory {
  return {
    format: 'text',
    headlineDerived: false,
    pubStatus: 'usable',
    removed: [],
    warnings: [],
    ...fields,
  };
}
