import type { StoryText } from '../model/editing.ts';

/**
 * The plain text of a story document, read from its serialized Lexical state
 * (pure JSON: no editor needed, so the services, export and tests share it).
 */
interface SerializedNode {
  type: string;
  text?: string;
  tag?: string;
  children?: SerializedNode[];
  ids?: string[];
}

export interface SerializedState {
  root: { children: SerializedNode[] };
}

/** A story's words: runs holding a letter or a digit ("—" alone is not a word). */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n += 1;
  return n;
}

/** Minutes an adult reads it in, at 230 words a minute; at least one for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}

/** The text of a node and everything inside it; a line break is a newline. */
export function textOf(node: SerializedNode): string {
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map(textOf).join('');
}

/** A list is one block per item; any other top-level node is one block. */
function blocksOf(node: SerializedNode): string[] {
  if (node.type === 'list') return (node.children ?? []).flatMap((item) => blocksOf({ ...item, type: 'listitem-block' }));
  if (node.type === 'listitem-block') {
    const nested = (node.children ?? []).filter((c) => c.type === 'list');
    const own = textOf({ ...node, children: (node.children ?? []).filter((c) => c.type !== 'list') });
    return [own, ...nested.flatMap(blocksOf)];
  }
  return [textOf(node)];
}

export function storyTextOf(state: SerializedState): StoryText {
  const children = state.root.children;
  let i = 0;
  let headline = '';
  let standfirst = '';
  if (children[i]?.type === 'heading' && children[i]?.tag === 'h1') headline = textOf(children[i++] as SerializedNode).trim();
  if (children[i]?.type === 'heading' && children[i]?.tag === 'h2') standfirst = textOf(children[i++] as SerializedNode).trim();
  const body = children
    .slice(i)
    .flatMap(blocksOf)
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const plainText = [headline, standfirst, ...body].filter((b) => b !== '').join('\n\n');
  return { headline, standfirst, body, plainText, wordCount: countWords(plainText), charCount: plainText.length };
}

/** Each mark id in the document with the text it covers, in document order; a mark over several blocks joins their parts with a newline. */
export function markedPassages(state: SerializedState): Map<string, string> {
  const passages = new Map<string, string[]>();
  for (const block of state.root.children) {
    const inBlock = new Map<string, string>();
    const walk = (node: SerializedNode): void => {
      if (node.type === 'mark') for (const id of node.ids ?? []) inBlock.set(id, (inBlock.get(id) ?? '') + textOf(node));
      else for (const child of node.children ?? []) walk(child);
    };
    walk(block);
    for (const [id, text] of inBlock) passages.set(id, [...(passages.get(id) ?? []), text]);
  }
  return new Map([...passages].map(([id, parts]) => [id, parts.join('\n')]));
}
