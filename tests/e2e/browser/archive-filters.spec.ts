import path from 'node:path';
import { efeSample, repoRoot } from '../../support/paths.ts';
import { archiveTools, localToday, storiesCount } from '../support/archive-tools.ts';
import { expect, test } from '../support/fixtures.ts';
import { reutersFirst, reutersFirstText, reutersHeadline, reutersSecond } from '../support/samples.ts';
import { retype, storyEditor } from '../support/story-editor.ts';
import { fileFromCopy, fileFromDisk, importThroughButton, openWorkstation } from '../support/workstation.ts';
import { harvestStory, lighthouseStory, observatoryStory } from '../support/wire-copy.ts';

const wire = path.join(repoRoot, 'tests/fixtures/wire');

/**
 * Seven stories from five agencies in four languages: AFP (fr), dpa (de),
 * EFE (es, and en through Acquire Media), AP (en), Reuters (en, twice: a
 * Paris story and the Illinois flood story in two versions, the second a
 * cancellation).
 */
const archiveFiles = [
  path.join(wire, 'afp-paris-fr.txt'),
  path.join(wire, 'dpa-berlin-de.txt'),
  path.join(wire, 'efe-madrid-es-cp1252.txt'),
  path.join(wire, 'ap-washington-bom.txt'),
  path.join(wire, 'reuters-paris-headline-crlf.txt'),
  efeSample,
  reutersFirst,
  reutersSecond,
];
const reutersParis = /French factory output rebounds/;
const afpParis = /Le gouvernement a présenté mercredi/;
const efeAcquireMedia = /Russian President Vladimir Putin warned/;
const apSenate = /Senate passes stopgap bill/;

