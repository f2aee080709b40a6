import type { CopydeskApi } from '../../../shared/api/client.ts';
import { expect, test } from '../support/fixtures.ts';
import { answerFirstStart, openSection, openWorkstation, workstation, type Workstation } from '../support/workstation.ts';
import { harvestStory, lighthouseStory, observatoryStory, type WireCopy } from '../support/wire-copy.ts';

test.describe('first start', () => {
  test.use({ firstStart: true });

  test('asks for a name and initials before anything else, once', async ({ page, host }) => {
    await page.goto(host.url);
    const ws = workstation(page);
    const dialog = ws.profileDialog;
    await expect(dialog).toBeVisible();

    await test.step('it cannot be dismissed without saving', async () => {
      await page.keyboard.press('Escape');
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Start' }).click();
      await expect(dialog.getByRole('alert')).toContainText('Give your name');
      await expect(dialog).toBeVisible();
    });

    await test.step('initials are suggested from the name, and can be changed', async () => {
      const name = dialog.getByLabel('Your name');
      const initials = dialog.getByLabel('Initials');
      await name.fill('María de la Fuente');
      await expect(initials).toHaveValue('MF');
      await name.fill('Jean-Pierre Dupont');
      await expect(initials).toHaveValue('JPD');
      await initials.fill('jp');
      await expect(initials).toHaveValue('JP');
      // Initials written by hand stay when the name changes.
      await name.fill('Jean-Pierre Dupont-Lévy');
      await expect(initials).toHaveValue('JP');
      await dialog.getByRole('button', { name: 'Start' }).click();
    });

    await expect(dialog).toHaveCount(0);
    await ws.searchBox.fill('anything');
    await expect(ws.searchBox).toHaveValue('anything');
    expect((await host.api.call('user.get', {})).profile).toEqual({ name: 'Jean-Pierre Dupont-Lévy', initials: 'JP' });

    await test.step('after a reload the workstation opens straight away, and Settings can change the name', async () => {
      await page.reload();
      await openSection(ws, 'Settings');
      const yourName = ws.settings.getByRole('region', { name: 'Your name' });
      // The name shown in Settings proves the profile was read; the dialog did not come back for it.
      await expect(yourName.getByLabel('Your name')).toHaveValue('Jean-Pierre Dupont-Lévy');
      await expect(ws.profileDialog).toHaveCount(0);
      await yourName.getByLabel('Your name').fill('Ana Ruiz');
      await expect(yourName.getByLabel('Initials')).toHaveValue('JP');
      await yourName.getByLabel('Initials').fill('');
      await yourName.getByLabel('Your name').fill('Ana Ruiz Soto');
      await expect(yourName.getByLabel('Initials')).toHaveValue('ARS');
      await yourName.getByRole('button', { name: 'Update name' }).click();
      await expect(yourName.getByRole('status')).toHaveText('saved');
      await expect.poll(async () => (await host.api.call('user.get', {})).profile).toEqual({ name: 'Ana Ruiz Soto', initials: 'ARS' });
    });
  });

  test('initials left to Copydesk are the ones it suggested', async ({ page, host }) => {
    const ws = workstation(page);
    await page.goto(host.url);
    await answerFirstStart(ws, { name: 'Mark Potter' });
    expect((await host.api.call('user.get', {})).profile).toEqual({ name: 'Mark Potter', initials: 'MP' });
  });
});

interface Arranged {
  lighthouse: { id: string; headline: string };
  harvest: { id: string; headline: string };
}

