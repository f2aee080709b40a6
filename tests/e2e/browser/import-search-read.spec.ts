import path from 'node:path';
import { efeSample } from '../../support/paths.ts';
import { expect, test } from '../support/fixtures.ts';
import { emptyFile, fileFromDisk, importThroughButton, openWorkstation, workstation } from '../support/workstation.ts';

const efeFileName = path.basename(efeSample);

test('an editor imports the EFE story, finds it by a body word and reads it', async ({ page, host }) => {
  const started = Date.now();
  const ws = await openWorkstation(page, host);
  console.log(`first load of the workstation: ${Date.now() - started} ms`);

  await test.step('the archive starts empty', async () => {
    await expect(ws.resultCount).toHaveText('0 stories');
    await expect(page.getByText('The archive is empty.')).toBeVisible();
  });

  await test.step('Import: the sample goes in, the empty file is refused by name', async () => {
    await importThroughButton(ws, [fileFromDisk(efeSample), emptyFile('empty-wire.txt')]);
    await expect(ws.importSummary).toContainText('1 added');
    await expect(ws.importSummary).toContainText('1 rejected');
    await expect(ws.importResult(efeFileName)).toContainText('added');
    const refusal = ws.importResult('empty-wire.txt');
    await expect(refusal).toContainText('rejected');
    await expect(refusal.locator('.import-error')).toContainText(/empty/i);
    await expect(ws.resultCount).toHaveText('1 story');
  });

  await test.step('search by a word from the body lists the story with the word marked', async () => {
    await ws.searchBox.fill('opiates');
    const row = ws.story(/Putin/);
    await expect(row).toBeVisible();
    await expect(ws.resultCount).toHaveText('1 story');
    await expect(row.locator('mark')).toHaveText(/opiates/i);
  });

  await test.step('a word in no story lists nothing', async () => {
    await ws.searchBox.fill('zeppelinfields');
    await expect(page.getByText('No story matches “zeppelinfields”.')).toBeVisible();
    await expect(ws.resultCount).toHaveText('0 stories');
    await ws.searchBox.fill('opiates');
    await expect(ws.story(/Putin/)).toBeVisible();
  });

  await test.step('open it: headline, dateline, wire details', async () => {
    await ws.story(/Putin/).click();
    await expect(ws.storyHeadline).toContainText('Putin');
    await expect(ws.storyHeadline.getByText('derived')).toBeVisible();
    await expect(ws.fact('Dateline')).toHaveText(/Moscow.*EFE/);
    // The dateline under the headline, as well as in the wire details.
    await expect(ws.openStory.getByRole('paragraph').filter({ hasText: /^Moscow \(EFE\)$/ })).toBeVisible();
    await expect(ws.fact('Agency')).toHaveText('EFE');
    await expect(ws.fact('Distributor')).toContainText('Acquire Media');
    await expect(ws.fact('Copyright')).toHaveText('© 2021 EFE News Services (U.S.) Inc.');
    await expect(ws.fact('File')).toHaveText(efeFileName);
    await expect(ws.fact('SHA-256')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(ws.openStory).toContainText('the world’s largest supplier of opiates');
  });

  await test.step('the page debris is not in the body but listed under "Removed from the wire copy"', async () => {
    const body = ws.openStory.locator('.story-body');
    await expect(body).not.toContainText('Please wait...');
    await expect(body).not.toContainText('Rating: 4.0/5');
    const removed = ws.openStory.getByRole('group').filter({ hasText: 'Removed from the wire copy' });
    await expect(removed.getByText('Please wait...')).toBeHidden();
    await removed.getByText('Removed from the wire copy').click();
    await expect(removed.getByText('Please wait...')).toBeVisible();
    await expect(removed.getByText(/Rating: 4\.0\/5/)).toBeVisible();
  });

});

test('the archive outlives the page, and the same file imported again is a duplicate', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);
  await importThroughButton(ws, [fileFromDisk(efeSample)]);
  await expect(ws.resultCount).toHaveText('1 story');

  await page.reload();
  const again = workstation(page);
  await expect(again.resultCount).toHaveText('1 story');
  await expect(again.story(/Putin/)).toBeVisible();

  await importThroughButton(again, [fileFromDisk(efeSample)]);
  await expect(again.importResult(efeFileName)).toContainText('duplicate');
  await expect(again.importSummary).toContainText('0 added');
  await expect(again.resultCount).toHaveText('1 story');
});
