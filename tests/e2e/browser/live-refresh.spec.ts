import { expect, test } from '../support/fixtures.ts';
import { fileFromCopy, importThroughButton, openWorkstation } from '../support/workstation.ts';
import { observatoryStory } from '../support/wire-copy.ts';

test('a story imported in one window appears in another without a reload', async ({ page, context, host }) => {
  const watching = await openWorkstation(page, host);
  await expect(watching.resultCount).toHaveText('0 stories');

  const importing = await openWorkstation(await context.newPage(), host);
  await importThroughButton(importing, [fileFromCopy(observatoryStory)]);
  await expect(importing.importResult(observatoryStory.name)).toContainText('added');

  // The first window learns of it only through the host's 'archive.changed' event.
  await expect(watching.resultCount).toHaveText('1 story');
  await expect(watching.story(/spectrograph/)).toBeVisible();
  await expect(watching.page.getByRole('navigation', { name: 'Sections' })).toContainText('1');
});
