import { createBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical, type Binding, type Provider } from '@lexical/yjs';
import { SKIP_COLLAB_TAG, type LexicalEditor } from 'lexical';
import type * as Y from 'yjs';

/**
 * The provider @lexical/yjs wants is for the network and for cursors; whoever
 * binds an editor here moves updates itself and shows nobody's cursor.
 */
function silentProvider(): Provider {
  return {
    awareness: {
      getLocalState: () => null,
      getStates: () => new Map(),
      on() {},
      off() {},
      setLocalState() {},
      setLocalStateField() {},
    },
    connect() {},
    disconnect() {},
    on() {},
    off() {},
  };
}

/**
 * Binds a Lexical editor to a story's Yjs document the way the renderer's
 * collaboration plugin binds its own: what arrives in the document reaches
 * the editor, and what the editor changes goes into the document as an
 * ordinary Yjs update. Returns the function that unbinds them.
 */
export function bindEditorToDoc(editor: LexicalEditor, doc: Y.Doc): () => void {
  const provider = silentProvider();
  const binding: Binding = createBinding(editor, provider, 'main', doc, new Map([['main', doc]]));
  const sharedRoot = binding.root.getSharedType();
  const onDocumentChange = (events: Array<Y.YEvent<Y.Text>>, transaction: Y.Transaction): void => {
    // The binding's own transactions carry what the editor already has.
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, provider, events, false);
  };
  sharedRoot.observeDeep(onDocumentChange);
  const stopListening = editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
    if (!tags.has(SKIP_COLLAB_TAG)) {
      syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
    }
  });
  return () => {
    stopListening();
    sharedRoot.unobserveDeep(onDocumentChange);
  };
}
