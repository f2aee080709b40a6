import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { efeSample, repoRoot } from '../../support/paths.ts';
import type { CopydeskHost } from '../support/copydesk-host.ts';
import { expect, test } from '../support/fixtures.ts';
import { reutersFirst, reutersHeadline, reutersKill } from '../support/samples.ts';
import { fileFromDisk, importThroughButton, openWorkstation, type Workstation } from '../support/workstation.ts';

const efeHeadline = 'Russian President Vladimir Putin warned Friday of the buildup of extremist and terrorist groups';
const efeCredit = '© 2021 EFE News Services (U.S.) Inc.';

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Licence days are UTC days. */
const utcDay = (time: number) => new Date(time).toISOString().slice(0, 10);
/** "11 Dec 2026", as the rights panel writes a day. */
function spelled(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[month! - 1]} ${year}`;
}

/**
 * The EFE/NewsEdge licence of the issue, valid from the start of this year and
 * ending 12 days from now (the licence runs to 31 Dec 2026; ending it
 * relative to today keeps "expires within 30 days" true whenever this runs).
 */
function efeLicenceDates() {
  const now = Date.now();
  return { validFrom: `${new Date(now).getUTCFullYear()}-01-01`, validTo: utcDay(now + 12 * DAY_MS), month: utcDay(now).slice(0, 7) };
}

function rightsPanel(ws: Workstation): Locator {
  return ws.readingPane.getByRole('region', { name: 'Rights', exact: true });
}

async function openLicences(ws: Workstation): Promise<void> {
  await ws.section('Licences').click();
  await expect(ws.section('Licences')).toHaveAttribute('aria-current', 'page');
  await expect(ws.page.getByRole('heading', { level: 1, name: 'Licences' })).toBeVisible();
}

/** A story's id, from the archive: what the usage CSV must name. */
async function storyId(host: CopydeskHost, headline: RegExp): Promise<string> {
  const { items } = await host.api.call('archive.search', { query: '' });
  const item = items.find((story) => headline.test(story.headline));
  if (!item) throw new Error(`no story in the archive matches ${headline}`);
  return item.id;
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  const saved = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(saved, 'utf8') };
}

test('the EFE licence: made in the form, matched to the EFE story, a translation blocked, a web use logged and reported', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);
  const { validFrom, validTo, month } = efeLicenceDates();

  await test.step('create the EFE/NewsEdge licence through the form', async () => {
    await openLicences(ws);
    await expect(page.getByText('No licence on file', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'New licence' }).click();
    const form = page.getByRole('region', { name: 'New licence' });
    await form.getByLabel('Agency', { exact: true }).fill('EFE');
    await form.getByLabel('Distributor', { exact: true }).fill('Acquire Media (NewsEdge)');
    await form.getByLabel('Agreement reference').fill('EFE-NE-2026');
    await form.getByLabel('Valid from').fill(validFrom);
    await form.getByLabel('Valid to').fill(validTo);
    await form.getByRole('checkbox', { name: 'Web', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Print', exact: true }).check();
    await expect(form.getByRole('checkbox', { name: 'May translate' })).not.toBeChecked();
    await form.getByLabel('Attribution line').fill('© {year} EFE News Services (U.S.) Inc.');
    // The preview fills the template for a story from 2021, as the credit will read.
    await expect(form.getByText(efeCredit, { exact: true })).toBeVisible();
    await form.getByRole('button', { name: 'Create licence' }).click();
    await expect(form).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Saved licence EFE-NE-2026.' })).toBeVisible();

    const row = page.getByRole('table', { name: 'Licences on file' }).getByRole('row', { name: /EFE-NE-2026/ });
    await expect(row).toContainText('Acquire Media (NewsEdge)');
    await expect(row).toContainText('Web');
    await expect(row).toContainText('Print');
    await expect(row).toContainText('expires in 12 days');
    // The sidebar counts the licences that end within 30 days.
    await expect(ws.section('Licences')).toContainText('1');
  });

  await test.step('ingest the EFE sample and a Reuters story', async () => {
    await importThroughButton(ws, [fileFromDisk(efeSample), fileFromDisk(reutersFirst)]);
    await expect(ws.importSummary).toContainText('2 added');
  });

  const panel = rightsPanel(ws);
  await test.step('the EFE story is matched, with its credit and the warning that the licence ends soon', async () => {
    await ws.story(efeHeadline).click();
    await expect(ws.storyHeadline).toContainText(efeHeadline);
    await expect(panel).toContainText(`credit: ${efeCredit}`);
    await expect(panel).toContainText('EFE-NE-2026');
    await expect(panel).toContainText(`Licence ends on ${spelled(validTo)} (in 12 days)`);
    await expect(panel.getByRole('button', { name: 'Copy the credit' })).toBeVisible();
    await expect(panel).not.toContainText('No licence on file');
    await expect(panel).toContainText('Not republished yet.');
  });

  await test.step('a translation is blocked, with the reason', async () => {
    await panel.getByRole('button', { name: 'Republish…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Republish' });
    await expect(dialog).toBeVisible();
    const verdict = dialog.getByRole('status', { name: 'Rights check' });
    await expect(verdict).toContainText('Allowed');
    await dialog.getByRole('checkbox', { name: 'Translated' }).check();
    await expect(verdict).toContainText('Blocked');
    await expect(verdict).toContainText(/translation/i);
    await expect(dialog.getByRole('button', { name: 'Record use' })).toHaveCount(0);
    // An editor may override a licence's block, but only with a reason.
    const override = dialog.getByRole('button', { name: 'Override and record' });
    await expect(override).toBeDisabled();
    await dialog.getByLabel('Reason for overriding').fill('ok');
    await expect(override).toBeDisabled();
    await dialog.getByLabel('Reason for overriding').fill('');
  });

  await test.step('the web use is allowed, recorded and listed', async () => {
    const dialog = page.getByRole('dialog', { name: 'Republish' });
    const verdict = dialog.getByRole('status', { name: 'Rights check' });
    await dialog.getByRole('checkbox', { name: 'Translated' }).uncheck();
    await dialog.getByRole('radio', { name: 'Web', exact: true }).check();
    await expect(verdict).toContainText('Allowed');
    await expect(verdict).toContainText(efeCredit);
    await dialog.getByRole('button', { name: 'Record use' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(panel.getByRole('status').filter({ hasText: 'Use recorded' })).toContainText('Web');
    const uses = panel.getByRole('list', { name: 'Uses' });
    await expect(uses.getByRole('listitem')).toHaveCount(1);
    await expect(uses).toContainText('Web');
    await expect(uses).toContainText('Test Editor');
    await expect(uses).toContainText('EFE-NE-2026');
  });

  await test.step('screenshot of the rights panel, for the docs', async () => {
    await page.getByRole('button', { name: 'Close import results' }).click();
    await expect(panel).toBeInViewport();
    await page.screenshot({ path: path.join(repoRoot, 'docs/rights-panel.png') });
  });

  await test.step('a story from another agency has no licence on file; one can be assigned by hand and taken back', async () => {
    await ws.story(reutersHeadline).click();
    await expect(ws.storyHeadline).toContainText(reutersHeadline);
    await expect(panel).toContainText('No licence on file');
    await panel.getByLabel('Assign a licence').selectOption({ label: 'EFE-NE-2026 · EFE via Acquire Media (NewsEdge)' });
    await panel.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(panel).toContainText('assigned by hand');
    await expect(panel).not.toContainText('No licence on file');
    await panel.getByRole('button', { name: 'Back to automatic' }).click();
    await expect(panel).toContainText('No licence on file');
  });

  await test.step('the usage report for the licence and this month lists the use, and its CSV holds the story', async () => {
    const efeId = await storyId(host, /Putin warned/);
    await openLicences(ws);
    await page.getByRole('button', { name: 'Usage report for EFE-NE-2026' }).click();
    const report = page.getByRole('region', { name: 'Usage report' });
    await expect(report.getByLabel('Month')).toHaveValue(month);
    await expect(report.getByRole('status')).toHaveText(/^1 use this month/);
    const uses = report.getByRole('table', { name: 'Uses under EFE-NE-2026' });
    await expect(uses.getByRole('row')).toHaveCount(2);
    await expect(uses).toContainText(efeHeadline);
    await expect(uses).toContainText('Test Editor');

    const csv = await downloadText(page, () => report.getByRole('button', { name: 'Export CSV' }).click());
    expect(csv.name).toBe(`usage-EFE-NE-2026-${month}.csv`);
    // Opens in Excel as written: a UTF-8 file with its byte-order mark.
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain(efeId);
    expect(csv.text).toContain(efeHeadline);
  });
});

test('a kill blocks republishing, and the banner lists the use to take down until it is marked done', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);
  const { validFrom } = efeLicenceDates();
  // Arranged through the API: the licence and the use are what this test starts from, not what it is about.
  await host.api.call('licences.create', {
    provider: 'Reuters',
    reference: 'RTR-WEB-1',
    validFrom,
    channels: ['web'],
    attribution: '© {year} Thomson Reuters',
    killTakedownHours: 2,
  });
  await importThroughButton(ws, [fileFromDisk(reutersFirst)]);
  const id = await storyId(host, reutersHeadline);
  const first = await host.api.call('usage.record', { storyId: id, use: { channel: 'web', territory: 'GB' } });
  expect(first.recorded, JSON.stringify(first.decision.reasons)).toBe(true);

  const banner = page.getByRole('region', { name: 'Takedowns' });
  await expect(banner).toHaveCount(0);

  await importThroughButton(ws, [fileFromDisk(reutersKill)]);
  await expect(ws.importSummary).toContainText('0 added');

  await test.step('the banner says a use must come down, and lists it', async () => {
    await expect(banner).toContainText('1 use of a killed story must be taken down');
    const show = banner.getByRole('button', { name: 'Show' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await show.click();
    const row = banner.getByRole('listitem');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(reutersHeadline);
    await expect(row).toContainText('Web');
    await expect(row).toContainText('GB');
    await expect(row).toContainText('due by');
  });

  await test.step('the rights panel puts the kill first, and republishing cannot be overridden', async () => {
    await ws.story(reutersHeadline).click();
    const panel = rightsPanel(ws);
    await expect(panel.getByRole('list', { name: 'Restrictions' })).toContainText(/kill/i);
    await panel.getByRole('button', { name: 'Republish…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Republish' });
    await expect(dialog.getByRole('status', { name: 'Rights check' })).toContainText('Blocked');
    await expect(dialog).toContainText('A killed story cannot be republished.');
    await expect(dialog.getByRole('button', { name: 'Override and record' })).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Record use' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  await test.step('marked taken down, the banner goes', async () => {
    await banner.getByRole('button', { name: /^Mark taken down/ }).click();
    await expect(banner).toHaveCount(0);
  });
});

test('licence files: a bad one is refused with the reason, a good one imported, and every licence exported', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);
  await openLicences(ws);
  const { validFrom, validTo } = efeLicenceDates();

  await test.step('the form says what is missing next to each field', async () => {
    await page.getByRole('button', { name: 'New licence' }).click();
    const form = page.getByRole('region', { name: 'New licence' });
    await form.getByRole('button', { name: 'Create licence' }).click();
    await expect(form.getByLabel('Agency', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Agency', { exact: true })).toHaveAccessibleDescription(/Name the agency/);
    await expect(form).toContainText('Tick at least one channel.');
    // The first field in error takes the focus, for the keyboard.
    await expect(form.getByLabel('Agency', { exact: true })).toBeFocused();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toHaveCount(0);
  });

  const chooseFile = async (name: string, text: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import licences…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };

  await test.step('a file that is not a licence file changes nothing and says so', async () => {
    await chooseFile('not-licences.json', JSON.stringify({ format: 'something-else', licences: [] }));
    await expect(page.getByRole('alert')).toContainText('not-licences.json could not be imported');
    await expect(page.getByRole('table', { name: 'Licences on file' })).toHaveCount(0);
  });

  await test.step('a licence file is imported', async () => {
    const file = {
      format: 'copydesk-licences',
      version: 1,
      licences: [
        {
          provider: 'EFE',
          distributor: 'Acquire Media (NewsEdge)',
          reference: 'EFE-NE-2026',
          validFrom,
          validTo,
          channels: ['web', 'print'],
          attribution: '© {year} EFE News Services (U.S.) Inc.',
        },
        { provider: 'AFP', reference: 'AFP-OLD', validFrom: '2020-01-01', validTo: '2020-12-31', channels: ['print'], attribution: '© {year} AFP' },
      ],
    };
    await chooseFile('licences.json', JSON.stringify(file));
    await expect(page.getByRole('status').filter({ hasText: 'Imported licences.json' })).toContainText('2 new, 0 updated');
    const table = page.getByRole('table', { name: 'Licences on file' });
    await expect(table.getByRole('row', { name: /EFE-NE-2026/ })).toContainText('expires in 12 days');
    await expect(table.getByRole('row', { name: /AFP-OLD/ })).toContainText('expired');
  });

  await test.step('an expired licence, extended in the form, is active again', async () => {
    const row = page.getByRole('table', { name: 'Licences on file' }).getByRole('row', { name: /AFP-OLD/ });
    await row.getByRole('button', { name: 'Edit AFP-OLD' }).click();
    const form = page.getByRole('region', { name: 'Edit licence AFP-OLD' });
    await expect(form.getByLabel('Agency', { exact: true })).toHaveValue('AFP');
    await expect(form.getByLabel('Agency', { exact: true })).toBeFocused();
    await form.getByLabel('Valid to').fill(`${new Date().getUTCFullYear() + 1}-12-31`);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form).toHaveCount(0);
    await expect(row).toContainText('active');
  });

  await test.step('retiring a licence shows at once', async () => {
    const row = page.getByRole('table', { name: 'Licences on file' }).getByRole('row', { name: /AFP-OLD/ });
    await row.getByRole('button', { name: 'Retire AFP-OLD' }).click();
    await expect(row).toContainText('retired');
    await expect(row.getByRole('button', { name: 'Reinstate AFP-OLD' })).toBeVisible();
  });

  await test.step('the export is a licence file holding both', async () => {
    const exported = await downloadText(page, () => page.getByRole('button', { name: 'Export licences' }).click());
    expect(exported.name).toMatch(/^copydesk-licences-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(exported.text) as { format: string; licences: { reference: string; retired: boolean }[] };
    expect(parsed.format).toBe('copydesk-licences');
    expect(parsed.licences.map((licence) => [licence.reference, licence.retired]).sort()).toEqual([
      ['AFP-OLD', true],
      ['EFE-NE-2026', false],
    ]);
  });
});
