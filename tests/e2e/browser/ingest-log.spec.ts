import path from 'node:path';
import { repoRoot } from '../../support/paths.ts';
import { expect, test } from '../support/fixtures.ts';
import {
  entityBomb,
  g2Package,
  reutersFirst,
  reutersFirstText,
  reutersHeadline,
  reutersKill,
  reutersSecond,
  storyAndPackage,
} from '../support/samples.ts';
import { fileFromDisk, importThroughButton, openSection, openWorkstation } from '../support/workstation.ts';
import { observatoryStory } from '../support/wire-copy.ts';

const first = path.basename(reutersFirst);
const second = path.basename(reutersSecond);
const kill = path.basename(reutersKill);
const bomb = path.basename(entityBomb);

test('the ingest log lists every file newest first: what it became, the stories it made, why one was refused', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);
  await importThroughButton(ws, [reutersFirst, reutersSecond, reutersKill, entityBomb].map(fileFromDisk));
  await expect(ws.importSummary).toContainText('1 added · 2 new versions · 0 duplicates · 1 rejected');

  await test.step('the sidebar counts the rejected file', async () => {
    await expect(ws.section('Ingest log')).toContainText('1 rejected');
  });

  await test.step('four lines, newest first, each with its source and what became of the file', async () => {
    await openSection(ws, 'Ingest log');
    await expect(ws.ingestLog.getByRole('heading', { name: 'Ingest log' })).toBeVisible();
    await expect(ws.logEntries).toHaveCount(4);
    await expect(ws.logEntries.nth(0)).toContainText(bomb);
    await expect(ws.logEntries.nth(1)).toContainText(kill);
    await expect(ws.logEntries.nth(2)).toContainText(second);
    await expect(ws.logEntries.nth(3)).toContainText(first);

    await expect(ws.logEntry(first)).toContainText('added');
    await expect(ws.logEntry(second)).toContainText('new version');
    await expect(ws.logEntry(kill)).toContainText('new version');
    await expect(ws.logEntry(bomb)).toContainText('rejected');
    for (const file of [first, second, kill, bomb]) await expect(ws.logEntry(file)).toContainText('import');
  });

  await test.step('screenshot of the ingest log, for the docs', async () => {
    await expect(ws.logEntry(first).getByRole('button', { name: /^Open story: .*Illinois/ })).toBeVisible();
    await page.screenshot({ path: path.join(repoRoot, 'docs/ingest-log.png') });
  });

  await test.step('the refused file says why; the others name their story', async () => {
    await expect(ws.logEntry(bomb)).toContainText(/DTD|entit/i);
    await expect(ws.logEntry(bomb).getByRole('button')).toHaveCount(0);
    for (const file of [first, second, kill]) {
      await expect(ws.logEntry(file).getByRole('button', { name: /^Open story: .*Illinois battles flooding/ })).toBeVisible();
    }
  });

  await test.step('"Rejected only" leaves the refused file', async () => {
    const filter = ws.ingestLog.getByRole('checkbox', { name: 'Rejected only' });
    await filter.check();
    await expect(ws.logEntries).toHaveCount(1);
    await expect(ws.logEntries.first()).toContainText(bomb);
    await filter.uncheck();
    await expect(ws.logEntries).toHaveCount(4);
  });

  await test.step("a story in the log opens in the archive", async () => {
    await ws.logEntry(first).getByRole('button', { name: /^Open story:/ }).click();
    await expect(ws.section('Archive')).toHaveAttribute('aria-current', 'page');
    await expect(ws.ingestLog).toHaveCount(0);
    await expect(ws.storyHeadline).toContainText(reutersHeadline);
    await expect(ws.story(reutersHeadline)).toHaveAttribute('aria-current', 'true');
    await expect(ws.versions.getByRole('button')).toHaveCount(3);
    await ws.version(1).click();
    await expect(ws.openStory).toContainText(reutersFirstText);
  });
});

test('the log shows files from another window as they come in, with their source and notes', async ({ page, context, host }) => {
  const watching = await openWorkstation(page, host);
  await openSection(watching, 'Ingest log');
  await expect(watching.ingestLog.getByText('No file has come in yet.')).toBeVisible();

  // Another window: a story dropped on it, then an IPTC package item picked with Import.
  const other = await openWorkstation(await context.newPage(), host);
  const dataTransfer = await other.page.evaluateHandle(({ name, text }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'text/plain' }));
    return transfer;
  }, observatoryStory);
  await other.page.dispatchEvent('.reading-pane', 'dragenter', { dataTransfer });
  await other.page.dispatchEvent('.reading-pane', 'drop', { dataTransfer });
  await expect(other.importResult(observatoryStory.name)).toContainText('added');

  const dropped = watching.logEntry(observatoryStory.name);
  await expect(dropped).toContainText('drop');
  await expect(dropped).toContainText('added');
  await expect(dropped.getByRole('button', { name: /^Open story: .*spectrograph/ })).toBeVisible();

  await importThroughButton(other, [storyAndPackage, g2Package].map(fileFromDisk));

  // A story beside a package: the story is archived, the package said to be one in a note, not read as copy.
  const message = watching.logEntry(path.basename(storyAndPackage));
  await expect(message).toContainText('import');
  await expect(message).toContainText('added');
  await expect(message.getByRole('button', { name: 'Open story: Norway opens its first offshore wind auction' })).toBeVisible();
  await expect(message.getByRole('group', { name: 'Notes' })).toContainText(/package item.*not a story/i);

  // A package alone holds no story: refused, and the reason says what it is.
  const pkg = watching.logEntry(path.basename(g2Package));
  await expect(pkg).toContainText('rejected');
  await expect(pkg).toContainText(/NewsML-G2 package item/i);
  await expect(watching.logEntries.first()).toContainText(path.basename(g2Package));
  await expect(watching.logEntries).toHaveCount(3);
});