test('an editor narrows the archive with filters and dates, reads an older version, spikes a story and restores it', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);
  const tools = archiveTools(page);
  const flood = ws.story(reutersHeadline);

  await test.step('import stories from five agencies in four languages, and both Reuters versions', async () => {
    await importThroughButton(ws, archiveFiles.map(fileFromDisk));
    await expect(ws.importSummary).toContainText('7 added');
    await expect(ws.importSummary).toContainText('1 new version');
    await page.getByRole('button', { name: 'Close import results' }).click();
    await expect(ws.resultCount).toHaveText('7 stories');
  });

  await test.step('each filter lists its values with their counts', async () => {
    await expect(tools.facetValue('Agency', 'Reuters')).toHaveAccessibleName(`Reuters, ${storiesCount(2)}`);
    await expect(tools.facetValue('Agency', 'EFE')).toHaveAccessibleName(`EFE, ${storiesCount(2)}`);
    await expect(tools.facetValue('Agency', 'AFP')).toHaveAccessibleName(`AFP, ${storiesCount(1)}`);
    await expect(tools.facetValue('Agency', 'dpa')).toHaveAccessibleName(`dpa, ${storiesCount(1)}`);
    await expect(tools.facetValue('Agency', 'AP')).toHaveAccessibleName(`AP, ${storiesCount(1)}`);
    await expect(tools.facetValue('Language', /English/)).toHaveAccessibleName(/^English.*, 4 stories$/);
    await expect(tools.facetValue('Language', /French/)).toHaveAccessibleName(/^French.*, 1 story$/);
    await expect(tools.facetValue('Distributor', 'Acquire Media (NewsEdge)')).toHaveAccessibleName(/, 1 story$/);
    await expect(tools.facetValue('Status', 'usable')).toHaveAccessibleName(`usable, ${storiesCount(6)}`);
    await expect(tools.facetValue('Status', 'killed')).toHaveAccessibleName(`killed, ${storiesCount(1)}`);
    // The pill an editor sees carries the same number.
    await expect(tools.facet('Agency').locator('label').filter({ hasText: 'Reuters' })).toContainText('2');
    await expect(tools.clearFilters).toBeDisabled();
  });

  await test.step('search a word: the counts are now of its matches', async () => {
    await ws.searchBox.fill('Paris');
    await expect(ws.resultCount).toHaveText('2 stories');
    await expect(tools.facetValue('Agency', 'Reuters')).toHaveAccessibleName(`Reuters, ${storiesCount(1)}`);
    await expect(tools.facetValue('Agency', 'AFP')).toHaveAccessibleName(`AFP, ${storiesCount(1)}`);
    await expect(tools.facetValue('Agency', 'dpa')).toHaveCount(0);
    await expect(tools.facetValue('Language', /English/)).toHaveAccessibleName(/, 1 story$/);
    await expect(tools.facetValue('Language', /French/)).toHaveAccessibleName(/, 1 story$/);
  });

  await test.step('filter by an agency: the list narrows and the other filters recount', async () => {
    await tools.facetValue('Agency', 'Reuters').check();
    await expect(ws.resultCount).toHaveText('1 story');
    await expect(ws.story(reutersParis)).toBeVisible();
    await expect(ws.story(afpParis)).toHaveCount(0);
    await expect(tools.facetValue('Agency', 'Reuters')).toBeChecked();
    // An agency's own counts say what ticking another would give.
    await expect(tools.facetValue('Agency', 'AFP')).toHaveAccessibleName(`AFP, ${storiesCount(1)}`);
    // Languages are counted within Reuters now: no French.
    await expect(tools.facetValue('Language', /French/)).toHaveCount(0);
    await expect(tools.facetValue('Language', /English/)).toHaveAccessibleName(/, 1 story$/);
    await expect(tools.clearFilters).toBeEnabled();

    // Without the word, Reuters' two stories: one usable, one killed.
    await ws.searchBox.fill('');
    await expect(ws.resultCount).toHaveText('2 stories');
    await expect(tools.facetValue('Status', 'usable')).toHaveAccessibleName(`usable, ${storiesCount(1)}`);
    await expect(tools.facetValue('Status', 'killed')).toHaveAccessibleName(`killed, ${storiesCount(1)}`);
    await expect(tools.facetValue('Language', /English/)).toHaveAccessibleName(/, 2 stories$/);
  });

  await test.step('received today keeps the list; a range in the past empties it', async () => {
    const today = localToday();
    await tools.receivedFrom.fill(today);
    await tools.receivedTo.fill(today);
    await expect(ws.resultCount).toHaveText('2 stories');
    await expect(flood).toBeVisible();

    await tools.receivedFrom.fill('2020-01-01');
    await tools.receivedTo.fill('2020-01-31');
    await expect(ws.resultCount).toHaveText('0 stories');
    await expect(page.getByText('No story matches these filters.')).toBeVisible();
    // The chosen agency stays listed at 0, so it can be unticked.
    await expect(tools.facetValue('Agency', 'Reuters')).toHaveAccessibleName(`Reuters, ${storiesCount(0)}`);
    await expect(tools.facetValue('Agency', 'Reuters')).toBeChecked();

    await tools.clearFilters.click();
    await expect(ws.resultCount).toHaveText('7 stories');
    await expect(tools.facetValue('Agency', 'Reuters')).not.toBeChecked();
    await expect(tools.receivedFrom).toHaveValue('');
    await expect(tools.receivedTo).toHaveValue('');
  });

  await test.step('open the story with two versions and switch to the older one', async () => {
    await flood.click();
    await expect(ws.version(2)).toHaveAttribute('aria-current', 'true');
    await ws.version(1).click();
    await expect(ws.version(1)).toHaveAttribute('aria-current', 'true');
    await expect(ws.openStory.locator('.story-body')).toContainText(reutersFirstText);
    await expect(ws.readingPane.getByText('You are reading version 1 of 2')).toBeVisible();
  });

  await test.step('x marks the story, Spike takes it out of the list', async () => {
    await expect(tools.selectionBar).toHaveCount(0);
    await page.keyboard.press('x');
    await expect(tools.selectionBar).toContainText('1 selected');
    await expect(flood).toHaveAttribute('aria-checked', 'true');
    await expect(tools.markedRows).toHaveCount(1);
    await tools.selectionAction('Spike').click();

    await expect(flood).toHaveCount(0);
    await expect(ws.resultCount).toHaveText('6 stories');
    await expect(tools.selectionBar).toContainText('Spiked 1 story');
    await expect(tools.viewTab('Spiked')).toContainText('1');
    // The open story says it is spiked, and offers to restore it.
    await expect(ws.readingPane.getByText(/^spiked$/i)).toBeVisible();
    await expect(tools.storyAction('Restore')).toBeVisible();
    // Spiked stories are counted out of the archive's filters too.
    await expect(tools.facetValue('Agency', 'Reuters')).toHaveAccessibleName(`Reuters, ${storiesCount(1)}`);
  });

  await test.step('the Spiked view lists it, struck through', async () => {
    await tools.viewTab('Spiked').click();
    await expect(tools.viewTab('Spiked')).toHaveAttribute('aria-selected', 'true');
    await expect(tools.viewTab('Archive')).toHaveAttribute('aria-selected', 'false');
    await expect(ws.resultCount).toHaveText('1 story');
    await expect(flood).toBeVisible();
    await expect(flood).toContainText(/spiked/i);
    await expect(flood.locator('.story-row-headline')).toHaveCSS('text-decoration-line', 'line-through');
    await page.screenshot({ path: test.info().outputPath('spiked-view.png') });
  });

  await test.step('restore it from the Spiked view', async () => {
    await flood.click();
    await page.keyboard.press('x');
    await expect(tools.selectionBar).toContainText('1 selected');
    await tools.selectionAction('Restore').click();
    await expect(flood).toHaveCount(0);
    await expect(page.getByText('Nothing is spiked.')).toBeVisible();
    await expect(ws.resultCount).toHaveText('0 stories');
    await expect(tools.selectionBar).toContainText('Restored 1 story');
  });

  await test.step('back in the Archive view it is there again', async () => {
    await tools.viewTab('Archive').click();
    await expect(ws.resultCount).toHaveText('7 stories');
    await expect(flood).toBeVisible();
    await expect(flood).not.toContainText(/spiked/i);
    await expect(tools.viewTab('Spiked')).not.toContainText(/\d/);
    await expect(tools.storyAction('Spike')).toBeVisible();
    await expect(ws.readingPane.getByText(/^spiked$/i)).toHaveCount(0);
  });

  await test.step('screenshot of the archive with a filter on and stories marked', async () => {
    await tools.facetValue('Language', /English/).check();
    await expect(ws.resultCount).toHaveText('4 stories');
    await ws.story(reutersParis).click();
    await page.keyboard.press('x');
    await page.keyboard.press('Shift+J');
    await expect(tools.selectionBar).toContainText('2 selected');
    await page.screenshot({ path: test.info().outputPath('archive-filters.png') });
  });
});

