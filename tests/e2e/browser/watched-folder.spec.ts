import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '../support/fixtures.ts';
import { openSection, openWorkstation, type Workstation } from '../support/workstation.ts';
import { harvestStory, lighthouseStory } from '../support/wire-copy.ts';

const it = test.extend<{ feed: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  feed: async ({}, use) => {
    const feed = await mkdtemp(path.join(os.tmpdir(), 'copydesk-watched-'));
    try {
      await use(feed);
    } finally {
      await rm(feed, { recursive: true, force: true });
    }
  },
});

async function watchFolder(ws: Workstation, folder: string): Promise<void> {
  await openSection(ws, 'Settings');
  await ws.settings.getByLabel('Folder to watch').fill(folder);
  await ws.settings.getByRole('button', { name: 'Watch folder' }).click();
  await expect(ws.settings.getByRole('list', { name: 'Watched folders' })).toContainText(folder);
  await expect(ws.settings.getByLabel('Folder to watch')).toHaveValue('');
}

it('a file written into a watched folder is archived and logged as coming from the watch', async ({ page, host, feed }) => {
  const ws = await openWorkstation(page, host);
  await watchFolder(ws, feed);

  await test.step('the folder stays watched after a reload', async () => {
    await page.reload();
    await expect(ws.settings.getByRole('list', { name: 'Watched folders' })).toContainText(feed);
  });

  await test.step('a story the feed writes shows in the archive', async () => {
    await writeFile(path.join(feed, lighthouseStory.name), lighthouseStory.text);
    await openSection(ws, 'Archive');
    await expect(ws.resultCount).toHaveText('1 story');
    await ws.story(/lighthouses/).click();
    await expect(ws.openStory).toContainText('volunteer lamplighters have kept the lenses turning');
  });

  await test.step('and in the log, from "watch"', async () => {
    await openSection(ws, 'Ingest log');
    const entry = ws.logEntry(lighthouseStory.name);
    await expect(entry).toContainText('watch');
    await expect(entry).toContainText('added');
  });

  await test.step('a file that cannot be read is logged as rejected and moved aside with the reason', async () => {
    await writeFile(path.join(feed, 'garbled.bin'), Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x1b, 0x07, 0x00, 0x00, 0x9c, 0x00]));
    const entry = ws.logEntry('garbled.bin');
    await expect(entry).toContainText('rejected');
    await expect(entry).toContainText('watch');
    await expect(ws.section('Ingest log')).toContainText('1 rejected');
    await expect.poll(() => existsSync(path.join(feed, 'rejected', 'garbled.bin'))).toBe(true);
    const notes = (await readdir(path.join(feed, 'rejected'))).filter((name) => name.endsWith('.error.txt'));
    expect(notes).toHaveLength(1);
    expect(await readFile(path.join(feed, 'rejected', notes[0] ?? ''), 'utf8')).toMatch(/garbled\.bin/);
  });

  await test.step('removing the folder stops the watch', async () => {
    await openSection(ws, 'Settings');
    await ws.settings.getByRole('button', { name: `Stop watching ${feed}` }).click();
    await expect(ws.settings.getByText('No folder is watched.')).toBeVisible();
    await page.reload();
    await expect(ws.settings.getByText('No folder is watched.')).toBeVisible();
  });
});

it('a batch landing in a watched folder moves the progress bar, file by file', async ({ page, host, feed }) => {
  const ws = await openWorkstation(page, host);
  await watchFolder(ws, feed);
  await openSection(ws, 'Archive');

  const count = 120;
  for (let n = 1; n <= count; n += 1) {
    const id = String(n).padStart(3, '0');
    await writeFile(path.join(feed, `feed-${id}.txt`), harvestStory.text.replace('Conab now expects', `Bulletin ${id}: Conab now expects`));
  }

  // "n of N · file" while the batch runs (a finished batch lingers a moment, so even a quick one is seen).
  await expect(ws.ingestProgress).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Copydesk' })).toContainText(/\d+ of \d+ · feed-\d{3}\.txt/);
  await expect(ws.resultCount).toHaveText(`${count} stories`);
  await expect(ws.ingestProgress).toBeHidden();
});

it('a folder the services refuse is not added, and the reason shows under the field', async ({ page, host, feed }) => {
  const ws = await openWorkstation(page, host);
  await openSection(ws, 'Settings');
  const missing = path.join(feed, 'no-such-folder');
  await ws.settings.getByLabel('Folder to watch').fill(missing);
  await ws.settings.getByRole('button', { name: 'Watch folder' }).click();
  await expect(ws.settings.getByRole('alert')).toContainText(/no-such-folder/);
  await expect(ws.settings.getByText('No folder is watched.')).toBeVisible();
  await expect(ws.settings.getByLabel('Folder to watch')).toHaveValue(missing);
});

it('a smaller file size limit refuses a file that was fine before', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);
  await openSection(ws, 'Settings');
  const size = ws.settings.getByLabel('Largest file (MB)');
  await expect(size).toHaveValue('20');
  await size.fill('1');
  await ws.settings.getByRole('button', { name: 'Save' }).click();
  await expect(ws.settings.getByRole('status')).toHaveText('saved');
  await page.reload();
  await expect(size).toHaveValue('1');

  // A long story of about 1.5 MB: real copy, repeated.
  const big = `${lighthouseStory.text}\n`.repeat(Math.ceil((1.5 * 1024 * 1024) / lighthouseStory.text.length));
  await openSection(ws, 'Archive');
  const chooser = page.waitForEvent('filechooser');
  await ws.importButton.click();
  await (await chooser).setFiles([{ name: 'ap-long-feature.txt', mimeType: 'text/plain', buffer: Buffer.from(big) }]);
  await expect(ws.importSummary).toContainText('1 rejected');
  await expect(ws.importResult('ap-long-feature.txt')).toContainText(/up to 1(\.0)? MB/);
});
