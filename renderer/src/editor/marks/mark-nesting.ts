import { $createMarkNode, MarkNode } from '@lexical/mark';
import { registerNestedElementResolver } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';

/**
 * Marking text that is already marked (a comment on a flagged passage) would
 * nest one <mark> in another; this splits them into flat marks carrying both
 * ids, the shape the services read and the DOM tagging expects.
 */
export function registerMarkNesting(editor: LexicalEditor): () => void {
  return registerNestedElementResolver<MarkNode>(
    editor,
    MarkNode,
    (from) => $createMarkNode(from.getIDs()),
    (from, to) => {
      for (const id of from.getIDs()) to.addID(id);
    },
  );
}