test('saved searches, best match, the search notice, and marking a range', async ({ page, context, host }) => {
  const ws = await openWorkstation(page, host);
  const tools = archiveTools(page);
  await importThroughButton(ws, [
    ...[lighthouseStory, harvestStory, observatoryStory].map(fileFromCopy),
    fileFromDisk(path.join(wire, 'afp-paris-fr.txt')),
    fileFromDisk(path.join(wire, 'reuters-paris-headline-crlf.txt')),
  ]);
  await page.getByRole('button', { name: 'Close import results' }).click();
  await expect(ws.resultCount).toHaveText('5 stories');

  await test.step('best match waits for words; Newest is the order otherwise', async () => {
    await expect(tools.order('Newest')).toHaveAttribute('aria-pressed', 'true');
    await expect(tools.order('Best match')).toBeDisabled();
    await ws.searchBox.fill('Paris');
    await expect(tools.order('Best match')).toBeEnabled();
    await tools.order('Best match').click();
    await expect(tools.order('Best match')).toHaveAttribute('aria-pressed', 'true');
    await expect(tools.order('Newest')).toHaveAttribute('aria-pressed', 'false');
    await expect(ws.resultCount).toHaveText('2 stories');
  });

  await test.step('a query the search could not take as typed says what it made of it', async () => {
    await expect(tools.searchNotice).toHaveText('');
    await ws.searchBox.fill('(Paris');
    await expect(tools.searchNotice).toContainText('The unclosed "(" was closed at the end.');
    await expect(ws.resultCount).toHaveText('2 stories');
    await ws.searchBox.fill('Paris');
    await expect(tools.searchNotice).toHaveText('');
  });

  await test.step('save the search with a filter, under a name', async () => {
    await expect(tools.savedSearches).toContainText('None yet.');
    await tools.facetValue('Agency', 'AFP').check();
    await expect(ws.resultCount).toHaveText('1 story');
    await tools.saveSearchButton.click();
    const name = tools.savedSearches.getByRole('textbox', { name: 'Name of the search' });
    await expect(name).toHaveValue('Paris');
    await name.fill('Paris, AFP only');
    await name.press('Enter');
    const saved = tools.savedSearch('Paris, AFP only');
    await expect(saved).toBeVisible();
    await expect(saved.getByRole('button').first()).toHaveAttribute('aria-current', 'true');
    await expect(saved).toContainText('“Paris” · AFP · best match');
  });

  await test.step('another window learns of it without a reload', async () => {
    const other = await context.newPage();
    await openWorkstation(other, host);
    await expect(archiveTools(other).savedSearch('Paris, AFP only')).toBeVisible();
    await other.close();
  });

  await test.step('pressing a saved search brings back its words, filters and order', async () => {
    await tools.clearFilters.click();
    await ws.searchBox.fill('');
    await expect(ws.resultCount).toHaveText('5 stories');
    await expect(tools.order('Newest')).toHaveAttribute('aria-pressed', 'true');
    const saved = tools.savedSearch('Paris, AFP only');
    await expect(saved.getByRole('button').first()).not.toHaveAttribute('aria-current', 'true');
    await saved.getByRole('button').first().click();
    await expect(ws.searchBox).toHaveValue('Paris');
    await expect(tools.facetValue('Agency', 'AFP')).toBeChecked();
    await expect(tools.order('Best match')).toHaveAttribute('aria-pressed', 'true');
    await expect(ws.resultCount).toHaveText('1 story');
    await expect(ws.story(afpParis)).toBeVisible();
    await expect(saved.getByRole('button').first()).toHaveAttribute('aria-current', 'true');
  });

  await test.step('delete it', async () => {
    await tools.savedSearches.getByRole('button', { name: 'Delete saved search “Paris, AFP only”' }).click();
    await expect(tools.savedSearch('Paris, AFP only')).toHaveCount(0);
    await expect(tools.savedSearches).toContainText('None yet.');
  });

  await test.step('Shift+j marks a range from the row the keyboard is on; Escape unmarks all', async () => {
    await tools.clearFilters.click();
    await ws.searchBox.fill('');
    await page.keyboard.press('Escape');
    await expect(ws.resultCount).toHaveText('5 stories');
    const options = ws.storyList.getByRole('option');
    await page.keyboard.press('j');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Shift+J');
    await page.keyboard.press('Shift+J');
    await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
    await expect(tools.markedRows).toHaveCount(3);
    await expect(tools.selectionBar).toContainText('3 selected');
    // Back up: the range shrinks.
    await page.keyboard.press('Shift+K');
    await expect(tools.markedRows).toHaveCount(2);
    await page.keyboard.press('Escape');
    await expect(tools.markedRows).toHaveCount(0);
    await expect(tools.selectionBar).toHaveCount(0);
    // j and k still move the one selected row, as before.
    await page.keyboard.press('j');
    await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  });

  await test.step('Shift+click marks a range; Spike takes them all out, Undo puts them back', async () => {
    const options = ws.storyList.getByRole('option');
    const first = (await options.nth(0).locator('.story-row-headline').textContent()) ?? '';
    await options.nth(0).click();
    await page.keyboard.press('x');
    await options.nth(3).click({ modifiers: ['Shift'] });
    await expect(tools.markedRows).toHaveCount(4);
    await expect(tools.selectionBar).toContainText('4 selected');
    await tools.selectionAction('Spike').click();
    await expect(ws.resultCount).toHaveText('1 story');
    await expect(tools.selectionBar).toContainText('Spiked 4 stories');
    await expect(tools.viewTab('Spiked')).toContainText('4');
    await tools.selectionAction('Undo').click();
    await expect(ws.resultCount).toHaveText('5 stories');
    await expect(ws.story(first)).toBeVisible();
    await expect(tools.viewTab('Spiked')).not.toContainText(/\d/);
  });
});