/** Two stories with flags in every status and a comment thread, made through the API as another window would. */
async function arrange(api: CopydeskApi): Promise<Arranged> {
  const ingest = async (copy: WireCopy) => {
    const result = await api.call('ingest.file', { name: copy.name, dataBase64: Buffer.from(copy.text, 'utf8').toString('base64') });
    const id = result.storyIds[0];
    if (result.status !== 'added' || !id) throw new Error(`${copy.name} was not added: ${result.error ?? result.status}`);
    await api.call('story.text.open', { storyId: id });
    const { story } = await api.call('story.get', { id });
    return { id, headline: story.headline };
  };
  const lighthouse = await ingest(lighthouseStory);
  const harvest = await ingest(harvestStory);
  // A story nobody touched, for the list to show beside them.
  await ingest(observatoryStory);

  await api.call('flags.create', {
    storyId: lighthouse.id,
    markId: 'flag:lighthouse-1',
    sourceText: 'The work, paid for by a coastal resilience grant, begins in January.',
    sourceLanguage: 'en',
    targetLanguage: 'es',
    note: 'For the Madrid desk',
  });
  const french = await api.call('flags.create', {
    storyId: lighthouse.id,
    markId: 'flag:lighthouse-2',
    sourceText: 'Storm surges last autumn cracked the foundation of the Bodie Island light.',
    sourceLanguage: 'en',
    targetLanguage: 'fr',
  });
  await api.call('flags.update', { flagId: french.id, translation: 'Les tempêtes ont fissuré les fondations du phare.' });
  const started = await api.call('flags.create', {
    storyId: harvest.id,
    markId: 'flag:harvest-1',
    sourceText: 'Traders in New York pushed benchmark futures to a two-month high on the news.',
    sourceLanguage: 'en',
    targetLanguage: 'es',
  });
  await api.call('flags.update', { flagId: started.id, status: 'in_progress' });
  const approved = await api.call('flags.create', {
    storyId: harvest.id,
    markId: 'flag:harvest-2',
    sourceText: 'Conab now expects 38.2 million 60-kg bags of arabica.',
    sourceLanguage: 'en',
    targetLanguage: 'es',
  });
  await api.call('flags.update', { flagId: approved.id, translation: 'Conab espera ahora 38,2 millones de sacos de arábica.' });
  await api.call('flags.update', { flagId: approved.id, status: 'approved' });
  await api.call('annotations.create', {
    storyId: harvest.id,
    markId: 'comment:harvest-1',
    quote: 'dry October',
    text: 'Which month exactly? Check with Conab.',
  });
  return { lighthouse, harvest };
}

/** A status or language choice on the desk, by what it says: "Flagged, 1 flag", "Spanish (es), 3 flags". */
function choice(ws: Workstation, label: string, count: number) {
  return ws.translationDesk.getByRole('radio', { name: `${label}, ${count} ${count === 1 ? 'flag' : 'flags'}`, exact: true });
}

