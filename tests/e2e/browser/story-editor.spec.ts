import type { CopydeskHost } from '../support/copydesk-host.ts';
import { expect, test } from '../support/fixtures.ts';
import { openInEditor, retype, selectWords, storyEditor } from '../support/story-editor.ts';
import { openWorkstation } from '../support/workstation.ts';
import { observatoryStory, type WireCopy } from '../support/wire-copy.ts';

/** The paragraph of the observatory story the specs edit, as the agency sent it. */
const SECOND_PARAGRAPH = 'The instrument, built over nine years by a consortium of 14 institutes, will start regular observations in March.';

async function archive(host: CopydeskHost, copy: WireCopy): Promise<string> {
  const result = await host.api.call('ingest.file', { name: copy.name, dataBase64: Buffer.from(copy.text, 'utf8').toString('base64') });
  expect(result.status).toBe('added');
  return result.storyIds[0]!;
}

test('an edited word is there after a reload, the wire copy stays as sent, and the diff shows the change', async ({ page, host }) => {
  await archive(host, observatoryStory);
  const editor = await openInEditor(page, host);
  await expect(editor.text.getByRole('heading', { level: 1 })).toContainText('spectrograph');

  await retype(page, editor, 'March', 'April');
  await expect(editor.text).toContainText('will start regular observations in April.');

  await page.reload();
  const again = await openInEditor(page, host);
  await expect(again.text).toContainText('will start regular observations in April.');
  await expect(again.text).not.toContainText('observations in March');

  await test.step('the wire copy is what the agency sent', async () => {
    await again.wireTab.click();
    await expect(again.pane.getByRole('article')).toContainText(SECOND_PARAGRAPH);
    await again.editTab.click();
    await expect(again.text).toContainText('observations in April.');
  });

  await test.step('comparing with the wire original shows the word removed and the word added', async () => {
    await again.deskTab('Revisions').click();
    await again.revisions.getByRole('button', { name: 'Compare with wire original' }).click();
    const diff = again.desk.getByRole('region', { name: 'Changes since the wire original' });
    await expect(diff.getByLabel('Words changed')).toHaveText(/1 word added\s*1 word removed/);
    await expect(diff.locator('ins')).toHaveText(['April']);
    await expect(diff.locator('del')).toHaveText(['March']);
    // The unchanged opening is folded away, and comes back on request.
    await expect(diff).not.toContainText('Astronomers at the Paranal observatory');
    await diff.getByRole('button', { name: /unchanged words/ }).click();
    await expect(diff).toContainText('Astronomers at the Paranal observatory');
  });
});

test('what is typed just before the window closes is there in a new window', async ({ page, context, host }) => {
  await archive(host, observatoryStory);
  const editor = await openInEditor(page, host);
  const typed = 'the first clear week of April, weather permitting';
  await selectWords(editor.text, 'March');
  // A slow line (as on a loaded laptop): the first keystroke's save is still on its way while the rest wait their turn.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: -1, uploadThroughput: -1 });
  await page.keyboard.type(typed);
  await expect(editor.saveState).toHaveText('Saving…');
  await page.close();

  const next = await openInEditor(await context.newPage(), host);
  await expect(next.text).toContainText(`will start regular observations in ${typed}.`);
});

test('a named version can be brought back after the text changed', async ({ page, host }) => {
  await archive(host, observatoryStory);
  const editor = await openInEditor(page, host);
  await retype(page, editor, 'March', 'April');

  await editor.deskTab('Revisions').click();
  await editor.revisions.getByRole('button', { name: 'Save version…' }).click();
  await editor.revisions.getByLabel('Version name').fill('Before the legal read');
  await editor.revisions.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.revisions.getByRole('status')).toContainText('“Before the legal read”');
  const named = editor.revisions.getByRole('listitem', { name: 'Before the legal read' });
  await expect(named).toBeVisible();
  await expect(editor.revisions.getByRole('listitem', { name: 'Wire original' })).toBeVisible();

  await retype(page, editor, 'nine years', 'a decade');
  await expect(editor.text).toContainText('built over a decade by a consortium');

  await named.getByRole('button', { name: /^Restore revision \d+$/ }).click();
  await named.getByRole('group', { name: /^Restore revision \d+\?$/ }).getByRole('button', { name: 'Restore' }).click();
  await expect(editor.text).toContainText('built over nine years by a consortium of 14 institutes, will start regular observations in April.');
  await expect(editor.text).not.toContainText('a decade');
  await expect(editor.revisions.getByRole('status')).toContainText(/is back, as revision \d+/);
  // Nothing is overwritten: the text the restore replaced is still in the history, and so is the restore.
  await expect(editor.revisions.getByRole('listitem', { name: /^Restored: / })).toBeVisible();

  await page.reload();
  const again = await openInEditor(page, host);
  await expect(again.text).toContainText('built over nine years');
});

