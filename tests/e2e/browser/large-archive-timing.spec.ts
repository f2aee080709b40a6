import { existsSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { benchDataDir } from '../../bench/support/bench-archive.ts';
import { startCopydeskHost } from '../support/copydesk-host.ts';
import { workstation } from '../support/workstation.ts';

/**
 * How long the workstation takes to show its list on a big archive (a
 * million stories by default: `npm run bench -- search` builds one), printed
 * for people to read, never asserted: timings are the benchmarks' business.
 * COPYDESK_LARGE_ARCHIVE_DATA names another data folder.
 */
const dataDir = process.env.COPYDESK_LARGE_ARCHIVE_DATA ?? benchDataDir(1_000_000);
const present = existsSync(path.join(dataDir, 'archive.sqlite'));
if (!present) console.log(`Large-archive timing skipped: no archive in ${dataDir} (npm run bench -- search builds one).`);

base('opening the workstation on a large archive: time until the list shows', async ({ page }) => {
  base.skip(!present, `no archive in ${dataDir}`);
  base.setTimeout(180_000);
  const started = performance.now();
  const host = await startCopydeskHost({ dataDir });
  try {
    const hostUp = performance.now();
    await page.goto(host.url);
    const ws = workstation(page);
    await expect(ws.storyList.getByRole('option').first()).toBeVisible({ timeout: 60_000 });
    const listShown = performance.now();
    await expect(ws.resultCount).toHaveText(/stories/);
    console.log(
      `Large archive (${dataDir}): host ready in ${Math.round(hostUp - started)} ms; ` +
        `list shown ${Math.round(listShown - hostUp)} ms after opening the page (${Math.round(listShown - started)} ms from launch).`,
    );
  } finally {
    await host.stop();
  }
});