test('the translation desk lists every flag, filters by status and language with counts, and opens a story', async ({ page, host }) => {
  const { lighthouse, harvest } = await arrange(host.api);
  const ws = await openWorkstation(page, host);
  const desk = ws.translationDesk;
  const rows = desk.getByRole('list', { name: 'Flags' }).getByRole('listitem');

  await test.step('the archive list shows each story’s flags by status and its open threads', async () => {
    const lighthouseRow = ws.story(lighthouse.headline);
    const harvestRow = ws.story(harvest.headline);
    await expect(lighthouseRow.getByTitle('1 flag to translate')).toHaveText(/1 to translate/);
    await expect(lighthouseRow.getByTitle('1 flag translated')).toBeVisible();
    await expect(lighthouseRow.getByTitle(/open comment thread/)).toHaveCount(0);
    await expect(harvestRow.getByTitle('1 flag in translation')).toBeVisible();
    await expect(harvestRow.getByTitle('1 flag approved')).toBeVisible();
    await expect(harvestRow.getByTitle('1 open comment thread')).toBeVisible();
    await expect(harvestRow.getByTitle(/to translate/)).toHaveCount(0);
    // Chips share the meta line, which stays one line, as on the untouched story's row.
    await expect(ws.storyList.getByRole('option')).toHaveCount(3);
    const metaHeights = await ws.storyList
      .getByRole('option')
      .evaluateAll((options) => options.map((option) => option.firstElementChild?.nextElementSibling?.getBoundingClientRect().height ?? 0));
    expect(new Set(metaHeights).size, `meta line heights ${metaHeights.join(', ')}`).toBe(1);
  });

  await test.step('the sidebar counts the passages still to translate', async () => {
    await expect(ws.section('Translation desk')).toContainText('2 to translate');
  });

  await openSection(ws, 'Translation desk');
  await test.step('every flag, oldest first, with its story, passage, languages, status, note and author', async () => {
    await expect(rows).toHaveCount(4);
    await expect(desk.getByRole('status', { name: 'Flag count' })).toHaveText('4 flags');
    const first = rows.nth(0);
    await expect(first).toContainText(lighthouse.headline);
    await expect(first).toContainText('coastal resilience grant');
    await expect(first).toContainText('Flagged');
    await expect(first).toContainText('English (en) into Spanish (es)');
    await expect(first).toContainText('For the Madrid desk');
    await expect(first).toContainText('Test Editor');
    await expect(rows.nth(1)).toContainText('Translated');
    await expect(rows.nth(1)).toContainText('Les tempêtes');
    await expect(rows.nth(2)).toContainText('In progress');
    await expect(rows.nth(3)).toContainText('Approved');
    await expect(choice(ws, 'All', 4)).toBeChecked();
    await expect(choice(ws, 'Flagged', 1)).toBeVisible();
    await expect(choice(ws, 'In progress', 1)).toBeVisible();
    await expect(choice(ws, 'Translated', 1)).toBeVisible();
    await expect(choice(ws, 'Approved', 1)).toBeVisible();
    await expect(choice(ws, 'All languages', 4)).toBeChecked();
    await expect(choice(ws, 'Spanish (es)', 3)).toBeVisible();
    await expect(choice(ws, 'French (fr)', 1)).toBeVisible();
  });

  await test.step('a target language narrows the list, and the status counts follow it', async () => {
    await choice(ws, 'Spanish (es)', 3).check();
    await expect(rows).toHaveCount(3);
    await expect(desk.getByRole('status', { name: 'Flag count' })).toHaveText('3 flags');
    await expect(choice(ws, 'All', 3)).toBeChecked();
    await expect(choice(ws, 'Translated', 0)).toBeVisible();
    await expect(choice(ws, 'Flagged', 1)).toBeVisible();
    await expect(rows.filter({ hasText: 'Les tempêtes' })).toHaveCount(0);
  });

  await test.step('a status narrows it further, and the language counts follow the status', async () => {
    await choice(ws, 'Approved', 1).check();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('38.2 million');
    await expect(choice(ws, 'Spanish (es)', 1)).toBeChecked();
    await expect(choice(ws, 'All languages', 1)).toBeVisible();
    await choice(ws, 'All languages', 1).check();
    await choice(ws, 'All', 4).check();
    await expect(rows).toHaveCount(4);
  });

  await test.step('a flag made in another window shows up, and the sidebar count with it', async () => {
    await host.api.call('flags.create', {
      storyId: harvest.id,
      markId: 'flag:harvest-3',
      sourceText: 'Roasters in Europe said they had already covered most of their needs.',
      sourceLanguage: 'en',
      targetLanguage: 'pt-BR',
    });
    await expect(rows).toHaveCount(5);
    await expect(rows.last()).toContainText('Roasters in Europe');
    await expect(choice(ws, 'Flagged', 2)).toBeVisible();
    await expect(ws.section('Translation desk')).toContainText('3 to translate');
  });

  await test.step('a row opens its story in the archive', async () => {
    await rows.filter({ hasText: 'two-month high' }).click();
    await expect(ws.section('Archive')).toHaveAttribute('aria-current', 'page');
    await expect(ws.storyHeadline).toContainText(harvest.headline);
  });
});
