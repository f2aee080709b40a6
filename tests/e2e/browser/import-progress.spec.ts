import path from 'node:path';
import { efeSample, repoRoot } from '../../support/paths.ts';
import { CALL_PATH } from '../../../shared/api/http-protocol.ts';
import { expect, test } from '../support/fixtures.ts';
import { fileFromCopy, fileFromDisk, openWorkstation } from '../support/workstation.ts';
import { harvestStory, lighthouseStory, observatoryStory } from '../support/wire-copy.ts';

test('a batch import shows real progress, file by file, then every story is in the list', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);

  // Hold the second file at the host's door, so the test sees the batch mid-way.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let ingestCalls = 0;
  await page.route(`**${CALL_PATH}ingest.file`, async (route) => {
    ingestCalls += 1;
    if (ingestCalls === 2) await released;
    await route.continue();
  });

  const chooser = page.waitForEvent('filechooser');
  await ws.importButton.click();
  await (await chooser).setFiles([
    fileFromDisk(efeSample),
    fileFromCopy(lighthouseStory),
    fileFromCopy(harvestStory),
    fileFromCopy(observatoryStory),
  ]);

  const progress = ws.importPanel.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '1');
  await expect(progress).toHaveAttribute('aria-valuemax', '4');
  await expect(ws.importPanel).toContainText(`Importing 2 of 4 · ${lighthouseStory.name}`);
  await expect(ws.importResult(path.basename(efeSample))).toContainText('added');

  release();
  await expect(ws.importSummary).toContainText('Import finished: 4 added');
  await expect(progress).toBeHidden();
  await expect(ws.resultCount).toHaveText('4 stories');
  await expect(ws.storyList.getByRole('option')).toHaveCount(4);

  await test.step('screenshot of the workstation with a story open, for the README', async () => {
    await ws.story(/Putin/).click();
    await expect(ws.storyHeadline).toContainText('Putin');
    await page.getByRole('button', { name: 'Close import results' }).click();
    await expect(ws.importPanel).toBeHidden();
    await page.screenshot({ path: path.join(repoRoot, 'docs/workstation.png') });
  });
});
