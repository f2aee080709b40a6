import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createTextNode, $getRoot, $isElementNode, $isTextNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $buildStoryDocument } from '../../../shared/editor/build-story-document.ts';
import { EDITOR_NODES } from '../../../shared/editor/editor-nodes.ts';
import { registerAllowedFormats } from '../../../renderer/src/editor/toolbar/allowed-formats.ts';
import { $blockTypeOf, $selectionTouchesTitles, $setBodyBlockType, type BodyBlockType } from '../../../renderer/src/editor/toolbar/block-type.ts';
import { checkLinkUrl } from '../../../renderer/src/editor/toolbar/link-url.ts';
import { $toolbarState } from '../../../renderer/src/editor/toolbar/toolbar-state.ts';

function storyEditor(): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $buildStoryDocument({ headline: 'Port reopens', body: ['Ships returned.', 'Trade resumed.', 'Unions agreed.'] }), { discrete: true });
  return editor;
}

/** Selects the whole text of body blocks `from`..`to` (0 is the headline, 1 the standfirst, 2… the body), or puts the caret at the start of one. */
function select(editor: LexicalEditor, from: number, to = from, caret = false): void {
  editor.update(
    () => {
      const blocks = $getRoot().getChildren();
      const start = blocks[from]!;
      const end = blocks[to]!;
      if (!$isElementNode(start) || !$isElementNode(end)) throw new Error('not a block');
      const selection = start.selectStart();
      if (!caret) {
        const last = end.getLastDescendant();
        if ($isTextNode(last)) selection.focus.set(last.getKey(), last.getTextContentSize(), 'text');
        else selection.focus.set(end.getKey(), end.getChildrenSize(), 'element');
      }
    },
    { discrete: true },
  );
}

/** Each top-level block as "type: text". */
function shape(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() => $getRoot().getChildren().map((block: LexicalNode) => `${$blockTypeOf(block)}: ${block.getTextContent()}`));
}

function setType(editor: LexicalEditor, type: BodyBlockType): void {
  editor.update(() => $setBodyBlockType(type), { discrete: true });
}

describe('the toolbar’s block types', () => {
  it('names the headline, the standfirst and body paragraphs', () => {
    expect(shape(storyEditor())).toEqual(['headline: Port reopens', 'standfirst: ', 'paragraph: Ships returned.', 'paragraph: Trade resumed.', 'paragraph: Unions agreed.']);
  });

  it('makes a body paragraph a subheading, a quote, and back', () => {
    const editor = storyEditor();
    select(editor, 3, 3, true);
    setType(editor, 'subheading');
    expect(shape(editor)[3]).toBe('subheading: Trade resumed.');
    setType(editor, 'quote');
    expect(shape(editor)[3]).toBe('quote: Trade resumed.');
    setType(editor, 'paragraph');
    expect(shape(editor)[3]).toBe('paragraph: Trade resumed.');
  });

  it('makes selected paragraphs a list, and the same list button takes them out again', () => {
    const editor = storyEditor();
    select(editor, 3, 4);
    setType(editor, 'bullet');
    expect(shape(editor).slice(2)).toEqual(['paragraph: Ships returned.', 'bullet: Trade resumed.\n\nUnions agreed.']);
    setType(editor, 'number');
    expect(shape(editor).slice(2)).toEqual(['paragraph: Ships returned.', 'number: Trade resumed.\n\nUnions agreed.']);
    setType(editor, 'number');
    expect(shape(editor).slice(2)).toEqual(['paragraph: Ships returned.', 'paragraph: Trade resumed.', 'paragraph: Unions agreed.']);
  });

  it('never changes the headline or the standfirst, even with body text selected too', () => {
    const editor = storyEditor();
    const before = shape(editor);
    select(editor, 0, 2);
    expect(editor.getEditorState().read(() => $selectionTouchesTitles())).toBe(true);
    setType(editor, 'quote');
    setType(editor, 'bullet');
    expect(shape(editor)).toEqual(before);
  });

  it('tells the toolbar what is pressed: the block, bold, a link', () => {
    const editor = storyEditor();
    editor.update(
      () => {
        const paragraph = $getRoot().getChildAtIndex(2);
        if (!$isElementNode(paragraph)) throw new Error('not a block');
        const text = paragraph.getFirstDescendant();
        if (!$isTextNode(text)) throw new Error('not text');
        text.setFormat('bold');
        const link = $createLinkNode('https://www.example.com/port');
        text.insertBefore(link);
        link.append(text);
      },
      { discrete: true },
    );
    select(editor, 2);
    expect(editor.getEditorState().read(() => $toolbarState())).toEqual({
      block: 'paragraph',
      inTitles: false,
      bold: true,
      italic: false,
      linkUrl: 'https://www.example.com/port',
      hasText: true,
      inStory: true,
    });
    select(editor, 1, 3);
    expect(editor.getEditorState().read(() => $toolbarState())).toMatchObject({ block: null, inTitles: true });
  });
});

describe('the formats a story allows', () => {
  it('strips underline, code, strikethrough and inline styles, keeps bold and italic', () => {
    const editor = storyEditor();
    const stop = registerAllowedFormats(editor);
    editor.update(
      () => {
        const paragraph = $getRoot().getChildAtIndex(2)!;
        if (!$isElementNode(paragraph)) throw new Error('not a paragraph');
        const text = $createTextNode(' Loud.');
        text.setFormat('underline');
        text.toggleFormat('bold');
        text.toggleFormat('code');
        text.setStyle('color: red; font-family: Comic Sans MS');
        paragraph.append(text);
      },
      { discrete: true },
    );
    const formats = editor.getEditorState().read(() => {
      const paragraph = $getRoot().getChildAtIndex(2);
      const node = $isElementNode(paragraph) ? paragraph.getLastDescendant() : null;
      if (!$isTextNode(node)) throw new Error('not text');
      return { bold: node.hasFormat('bold'), underline: node.hasFormat('underline'), code: node.hasFormat('code'), style: node.getStyle() };
    });
    expect(formats).toEqual({ bold: true, underline: false, code: false, style: '' });
    stop();
  });
});

describe('a link’s address', () => {
  it('takes http and https addresses as typed', () => {
    expect(checkLinkUrl(' https://www.efe.com/noticias ')).toEqual({ ok: true, url: 'https://www.efe.com/noticias' });
    expect(checkLinkUrl('http://example.org')).toEqual({ ok: true, url: 'http://example.org' });
  });

  it('gives a bare domain its https://, as an address bar does', () => {
    expect(checkLinkUrl('www.reuters.com/world')).toEqual({ ok: true, url: 'https://www.reuters.com/world' });
  });

  it('refuses other kinds of link, saying which', () => {
    expect(checkLinkUrl('javascript:alert(1)')).toEqual({ ok: false, message: expect.stringContaining('not javascript: links') });
    expect(checkLinkUrl('mailto:desk@example.com')).toEqual({ ok: false, message: expect.stringContaining('not mailto: links') });
    expect(checkLinkUrl('file:///etc/passwd')).toEqual({ ok: false, message: expect.stringContaining('not file: links') });
  });

  it('refuses what is not an address at all, and an empty one', () => {
    expect(checkLinkUrl('the ministry')).toMatchObject({ ok: false });
    expect(checkLinkUrl('   ')).toEqual({ ok: false, message: 'Type the web address the link goes to.' });
  });
});
