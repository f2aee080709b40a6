import path from 'node:path';
import { repoRoot } from '../../support/paths.ts';
import { expect, test } from '../support/fixtures.ts';
import { openInEditor, retype, selectAcross, selectWords } from '../support/story-editor.ts';
import { observatoryStory } from '../support/wire-copy.ts';

/**
 * The editor's day with one story (issue 5): edit a paragraph, comment on a
 * phrase, reply, resolve; flag two paragraphs for translation into Spanish,
 * translate one and approve it; reload — everything is still there, the wire
 * copy is as the agency sent it, and the diff shows the edit.
 */
const QUOTE_PARAGRAPH_START = '"For the first time we can look for water';
const SPANISH = 'El instrumento, construido durante nueve años por un consorcio de 14 institutos, comenzará sus observaciones regulares en abril.';

test('edit, comment, reply, resolve, flag two paragraphs into Spanish, translate, approve, and find it all after a reload', async ({ page, host }) => {
  const result = await host.api.call('ingest.file', { name: observatoryStory.name, dataBase64: Buffer.from(observatoryStory.text).toString('base64') });
  expect(result.status).toBe('added');
  const editor = await openInEditor(page, host);
  const comments = editor.desk.getByRole('list', { name: 'Comment threads' });
  const flags = editor.desk.getByRole('list', { name: 'Translation flags' });

  await test.step('edit a paragraph', async () => {
    await retype(page, editor, 'March', 'April');
    await expect(editor.text).toContainText('will start regular observations in April.');
  });

  await test.step('comment on a phrase with Ctrl+Alt+M, reply, resolve', async () => {
    await selectWords(editor.text, 'consortium of 14 institutes');
    await page.keyboard.press('Control+Alt+KeyM');
    const composer = page.getByRole('dialog', { name: 'New comment' });
    await composer.getByRole('textbox', { name: 'Comment' }).fill('Which institutes? Name the lead one.');
    await composer.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(composer).toHaveCount(0);

    const thread = comments.getByRole('article', { name: 'Comment thread on “consortium of 14 institutes”' });
    await expect(thread).toContainText('Which institutes? Name the lead one.');
    await expect(editor.text.locator('mark[data-kind~="comment"]')).toHaveText('consortium of 14 institutes');

    await thread.getByRole('textbox', { name: 'Reply' }).fill('ESO leads; added to the copy desk note.');
    await thread.getByRole('button', { name: 'Reply', exact: true }).click();
    await expect(thread).toContainText('ESO leads; added to the copy desk note.');
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await expect(thread.getByRole('button', { name: 'Reopen' })).toBeVisible();
  });

  await test.step('flag the second and third paragraphs for translation into Spanish', async () => {
    await selectAcross(editor.text, 'built over nine years', 'said project scientist');
    await editor.toolbar.getByRole('button', { name: 'Flag paragraphs' }).click();
    const form = page.getByRole('dialog', { name: 'Flag 2 paragraphs for translation' });
    await form.getByRole('combobox', { name: 'Target language' }).selectOption('es');
    await form.getByRole('textbox', { name: 'Note' }).fill('For the Latin America edition');
    await form.getByRole('button', { name: 'Flag', exact: true }).click();
    await expect(form).toHaveCount(0);
    await expect(flags.getByRole('article')).toHaveCount(2);
    // The passages are marked in the text (the comment's words carry both marks).
    await expect(editor.text.locator('mark[data-kind~="flag"]', { hasText: 'For the first time we can look for water' })).toBeVisible();
    await expect(editor.text.locator('mark[data-kind="comment flag"]')).toHaveText('consortium of 14 institutes');
  });

  await test.step('translate the first flagged paragraph and approve it', async () => {
    const first = flags.getByRole('article', { name: /^Flag on “The instrument, built over nine years/ });
    await expect(first).toContainText('en → es');
    await first.getByRole('textbox', { name: 'Translation' }).fill(SPANISH);
    await first.getByRole('button', { name: 'Save translation' }).click();
    await expect(first).toHaveAttribute('data-status', 'translated');
    await first.getByRole('button', { name: 'Approve' }).click();
    await expect(first).toHaveAttribute('data-status', 'approved');
  });

  await expect(editor.saveState).toHaveText('Saved');
  await test.step('screenshot of the editor with a comment thread and translation flags, for the README', async () => {
    await editor.deskTab('Translation').click();
    await page.screenshot({ path: path.join(repoRoot, 'docs/story-editor.png') });
  });
  await page.reload();
  const again = await openInEditor(page, host);

  await test.step('after a reload: the edit, the resolved thread with its reply, the two flags', async () => {
    await expect(again.text).toContainText('will start regular observations in April.');
    await expect(again.text.locator('mark[data-kind~="comment"]')).toHaveText('consortium of 14 institutes');
    await again.deskTab('Comments').click();
    const thread = again.desk.getByRole('list', { name: 'Comment threads' }).getByRole('article', { name: 'Comment thread on “consortium of 14 institutes”' });
    await expect(thread).toContainText('ESO leads; added to the copy desk note.');
    await expect(thread.getByRole('button', { name: 'Reopen' })).toBeVisible();

    await again.deskTab('Translation').click();
    const flagged = again.desk.getByRole('list', { name: 'Translation flags' }).getByRole('article');
    await expect(flagged).toHaveCount(2);
    await expect(flagged.first()).toHaveAttribute('data-status', 'approved');
    await expect(flagged.first().getByRole('textbox', { name: 'Translation' })).toHaveValue(SPANISH);
    await expect(flagged.nth(1)).toHaveAttribute('data-status', 'flagged');
    await expect(flagged.nth(1)).toContainText(QUOTE_PARAGRAPH_START);
  });

  await test.step('the wire original is unchanged', async () => {
    await again.wireTab.click();
    await expect(again.pane.getByRole('article')).toContainText('will start regular observations in March.');
    await again.editTab.click();
    await expect(again.text).toContainText('observations in April.');
  });

  await test.step('the diff against the wire original shows the edit', async () => {
    await again.deskTab('Revisions').click();
    await again.revisions.getByRole('button', { name: 'Compare with wire original' }).click();
    const diff = again.desk.getByRole('region', { name: 'Changes since the wire original' });
    await expect(diff.locator('ins')).toHaveText(['April']);
    await expect(diff.locator('del')).toHaveText(['March']);
  });

  await test.step('the archive list shows the story edited, with its approved and waiting flags', async () => {
    const row = page.getByRole('option', { name: /spectrograph/ });
    await expect(row.getByTitle('Edited')).toBeVisible();
    await expect(row.getByTitle('1 flag approved')).toBeVisible();
  });
});
