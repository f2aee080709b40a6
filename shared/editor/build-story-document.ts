import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';

/** What a story document starts from: a wire version's text. */
export interface StoryDocumentSource {
  headline: string;
  standfirst?: string;
  body: readonly string[];
}

/**
 * Replaces the document with a story: h1 headline, h2 standfirst (empty when
 * the wire has none, for the editor to write), one paragraph per body
 * paragraph (lines of preformatted copy kept as line breaks). Runs inside
 * editor.update(), in the browser or headless.
 */
export function $buildStoryDocument(source: StoryDocumentSource): void {
  const root = $getRoot();
  root.clear();
  root.append($createHeadingNode('h1').append($createTextNode(source.headline)));
  const standfirst = $createHeadingNode('h2');
  if (source.standfirst) standfirst.append($createTextNode(source.standfirst));
  root.append(standfirst);
  for (const paragraph of source.body) {
    const node = $createParagraphNode();
    if (paragraph !== '') node.append($createTextNode(paragraph));
    root.append(node);
  }
}
