import { createHeadlessEditor } from '@lexical/headless';
import { $createMarkNode, $isMarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '../../../shared/editor/editor-nodes.ts';
import { $dropCopiedMarks, $markIdsInDocument } from '../../../renderer/src/editor/paste/copied-marks.ts';

/** A story whose "the minister" carries a comment thread and a translation flag. */
function editorWithThread(): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    () => {
      const mark = $createMarkNode(['comment:t1', 'flag:f1']).append($createTextNode('the minister'));
      $getRoot().append($createParagraphNode().append($createTextNode('Yesterday '), mark, $createTextNode(' resigned.')));
    },
    { discrete: true },
  );
  return editor;
}

/** What pasting `build()`'s nodes would insert: text as it is, a mark as "[ids: text]", a block as "<…>". */
function pasted(editor: LexicalEditor, build: () => LexicalNode[]): string[] {
  let out: string[] = [];
  editor.update(
    () => {
      out = $dropCopiedMarks(build(), $markIdsInDocument()).map(show);
    },
    { discrete: true },
  );
  return out;
}

function show(node: LexicalNode): string {
  if ($isMarkNode(node)) return `[${node.getIDs().join(',')}: ${node.getChildren().map(show).join('')}]`;
  if ($isElementNode(node)) return `<${node.getChildren().map(show).join('')}>`;
  return node.getTextContent();
}

describe('pasting words copied inside the story', () => {
  it('knows which marks the document holds', () => {
    const editor = editorWithThread();
    expect([...editor.getEditorState().read(() => $markIdsInDocument())].sort()).toEqual(['comment:t1', 'flag:f1']);
  });

  it('drops a copied mark whose passage is still in the text: a thread anchors one place', () => {
    const editor = editorWithThread();
    expect(pasted(editor, () => [$createMarkNode(['comment:t1']).append($createTextNode('the minister'))])).toEqual(['the minister']);
  });

  it('keeps a mark whose passage was cut, so the thread moves with its words', () => {
    const editor = editorWithThread();
    expect(pasted(editor, () => [$createMarkNode(['comment:gone']).append($createTextNode('the minister'))])).toEqual(['[comment:gone: the minister]']);
  });

  it('drops only the ids still in the text from a mark with several', () => {
    const editor = editorWithThread();
    expect(pasted(editor, () => [$createMarkNode(['flag:f1', 'comment:gone']).append($createTextNode('the minister'))])).toEqual([
      '[comment:gone: the minister]',
    ]);
  });

  it('unwraps copied marks inside pasted paragraphs too', () => {
    const editor = editorWithThread();
    expect(
      pasted(editor, () => [
        $createParagraphNode().append($createTextNode('Yesterday '), $createMarkNode(['comment:t1']).append($createTextNode('the minister')), $createTextNode(' resigned.')),
      ]),
    ).toEqual(['<Yesterday the minister resigned.>']);
  });
});
