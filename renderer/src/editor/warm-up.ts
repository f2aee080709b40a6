import { createEditor } from 'lexical';
import * as Y from 'yjs';
import { bindEditorToDoc } from '../../../shared/editor/bind-editor-to-doc.ts';
import { $buildStoryDocument } from '../../../shared/editor/build-story-document.ts';
import { EDITOR_NODES } from '../../../shared/editor/editor-nodes.ts';
import { editorTheme } from './editor-theme.ts';

const SAMPLE = { headline: 'Warm-up', body: Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of a story nobody sees.`) };

/**
 * Runs the editor's own code once, on a small story nobody sees: written
 * into a Yjs document by one editor and read from it into a page element by
 * another, as opening a story does. The browser compiles that code the first
 * time it runs; done while the editor reads the wire copy, the first story
 * opened in the editor no longer waits for it (about a tenth of a second).
 * Returns a copy of what was drawn, never attached to the page.
 */
export function warmUpEditor(): HTMLElement {
  const config = { namespace: 'copydesk-warm-up', nodes: EDITOR_NODES, theme: editorTheme, onError: () => {} };
  const source = new Y.Doc();
  const writer = createEditor(config);
  const unbindWriter = bindEditorToDoc(writer, source);
  writer.update(() => $buildStoryDocument(SAMPLE), { discrete: true });
  unbindWriter();

  const doc = new Y.Doc();
  const root = document.createElement('div');
  root.contentEditable = 'true';
  const reader = createEditor(config);
  reader.setRootElement(root);
  const unbindReader = bindEditorToDoc(reader, doc);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  reader.update(() => {}, { discrete: true });
  const drawn = root.cloneNode(true) as HTMLElement;
  unbindReader();
  // Detached, so the editor lets go of the document's selection events.
  reader.setRootElement(null);
  return drawn;
}
