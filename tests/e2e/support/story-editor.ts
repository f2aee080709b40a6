import { expect, type Locator, type Page } from '@playwright/test';
import type { CopydeskHost } from './copydesk-host.ts';
import { openWorkstation } from './workstation.ts';

/** The reading pane's editor, found as a screen reader finds it. */
export function storyEditor(page: Page) {
  const pane = page.getByRole('region', { name: 'Reading pane' });
  const desk = pane.getByRole('complementary', { name: 'Story desk' });
  return {
    pane,
    editTab: pane.getByRole('tab', { name: 'Edit' }),
    wireTab: pane.getByRole('tab', { name: 'Wire copy' }),
    text: pane.getByRole('textbox', { name: 'Story text' }),
    saveState: pane.getByRole('status', { name: 'Save state' }),
    toolbar: pane.getByRole('toolbar', { name: 'Formatting' }),
    desk,
    deskTab: (name: 'Comments' | 'Translation' | 'Revisions') => desk.getByRole('tab', { name }),
    revisions: desk.getByRole('region', { name: 'Revisions' }),
  };
}

/** Opens the workstation, the story, and its Edit view, and waits until the text is in and can be typed into. */
export async function openInEditor(page: Page, host: CopydeskHost, story: RegExp = /spectrograph/, firstWords = 'Astronomers at the Paranal observatory') {
  const ws = await openWorkstation(page, host);
  await ws.story(story).click();
  const editor = storyEditor(page);
  await editor.editTab.click();
  await expect(editor.text).toContainText(firstWords);
  await expect(editor.text).toBeEditable();
  return editor;
}

/** Selects `words` in the editor's text, as a double-click and drag would. */
export async function selectWords(text: Locator, words: string): Promise<void> {
  await text.focus();
  await text.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`“${wanted}” is not in the story's text`);
  }, words);
}

/** Replaces `words` in the text by typing over them, and waits until the services have stored the change. */
export async function retype(page: Page, editor: ReturnType<typeof storyEditor>, words: string, typed: string): Promise<void> {
  await selectWords(editor.text, words);
  await page.keyboard.type(typed);
  await expect(editor.text).toContainText(typed);
  await expect(editor.saveState).toHaveText('Saved');
}

/** Selects from the start of `from` to the end of `to` (which may stand in a later paragraph), as a drag would. */
export async function selectAcross(text: Locator, from: string, to: string): Promise<void> {
  await text.focus();
  await text.evaluate(
    (root, [first, last]) => {
      const find = (wanted: string): [Node, number] => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(wanted) ?? -1;
          if (at >= 0) return [node, at];
        }
        throw new Error(`“${wanted}” is not in the story's text`);
      };
      const [startNode, startAt] = find(first as string);
      const [endNode, endAt] = find(last as string);
      const range = document.createRange();
      range.setStart(startNode, startAt);
      range.setEnd(endNode, endAt + (last as string).length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [from, to],
  );
}
