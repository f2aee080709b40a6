import { $wrapSelectionInMarkNode } from '@lexical/mark';
import { $createRangeSelection, $getRoot, $isElementNode, $isTextNode, type TextNode } from 'lexical';
import * as Y from 'yjs';
import { methods } from '../../../shared/api/contract.ts';
import { dispatch } from '../../../shared/api/dispatch.ts';
import { markedPassages, storyTextOf, type SerializedState } from '../../../shared/editor/story-text.ts';
import type { StoryText } from '../../../shared/model/editing.ts';
import { createHeadlessStoryEditor, type HeadlessStoryEditor } from '../../../electron/services/editing/headless-story-editor.ts';
import type { Services } from '../../../electron/services/services.ts';

/** Where the updates a window receives come from: not sent back to the services. */
const FROM_SERVICES = Symbol('from the services');

/**
 * An editor window as the renderer is one: its own Yjs document with a
 * Lexical editor bound to it, opened from story.text.open, whose edits go
 * to the services as Yjs updates through story.text.update (through the
 * contract's validation, as the transports send them).
 */
export interface EditorWindow {
  readonly editor: HeadlessStoryEditor;
  /** The text this window shows. */
  text(): StoryText;
  /** The marks in this window's text, id → passage, in document order. */
  marks(): Map<string, string>;
  /** Makes an edit and sends the Yjs update it made; resolves when story.text.update has returned. */
  edit(change: () => void): Promise<void>;
  /** Applies an update another window or the services made (a story.text.changed event's). */
  receive(updateBase64: string): void;
  close(): void;
}

export async function openEditorWindow(services: Services, storyId: string): Promise<EditorWindow> {
  const opened = methods['story.text.open'].output.parse(await dispatch(services.handlers, 'story.text.open', { storyId }));
  const doc = new Y.Doc();
  const editor = createHeadlessStoryEditor(doc);
  Y.applyUpdate(doc, Buffer.from(opened.stateBase64, 'base64'), FROM_SERVICES);
  let outgoing: Uint8Array[] = [];
  const collect = (update: Uint8Array, origin: unknown): void => {
    if (origin !== FROM_SERVICES) outgoing.push(update);
  };
  doc.on('update', collect);
  const materialised = (): SerializedState => editor.materialise() as SerializedState;

  return {
    editor,
    text: () => storyTextOf(materialised()),
    marks: () => markedPassages(materialised()),
    async edit(change) {
      editor.update(change);
      const updates = outgoing;
      outgoing = [];
      if (updates.length === 0) throw new Error('the edit changed nothing in the document');
      const updateBase64 = Buffer.from(Y.mergeUpdates(updates)).toString('base64');
      await dispatch(services.handlers, 'story.text.update', { storyId, updateBase64 });
    },
    receive(updateBase64) {
      Y.applyUpdate(doc, Buffer.from(updateBase64, 'base64'), FROM_SERVICES);
    },
    close() {
      doc.off('update', collect);
      editor.dispose();
    },
  };
}

/** Inside an edit: the first text node of the top-level block at `index` (0 headline, 1 standfirst, 2… body). */
export function $textOfBlock(index: number): TextNode {
  const block = $getRoot().getChildAtIndex(index);
  if (!$isElementNode(block)) throw new Error(`there is no block ${index} in the document`);
  const text = block.getAllTextNodes()[0];
  if (!$isTextNode(text)) throw new Error(`block ${index} holds no text`);
  return text;
}

/** Inside an edit: rewrites a block's text (its first text node). */
export function $setBlockText(index: number, text: string): void {
  $textOfBlock(index).setTextContent(text);
}

/** Inside an edit: marks `phrase` in a block, as the comment and flag commands do with a selection. */
export function $markPhrase(index: number, phrase: string, markId: string): void {
  const node = $textOfBlock(index);
  const start = node.getTextContent().indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in block ${index}`);
  const selection = $createRangeSelection();
  selection.anchor.set(node.getKey(), start, 'text');
  selection.focus.set(node.getKey(), start + phrase.length, 'text');
  $wrapSelectionInMarkNode(selection, false, markId);
}

/** Inside an edit: marks whole blocks, as flagging paragraphs does. */
export function $markBlock(index: number, markId: string): void {
  const block = $getRoot().getChildAtIndex(index);
  if (!$isElementNode(block)) throw new Error(`there is no block ${index} in the document`);
  const texts = block.getAllTextNodes();
  const first = texts[0];
  const last = texts.at(-1);
  if (!first || !last) throw new Error(`block ${index} holds no text`);
  const selection = $createRangeSelection();
  selection.anchor.set(first.getKey(), 0, 'text');
  selection.focus.set(last.getKey(), last.getTextContentSize(), 'text');
  $wrapSelectionInMarkNode(selection, false, markId);
}
