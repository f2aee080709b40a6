import { expect, test } from '../support/fixtures.ts';
import { fileFromCopy, importThroughButton, openWorkstation } from '../support/workstation.ts';
import { harvestStory, lighthouseStory, observatoryStory } from '../support/wire-copy.ts';

test('the archive works from the keyboard: / searches, j and k move, Enter opens', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);
  await importThroughButton(ws, [lighthouseStory, harvestStory, observatoryStory].map(fileFromCopy));
  await page.getByRole('button', { name: 'Close import results' }).click();
  await expect(ws.storyList.getByRole('option')).toHaveCount(3);
  const options = ws.storyList.getByRole('option');
  const selected = ws.storyList.getByRole('option', { selected: true });

  await test.step('/ focuses the search box without typing a slash', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect(ws.searchBox).toBeFocused();
    await expect(ws.searchBox).toHaveValue('');
  });

  await test.step('while typing, j, k and Enter are text, not commands', async () => {
    await page.keyboard.type('jk');
    await expect(ws.searchBox).toHaveValue('jk');
    await expect(selected).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(page.getByText('No story matches “jk”.')).toBeVisible();
    await expect(ws.openStory).toHaveCount(0);
    await ws.searchBox.fill('');
    // The editor sees the whole list again before moving through it.
    await expect(ws.resultCount).toHaveText('3 stories');
    await expect(options).toHaveCount(3);
    await page.keyboard.press('Escape');
    await expect(ws.searchBox).not.toBeFocused();
  });

  await test.step('j selects the first story, j again the second, k goes back', async () => {
    await page.keyboard.press('j');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('j');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('k');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(selected).toHaveCount(1);
  });

  await test.step('Enter opens the selected story', async () => {
    await expect(ws.openStory).toHaveCount(0);
    const headline = (await selected.locator('.story-row-headline').textContent()) ?? '';
    expect(headline).not.toBe('');
    await page.keyboard.press('Enter');
    await expect(ws.storyHeadline).toContainText(headline.slice(0, 40));
  });

  await test.step('ArrowDown leaves the search box for the list', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type(harvestStory.uniqueWord);
    await expect(options).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await expect(ws.storyList).toBeFocused();
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(ws.openStory).toContainText('Conab now expects 38.2 million');
  });
});