test('pasted web copy keeps only the story’s formats, and the toolbar shapes the text', async ({ page, host }) => {
  await archive(host, observatoryStory);
  const editor = await openInEditor(page, host);

  await test.step('a paste from a web page arrives as a subheading, bold text and a web link, without styles or other links', async () => {
    // A new, empty paragraph after the last one.
    await selectWords(editor.text, 'Marta Irarrázaval.');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await editor.text.evaluate((root) => {
      const data = new DataTransfer();
      data.setData(
        'text/html',
        '<meta charset="utf-8"><h1 style="font-family: Impact; color: red">Next steps</h1>' +
          '<p class="lede" style="font-size: 22px"><span style="font-weight: 700; color: #c00">Funding</span> is <u>secured</u>, ' +
          '<a href="https://www.eso.org/public/" style="color: blue">ESO said</a>. <a href="javascript:alert(1)">More</a></p>',
      );
      data.setData('text/plain', 'Next steps\nFunding is secured, ESO said. More');
      root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(editor.text.getByRole('heading', { level: 3, name: 'Next steps' })).toBeVisible();
    await expect(editor.text.locator('strong, b, .ed-bold').filter({ hasText: 'Funding' })).toHaveCount(1);
    await expect(editor.text.getByRole('link', { name: 'ESO said' })).toHaveAttribute('href', 'https://www.eso.org/public/');
    await expect(editor.text).toContainText('More');
    await expect(editor.text.getByRole('link', { name: 'More' })).toHaveCount(0);
    await expect(editor.text.locator('[style*="color"], [style*="font"], [class*="lede"], u')).toHaveCount(0);
    await expect(editor.text.getByRole('heading', { level: 1 })).toHaveCount(1);
  });

  await test.step('a link must be a web address', async () => {
    await selectWords(editor.text, 'European Southern Observatory');
    await editor.toolbar.getByRole('button', { name: 'Link' }).click();
    const form = editor.pane.getByRole('form', { name: 'Link' });
    await form.getByLabel('Web address').fill('javascript:alert(document.cookie)');
    await form.getByRole('button', { name: 'Add link' }).click();
    await expect(form.getByRole('alert')).toContainText('Only web links (http:// or https://)');
    await form.getByLabel('Web address').fill('www.eso.org/paranal');
    await form.getByRole('button', { name: 'Add link' }).click();
    await expect(editor.text.getByRole('link', { name: 'European Southern Observatory' })).toHaveAttribute('href', 'https://www.eso.org/paranal');
  });

  await test.step('a paragraph becomes a block quote, and bold shows as pressed', async () => {
    await selectWords(editor.text, 'built over nine years');
    const quote = editor.toolbar.getByRole('button', { name: 'Block quote' });
    await quote.click();
    await expect(quote).toHaveAttribute('aria-pressed', 'true');
    await expect(editor.text.locator('blockquote')).toContainText(SECOND_PARAGRAPH);
    const bold = editor.toolbar.getByRole('button', { name: 'Bold' });
    await bold.click();
    await expect(bold).toHaveAttribute('aria-pressed', 'true');
    await expect(editor.text.locator('blockquote strong, blockquote .ed-bold').first()).toHaveText('built over nine years');
  });

  await test.step('undo takes the bold away again, redo brings it back', async () => {
    const boldWords = editor.text.locator('strong, .ed-bold').filter({ hasText: 'built over nine years' });
    await editor.toolbar.getByRole('button', { name: 'Undo' }).click();
    await expect(boldWords).toHaveCount(0);
    await editor.toolbar.getByRole('button', { name: 'Redo' }).click();
    await expect(boldWords).toHaveCount(1);
  });

  await test.step('the headline keeps its kind', async () => {
    await selectWords(editor.text, 'spectrograph');
    await expect(editor.toolbar.getByRole('button', { name: 'Block quote' })).toBeDisabled();
  });

  await expect(editor.saveState).toHaveText('Saved');
  await expect(editor.pane.getByLabel('Story length')).toContainText(/\d+ words/);
});

test('pressing Edit asks for the text at once, while the editor itself is still loading, and only once', async ({ page, host }) => {
  await archive(host, observatoryStory);
  // The editor's code is held back: the text must not wait for it.
  let releaseEditorCode = () => {};
  const editorCodeHeld = new Promise<void>((resolve) => (releaseEditorCode = resolve));
  await page.route(/\/assets\/StoryEditor-[^/]*\.js$/, async (route) => {
    await editorCodeHeld;
    await route.continue();
  });
  const textOpens: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/story.text.open')) textOpens.push(request.url());
  });
  const ws = await openWorkstation(page, host);
  await ws.story(/spectrograph/).click();
  const editor = storyEditor(page);
  await editor.editTab.click();
  await expect(editor.pane.getByText('Opening the editor…')).toBeVisible();
  await expect.poll(() => textOpens.length).toBe(1);

  releaseEditorCode();
  await expect(editor.text).toContainText('Astronomers at the Paranal observatory');
  await expect(editor.text).toBeEditable();
  expect(textOpens).toHaveLength(1);
});
