import { expect, test } from '../support/fixtures.ts';
import { importThroughButton, openWorkstation } from '../support/workstation.ts';

const hostile = `LONDON (Reuters) - A marmalade maker said on Monday its website had been defaced with <img src=x onerror="window.__pwned = 'img'"> tags by a prankster.

Visitors also saw <script>window.__pwned = 'script'</script> in place of the marmalade price list, the company said.

(Reporting by Jo Marsh)
`;

test('markup inside wire copy stays text: shown, never run', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);
  await importThroughButton(ws, [{ name: 'defaced.txt', mimeType: 'text/plain', buffer: Buffer.from(hostile) }]);
  await expect(ws.importResult('defaced.txt')).toContainText('added');

  await ws.searchBox.fill('marmalade');
  const row = ws.story(/marmalade maker/);
  await expect(row).toBeVisible();
  await expect(row.locator('mark').first()).toHaveText(/marmalade/i);
  await row.click();

  await expect(ws.openStory).toContainText(`<img src=x onerror="window.__pwned = 'img'">`);
  await expect(ws.openStory).toContainText(`<script>window.__pwned = 'script'</script>`);
  await expect(page.locator('.workstation img, .workstation script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
});
