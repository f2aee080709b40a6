import { $isMarkNode, $unwrapMarkNode } from '@lexical/mark';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';

/** The mark ids (comment threads, translation flags) anchored in the document now. */
export function $markIdsInDocument(): Set<string> {
  const ids = new Set<string>();
  const visit = (node: LexicalNode): void => {
    if ($isMarkNode(node)) for (const id of node.getIDs()) ids.add(id);
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return ids;
}

/**
 * Words copied inside the story carry their comment and flag marks. A mark
 * whose passage is still in the text (a copy) must not anchor a second place,
 * or a thread would point at two passages; one whose passage is gone (a cut)
 * moves with the words. Returns the nodes to insert in place of `nodes`.
 */
export function $dropCopiedMarks(nodes: LexicalNode[], present: ReadonlySet<string>): LexicalNode[] {
  const out: LexicalNode[] = [];
  for (const node of nodes) {
    if ($isElementNode(node)) $dropNestedMarks(node.getChildren(), present);
    if (!$isMarkNode(node)) {
      out.push(node);
      continue;
    }
    const kept = node.getIDs().filter((id) => !present.has(id));
    if (kept.length > 0) {
      node.setIDs(kept);
      out.push(node);
      continue;
    }
    // A top-level mark has no parent to unwrap into: its children take its place in the list.
    for (const child of node.getChildren()) {
      child.remove();
      out.push(child);
    }
  }
  return out;
}

function $dropNestedMarks(children: LexicalNode[], present: ReadonlySet<string>): void {
  for (const child of children) {
    if ($isElementNode(child)) $dropNestedMarks(child.getChildren(), present);
    if (!$isMarkNode(child)) continue;
    const kept = child.getIDs().filter((id) => !present.has(id));
    if (kept.length > 0) child.setIDs(kept);
    else $unwrapMarkNode(child);
  }
}
