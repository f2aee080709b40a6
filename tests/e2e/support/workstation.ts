import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CopydeskHost } from './copydesk-host.ts';
import { testProfile } from './host-api.ts';
import type { WireCopy } from './wire-copy.ts';

/** A file as the file chooser hands it to the page. */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export function fileFromDisk(filePath: string): PickedFile {
  return { name: path.basename(filePath), mimeType: 'text/plain', buffer: readFileSync(filePath) };
}

export function fileFromCopy(copy: WireCopy): PickedFile {
  return { name: copy.name, mimeType: 'text/plain', buffer: Buffer.from(copy.text, 'utf8') };
}

export function emptyFile(name: string): PickedFile {
  return { name, mimeType: 'text/plain', buffer: Buffer.alloc(0) };
}

/** The parts of the workstation a test talks to, found the way a screen reader would. */
export function workstation(page: Page) {
  const importPanel = page.getByRole('region', { name: 'Import' });
  const readingPane = page.getByRole('region', { name: 'Reading pane' });
  return {
    page,
    searchBox: page.getByRole('searchbox', { name: 'Search the archive' }),
    resultCount: page.getByRole('status', { name: 'Story count' }),
    storyList: page.getByRole('listbox', { name: 'Stories' }),
    story: (headline: string | RegExp) => page.getByRole('option', { name: headline }),
    importButton: page.getByRole('button', { name: 'Import', exact: true }),
    importPanel,
    importSummary: importPanel.getByRole('status'),
    importResult: (fileName: string) => importPanel.getByRole('listitem').filter({ hasText: fileName }),
    readingPane,
    openStory: readingPane.getByRole('article'),
    storyHeadline: readingPane.getByRole('heading', { level: 2 }),
    /** A line of the story's wire details, by its term ("Agency", "Dateline", …). */
    fact: (term: string): Locator => readingPane.getByRole('region', { name: 'Wire details' }).getByLabel(term, { exact: true }),
    /** What the agency says of the whole story (killed, embargoed, withheld), above the copy. */
    stateBanner: readingPane.getByRole('alert'),
    versions: readingPane.getByRole('region', { name: 'Versions' }),
    /** A version in the chain by its number, counted from 1 for the oldest. */
    version: (n: number): Locator => readingPane.getByRole('region', { name: 'Versions' }).getByRole('button', { name: new RegExp(`^Version ${n}\\b`) }),
    /** A sidebar section: "Archive", "Ingest log", "Settings". */
    section: (name: string): Locator => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: new RegExp(`^${name}`) }),
    ingestLog: page.getByRole('region', { name: 'Ingest log' }),
    /** A line of the ingest log, by the file's name. */
    logEntry: (fileName: string): Locator =>
      page.getByRole('list', { name: 'Logged files' }).getByRole('listitem').filter({ hasText: fileName }),
    logEntries: page.getByRole('list', { name: 'Logged files' }).getByRole('listitem'),
    settings: page.getByRole('region', { name: 'Settings' }),
    /** The sidebar's bar for batches the services take in (watched folder, bulk ingest). */
    ingestProgress: page.getByRole('progressbar', { name: 'Ingest progress' }),
    /** First start: the modal asking who is at this laptop. */
    profileDialog: page.getByRole('dialog', { name: 'Who is at this desk?' }),
    translationDesk: page.getByRole('region', { name: 'Translation desk' }),
  };
}

export type Workstation = ReturnType<typeof workstation>;

/** Opens the launch URL and waits until the archive is on screen. */
export async function openWorkstation(page: Page, host: CopydeskHost): Promise<Workstation> {
  await page.goto(host.url);
  const ws = workstation(page);
  await expect(ws.searchBox).toBeVisible();
  return ws;
}

/**
 * Answers the first-start dialog as an editor does, for a page opened on an
 * archive that does not know its editor yet (`test.use({ firstStart: true })`,
 * or the Electron app on a fresh data folder), and waits for it to go.
 */
export async function answerFirstStart(ws: Workstation, profile: { name: string; initials?: string } = testProfile): Promise<void> {
  await expect(ws.profileDialog).toBeVisible();
  await ws.profileDialog.getByLabel('Your name').fill(profile.name);
  if (profile.initials !== undefined) await ws.profileDialog.getByLabel('Initials').fill(profile.initials);
  await ws.profileDialog.getByRole('button', { name: 'Start' }).click();
  await expect(ws.profileDialog).toHaveCount(0);
}

/** Opens a sidebar section and waits for it to be on screen. */
export async function openSection(ws: Workstation, name: 'Archive' | 'Ingest log' | 'Translation desk' | 'Settings'): Promise<void> {
  await ws.section(name).click();
  await expect(ws.section(name)).toHaveAttribute('aria-current', 'page');
}

/** Picks files through the Import button's file chooser, as an editor does, and waits for the result panel. */
export async function importThroughButton(ws: Workstation, files: PickedFile[]): Promise<void> {
  const chooser = ws.page.waitForEvent('filechooser');
  await ws.importButton.click();
  await (await chooser).setFiles(files);
  await expect(ws.importSummary).toContainText('Import finished');
}
