import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $parseSerializedNode, type LexicalEditor, type SerializedEditorState, type SerializedLexicalNode } from 'lexical';
import type * as Y from 'yjs';
import { bindEditorToDoc } from '../../../shared/editor/bind-editor-to-doc.ts';
import { $buildStoryDocument, type StoryDocumentSource } from '../../../shared/editor/build-story-document.ts';
import { EDITOR_NODES } from '../../../shared/editor/editor-nodes.ts';

/**
 * A Lexical editor without a page, bound to a story's Yjs document the way
 * the renderer's collaboration plugin binds its own: what arrives in the
 * document (another window's typing, a stored update) reaches the editor, and
 * what the editor changes (a seed, a restore) goes into the document as an
 * ordinary Yjs update, which the document's owner stores and passes on.
 */
export interface HeadlessStoryEditor {
  readonly doc: Y.Doc;
  readonly editor: LexicalEditor;
  /** Runs an edit now (committed before this returns), for it to reach the document at once. */
  update(edit: () => void): void;
  /** Makes the document the story: headline, standfirst, body paragraphs. */
  seed(source: StoryDocumentSource): void;
  /** Replaces the whole document with another editor state (a revision's). */
  replace(state: SerializedEditorState): void;
  /** The editor state now, with every change that reached the document. */
  materialise(): SerializedEditorState;
  /** Stops following the document; the editor is not used after this. */
  dispose(): void;
}

export function createHeadlessStoryEditor(doc: Y.Doc): HeadlessStoryEditor {
  // Lexical reports a failed update to onError and carries on with the state
  // before it; the failure is kept and thrown to whoever asks next, rather
  // than thrown from a microtask where it would take the process down.
  let failure: Error | undefined;
  const editor = createHeadlessEditor({
    namespace: 'copydesk-story',
    nodes: EDITOR_NODES,
    onError: (error) => {
      failure ??= error;
    },
  });
  const unbind = bindEditorToDoc(editor, doc);

  function rethrowFailure(): void {
    if (!failure) return;
    const error = failure;
    failure = undefined;
    throw error;
  }

  function update(edit: () => void): void {
    rethrowFailure();
    editor.update(edit, { discrete: true });
    rethrowFailure();
  }

  return {
    doc,
    editor,
    update,
    seed: (source) => update(() => $buildStoryDocument(source)),
    replace(state) {
      update(() => {
        const root = $getRoot();
        root.clear();
        // Built as new nodes in an ordinary update, so the binding writes them into the document like any edit.
        for (const child of state.root.children) root.append($parseSerializedNode(child as SerializedLexicalNode));
      });
    },
    materialise() {
      // Changes from the document are committed in a microtask; this commits them now.
      update(() => {});
      return editor.getEditorState().toJSON();
    },
    dispose: unbind,
  };
}