test('the Rights and Editing filters: licences made elsewhere recount them, and an edited or commented story is found', async ({ page, host }) => {
  const ws = await openWorkstation(page, host);
  const tools = archiveTools(page);
  await importThroughButton(ws, archiveFiles.map(fileFromDisk));
  await expect(ws.importSummary).toContainText('7 added');
  await page.getByRole('button', { name: 'Close import results' }).click();
  await expect(ws.resultCount).toHaveText('7 stories');
  const { items } = await host.api.call('archive.search', { query: '' });
  const idOf = (provider: string) => items.find((story) => story.provider === provider)!.id;

  await test.step('no licence on file: every story says so', async () => {
    await expect(tools.facetValue('Rights', 'No licence on file')).toHaveAccessibleName(`No licence on file, ${storiesCount(7)}`);
    await expect(tools.facetValue('Rights', 'Licensed')).toHaveCount(0);
    await expect(tools.facet('Editing')).toContainText('None in these stories');
  });

  const validFrom = `${new Date().getUTCFullYear()}-01-01`;
  let reuters = '';
  await test.step('licences created through the API (another window, the command line) recount the Rights group at once', async () => {
    await host.api.call('licences.create', { provider: 'EFE', distributor: 'Acquire Media', reference: 'EFE-NE', validFrom, channels: ['web'], attribution: '© {year} EFE' });
    reuters = (await host.api.call('licences.create', { provider: 'Reuters', reference: 'RTR-ALL', validFrom, channels: ['web'], attribution: '© Reuters' })).id;
    await host.api.call('licences.create', {
      provider: 'AP',
      reference: 'AP-PRESS',
      validFrom,
      channels: ['print'],
      attribution: '© {year} AP',
      matchCopyright: 'The Associated Press',
    });
    // EFE through Acquire Media, both Reuters stories, AP by its copyright line; AFP, dpa and the EFE story sent direct are not covered.
    await expect(tools.facetValue('Rights', 'Licensed')).toHaveAccessibleName(`Licensed, ${storiesCount(4)}`);
    await expect(tools.facetValue('Rights', 'No licence on file')).toHaveAccessibleName(`No licence on file, ${storiesCount(3)}`);
  });

  await test.step('ticking "No licence on file" lists only the stories no licence covers', async () => {
    await tools.facetValue('Rights', 'No licence on file').check();
    await expect(ws.resultCount).toHaveText('3 stories');
    await expect(ws.story(afpParis)).toBeVisible();
    await expect(ws.story(efeAcquireMedia)).toHaveCount(0);
    await expect(ws.story(reutersParis)).toHaveCount(0);
    await expect(ws.story(apSenate)).toHaveCount(0);
    // The agencies are counted among them.
    await expect(tools.facetValue('Agency', 'Reuters')).toHaveCount(0);
    await expect(tools.facetValue('Agency', 'EFE')).toHaveAccessibleName(`EFE, ${storiesCount(1)}`);
    // Its own counts still say what ticking the other would give.
    await expect(tools.facetValue('Rights', 'Licensed')).toHaveAccessibleName(`Licensed, ${storiesCount(4)}`);

    // An editor assigns the dpa story to the Reuters licence: it leaves the list.
    await host.api.call('rights.assign', { storyId: idOf('dpa'), licenceId: reuters });
    await expect(ws.resultCount).toHaveText('2 stories');
    await expect(tools.facetValue('Rights', 'Licensed')).toHaveAccessibleName(`Licensed, ${storiesCount(5)}`);
    await tools.clearFilters.click();
    await expect(ws.resultCount).toHaveText('7 stories');
  });

  await test.step('a comment and a flag made elsewhere show in the Editing group', async () => {
    const afp = idOf('AFP');
    await host.api.call('story.text.open', { storyId: afp });
    await host.api.call('annotations.create', { storyId: afp, markId: 'comment:afp-1', quote: 'gouvernement', text: 'Which ministry?' });
    await expect(tools.facetValue('Editing', 'Open comments')).toHaveAccessibleName(`Open comments, ${storiesCount(1)}`);
    const dpa = idOf('dpa');
    await host.api.call('story.text.open', { storyId: dpa });
    await host.api.call('flags.create', { storyId: dpa, markId: 'flag:dpa-1', sourceText: 'Berlin', targetLanguage: 'en' });
    await expect(tools.facetValue('Editing', 'Translation flags')).toHaveAccessibleName(`Translation flags, ${storiesCount(1)}`);
  });

  await test.step('an edited story is found with Edited', async () => {
    await ws.story(apSenate).click();
    const editor = storyEditor(page);
    await editor.editTab.click();
    await expect(editor.text).toContainText('stopgap spending bill');
    await retype(page, editor, 'stopgap spending bill', 'stopgap funding bill');
    await expect(tools.facetValue('Editing', 'Edited')).toHaveAccessibleName(`Edited, ${storiesCount(1)}`);
    await tools.facetValue('Editing', 'Edited').check();
    await expect(ws.resultCount).toHaveText('1 story');
    await expect(ws.story(apSenate)).toBeVisible();
    await tools.facetValue('Editing', 'Open comments').check();
    await expect(ws.resultCount).toHaveText('2 stories');
    await expect(ws.story(afpParis)).toBeVisible();
    await expect(tools.facetValue('Editing', 'Edited')).toBeChecked();
  });

  await test.step('kept in a saved search with the other filters', async () => {
    await tools.facetValue('Rights', 'Licensed').check();
    await expect(ws.resultCount).toHaveText('1 story');
    await tools.saveSearchButton.click();
    const name = tools.savedSearches.getByRole('textbox', { name: 'Name of the search' });
    await expect(name).toHaveValue('licensed · edited, open comments');
    await name.press('Enter');
    await tools.clearFilters.click();
    await expect(ws.resultCount).toHaveText('7 stories');
    await tools.savedSearch('licensed · edited, open comments').getByRole('button').first().click();
    await expect(ws.resultCount).toHaveText('1 story');
    await expect(tools.facetValue('Rights', 'Licensed')).toBeChecked();
    await expect(tools.facetValue('Editing', 'Open comments')).toBeChecked();
    await expect(ws.story(apSenate)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('rights-editing-filters.png') });
  });
});
