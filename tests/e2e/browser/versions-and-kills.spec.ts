import path from 'node:path';
import { repoRoot } from '../../support/paths.ts';
import { expect, test } from '../support/fixtures.ts';
import { newsMlG2Item } from '../support/newsml-g2.ts';
import { reutersFirst, reutersFirstText, reutersHeadline, reutersKill, reutersSecond } from '../support/samples.ts';
import { fileFromDisk, importThroughButton, openWorkstation } from '../support/workstation.ts';

test('two versions of the Reuters story are one story with a version chain, and the older one can be read', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);
  const row = ws.story(reutersHeadline);

  await test.step('the first version goes in as a story of its own', async () => {
    await importThroughButton(ws, [fileFromDisk(reutersFirst)]);
    await expect(ws.importResult(path.basename(reutersFirst))).toContainText('added');
    await expect(ws.resultCount).toHaveText('1 story');
    await expect(row).toBeVisible();
    await expect(row).not.toContainText(/\bv\d/);
    await expect(row).not.toContainText(/killed/i);
  });

  await test.step('the second version joins it: still one story, now "v2"', async () => {
    await importThroughButton(ws, [fileFromDisk(reutersSecond)]);
    await expect(ws.importResult(path.basename(reutersSecond))).toContainText('new version');
    await expect(ws.importSummary).toContainText('0 added');
    await expect(ws.resultCount).toHaveText('1 story');
    await expect(ws.storyList.getByRole('option')).toHaveCount(1);
    await expect(row).toContainText('v2');
    // Reuters' second version is itself a cancellation (stat:canceled, msgType D).
    await expect(row).toContainText(/killed/i);
  });

  await test.step('the reading pane lists both versions, the newest marked current', async () => {
    await row.click();
    await expect(ws.versions.getByRole('button')).toHaveCount(2);
    await expect(ws.version(2)).toContainText('current');
    await expect(ws.version(2)).toHaveAttribute('aria-current', 'true');
    await expect(ws.version(2)).toContainText('kill');
    await expect(ws.version(1)).not.toContainText('current');
    await expect(ws.stateBanner).toContainText('Killed by the agency — do not use');
    await expect(ws.openStory).not.toContainText(reutersFirstText);
    await expect(ws.fact('File')).toHaveText(path.basename(reutersSecond));
  });

  await test.step('pressing the first version shows what it said', async () => {
    await ws.version(1).click();
    await expect(ws.openStory.locator('.story-body')).toContainText(reutersFirstText);
    await expect(ws.version(1)).toHaveAttribute('aria-current', 'true');
    await expect(ws.fact('File')).toHaveText(path.basename(reutersFirst));
    await expect(ws.fact('Version')).toContainText('1 of 2');
    await expect(ws.readingPane.getByRole('button', { name: /this is version 1 of 2/ })).toBeVisible();
    await expect(ws.readingPane.getByText('You are reading version 1 of 2')).toBeVisible();
    // The story is killed whichever version is on screen.
    await expect(ws.stateBanner).toContainText('Killed by the agency — do not use');
  });

  await test.step('and back to the current one', async () => {
    await ws.readingPane.getByRole('button', { name: 'Show the current version' }).click();
    await expect(ws.version(2)).toHaveAttribute('aria-current', 'true');
    await expect(ws.openStory).not.toContainText(reutersFirstText);
    await expect(ws.readingPane.getByText('You are reading version 1 of 2')).toHaveCount(0);
  });

  await test.step('screenshot of the killed story and its version chain, for the docs', async () => {
    await page.getByRole('button', { name: 'Close import results' }).click();
    await expect(ws.versions).toBeInViewport();
    await page.screenshot({ path: path.join(repoRoot, 'docs/version-chain.png') });
  });
});

test('a kill notice for an archived story marks it killed, in the list and in the open story', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);
  const row = ws.story(reutersHeadline);

  await importThroughButton(ws, [fileFromDisk(reutersFirst)]);
  await row.click();
  await expect(ws.openStory).toContainText(reutersFirstText);
  await expect(row).not.toContainText(/killed/i);
  await expect(ws.stateBanner).toHaveCount(0);

  await importThroughButton(ws, [fileFromDisk(reutersKill)]);
  await expect(ws.importResult(path.basename(reutersKill))).toContainText('new version');
  await expect(ws.resultCount).toHaveText('1 story');

  // The open story and its row learn of the kill without the editor doing anything.
  await expect(row).toContainText(/killed/i);
  await expect(row).toContainText('v2');
  await expect(ws.stateBanner).toContainText('Killed by the agency — do not use');
  await expect(ws.version(2)).toContainText('kill');
  await expect(ws.version(2)).toContainText('current');
  await expect(ws.openStory.getByRole('complementary', { name: "Editor's note" })).toContainText('Reuters has withdrawn this story');

  // The killed copy is still there to read, under the banner.
  await ws.version(1).click();
  await expect(ws.openStory).toContainText(reutersFirstText);
  await expect(ws.stateBanner).toContainText('Killed by the agency — do not use');
});

test('an embargoed story says until when it is held; a story whose embargo has lifted does not', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);
  const now = Date.now();
  const held = newsMlG2Item({
    guid: 'urn:newsml:afp.com:20240312:embargo-held',
    version: 1,
    headline: 'Central bank to publish its annual stability review',
    paragraphs: ['The central bank will publish its financial stability review on Thursday, its spokesman said.'],
    embargoedUntil: new Date(now + 36 * 3600_000),
    sent: new Date(now - 3600_000),
  });
  const lifted = newsMlG2Item({
    guid: 'urn:newsml:afp.com:20240312:embargo-lifted',
    version: 1,
    headline: 'Statistics office publishes quarterly jobs figures',
    paragraphs: ['Unemployment fell to 7.1 percent in the fourth quarter, the statistics office said.'],
    embargoedUntil: new Date(now - 2 * 3600_000),
    sent: new Date(now - 5 * 3600_000),
  });
  await importThroughButton(ws, [
    { name: 'afp-embargo-held.xml', mimeType: 'application/xml', buffer: Buffer.from(held) },
    { name: 'afp-embargo-lifted.xml', mimeType: 'application/xml', buffer: Buffer.from(lifted) },
  ]);
  await expect(ws.importSummary).toContainText('2 added');

  const heldRow = ws.story(/annual stability review/);
  const liftedRow = ws.story(/quarterly jobs figures/);
  await expect(heldRow).toContainText(/embargoed until \S/i);
  await expect(liftedRow).toBeVisible();
  await expect(liftedRow).not.toContainText(/embargo/i);

  await heldRow.click();
  await expect(ws.stateBanner).toContainText(/Embargoed until .+ — do not publish before/);
  await liftedRow.click();
  await expect(ws.storyHeadline).toContainText('quarterly jobs figures');
  await expect(ws.stateBanner).toHaveCount(0);
});
