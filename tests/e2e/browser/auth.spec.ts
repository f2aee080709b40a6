import { expect, test } from '../support/fixtures.ts';
import { openWorkstation, workstation } from '../support/workstation.ts';

test('a page opened without the token gets no app', async ({ browser, host }) => {
  const stranger = await browser.newContext();
  try {
    const page = await stranger.newPage();
    const response = await page.goto(`${host.origin}/`);
    expect(response?.status()).toBe(401);
    const ws = workstation(page);
    await expect(ws.searchBox).toHaveCount(0);
    await expect(ws.storyList).toHaveCount(0);

    const wrongToken = await page.goto(`${host.origin}/?token=not-the-launch-token`);
    expect(wrongToken?.status()).toBe(401);
    await expect(ws.searchBox).toHaveCount(0);
  } finally {
    await stranger.close();
  }
});

test('a window whose token stops working says how to get back in', async ({ page, context, host }) => {
  const ws = await openWorkstation(page, host);
  // What a restart of `copydesk serve` (a new token) looks like from an open window.
  await context.clearCookies();
  await ws.searchBox.fill('anything');

  await expect(page.getByRole('heading', { name: 'This window is not signed in to Copydesk' })).toBeVisible();
  await expect(page.getByText('Open the address printed by copydesk serve, with its token.')).toBeVisible();
  await expect(ws.searchBox).toHaveCount(0);

  await page.goto(host.url);
  await expect(ws.searchBox).toBeVisible();
});
