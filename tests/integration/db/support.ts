import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { prepareStory } from '../../../db/repositories/prepared-story.ts';
import type { StoryRepository } from '../../../db/repositories/stories.ts';
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

let fileCount = 0;
/** Stores each story as its own file (bytes of its own), received on the given day (UTC noon); their ids, in order. */
export function storeOnDay(stories: Pick<StoryRepository, 'storeFile'>, day: string, ...wire: WireStory[]): string[] {
  return wire.map((story) => {
    fileCount += 1;
    return stories.storeFile({
      fileName: `${fileCount}.txt`,
      bytes: new TextEncoder().encode(`${fileCount}:${JSON.stringify(story)}`),
      format: story.format,
      stories: [prepareStory(story)],
      receivedAt: `${day}T12:00:00.000Z`,
    })[0]!.id;
  });
}
