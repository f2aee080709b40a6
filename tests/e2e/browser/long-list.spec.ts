import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cliBin, repoRoot } from '../../support/paths.ts';
import { expect, test } from '../support/fixtures.ts';
import { openWorkstation } from '../support/workstation.ts';

const STORY_COUNT = 260;

/** A short AP-style story, numbered so the list order (newest first) can be checked. */
function numberedStory(n: number): string {
  const id = String(n).padStart(4, '0');
  return `NEW YORK (AP) — Feed item ${id} reports that the harbour ferry ran on time for the ${n}th day in a row, officials said.

The ferry carries commuters between the two boroughs every twenty minutes.

Copyright 2024 The Associated Press. All rights reserved.
`;
}

test('a long archive scrolls through every story, loading pages as it goes, with few rows in the page', async ({ page, host }) => {
  const feed = await mkdtemp(path.join(os.tmpdir(), 'copydesk-feed-'));
  try {
    // The CLI is how an editor scripts a feed folder; it writes into the same archive the host serves.
    for (let n = 1; n <= STORY_COUNT; n += 1) {
      await writeFile(path.join(feed, `item-${String(n).padStart(4, '0')}.txt`), numberedStory(n));
    }
    const ingest = spawnSync(process.execPath, [cliBin, 'ingest', feed, '--data', host.dataDir], { cwd: repoRoot, encoding: 'utf8' });
    expect(ingest.status, ingest.stderr).toBe(0);
  } finally {
    await rm(feed, { recursive: true, force: true });
  }

  const ws = await openWorkstation(page, host);
  await expect(ws.resultCount).toHaveText(`${STORY_COUNT} stories`);
  const options = ws.storyList.getByRole('option');
  await expect(options.first()).toBeVisible();
  expect(await options.count()).toBeLessThan(60);
  await expect(options.first()).toHaveAttribute('aria-setsize', /^\d+$/);

  // Scroll to the end until the oldest story shows: the list fetches further pages on the way.
  const oldest = ws.story(/Feed item 0001\b/);
  await expect(async () => {
    await ws.storyList.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(oldest).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(options.last()).toHaveAttribute('aria-setsize', String(STORY_COUNT));
  await expect(options.last()).toHaveAttribute('aria-posinset', String(STORY_COUNT));
  expect(await options.count()).toBeLessThan(60);
});
