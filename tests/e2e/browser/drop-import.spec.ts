import { expect, test } from '../support/fixtures.ts';
import { openWorkstation } from '../support/workstation.ts';
import { lighthouseStory } from '../support/wire-copy.ts';

test('a file dropped anywhere on the window is imported', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);

  // What the OS hands the page when a file is dragged in from the desktop.
  const dataTransfer = await page.evaluateHandle(({ name, text }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'text/plain' }));
    return transfer;
  }, lighthouseStory);

  const overlay = page.getByText('Drop wire files to import');
  await expect(overlay).toBeHidden();
  await page.dispatchEvent('.story-list', 'dragenter', { dataTransfer });
  await expect(overlay).toBeVisible();

  await page.dispatchEvent('.story-list', 'dragleave', { dataTransfer });
  await expect(overlay).toBeHidden();

  await page.dispatchEvent('.reading-pane', 'dragenter', { dataTransfer });
  await expect(overlay).toBeVisible();
  await page.dispatchEvent('.reading-pane', 'drop', { dataTransfer });
  await expect(overlay).toBeHidden();

  await expect(ws.importResult(lighthouseStory.name)).toContainText('added');
  await expect(ws.resultCount).toHaveText('1 story');

  await ws.searchBox.fill(lighthouseStory.uniqueWord);
  const row = ws.story(/lighthouses/);
  await expect(row).toBeVisible();
  await row.click();
  await expect(ws.openStory).toContainText('volunteer lamplighters have kept the lenses turning');
});
