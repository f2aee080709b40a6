import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type ElementNode,
  type LexicalEditor,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '../../../../shared/editor/editor-nodes.ts';
import { markedPassages, storyTextOf, type SerializedState } from '../../../../shared/editor/story-text.ts';
import { $bodyBlocksTouched, $wholeBlocksRange } from '../../../../renderer/src/editor/marks/body-blocks.ts';
import { $markIdsAtSelection, $markedText, $selectMark } from '../../../../renderer/src/editor/marks/find-mark.ts';
import { registerMarkNesting } from '../../../../renderer/src/editor/marks/mark-nesting.ts';
import { $restoreRange, $saveRange } from '../../../../renderer/src/editor/marks/mark-range.ts';
import { $removeMark } from '../../../../renderer/src/editor/marks/remove-mark.ts';
import { unmarkAndKeepRange } from '../../../../renderer/src/editor/marks/unmark.ts';
import { $wrapBlockInMark, $wrapRangeInMark } from '../../../../renderer/src/editor/marks/wrap-in-mark.ts';

const HEADLINE = 'Quake hits coast';
const STANDFIRST = 'No one was hurt';
const FIRST = 'A strong quake shook the coast on Monday.';
const SECOND = 'Schools reopened on Tuesday morning.';
const ITEM = 'Roads are closed';

/** A story as the editor holds it: h1, h2, two paragraphs and a one-item list. */
function storyEditor(): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (e) => { throw e; } });
  registerMarkNesting(editor);
  editor.update(
    () => {
      $getRoot().append(
        $createHeadingNode('h1').append($createTextNode(HEADLINE)),
        $createHeadingNode('h2').append($createTextNode(STANDFIRST)),
        $createParagraphNode().append($createTextNode(FIRST)),
        $createParagraphNode().append($createTextNode(SECOND)),
        $createListNode('bullet').append($createListItemNode().append($createTextNode(ITEM))),
      );
    },
    { discrete: true },
  );
  return editor;
}

function $block(index: number): ElementNode {
  const block = $getRoot().getChildAtIndex(index);
  if (!$isElementNode(block)) throw new Error(`no block ${index}`);
  return block;
}

function $textOfBlock(index: number): TextNode {
  const block = $getRoot().getChildAtIndex(index);
  const node = $isElementNode(block) ? block.getFirstDescendant() : null;
  if (!$isTextNode(node)) throw new Error(`no text in block ${index}`);
  return node;
}

/** A selection from one word of one block to a word of another. */
function $rangeBetween(from: [block: number, word: string], to: [block: number, word: string, end?: boolean]): RangeSelection {
  const start = $textOfBlock(from[0]);
  const end = $textOfBlock(to[0]);
  const selection = $createRangeSelection();
  selection.anchor.set(start.getKey(), start.getTextContent().indexOf(from[1]), 'text');
  const at = end.getTextContent().indexOf(to[1]);
  selection.focus.set(end.getKey(), to[2] === false ? at : at + to[1].length, 'text');
  return selection;
}

function run<T>(editor: LexicalEditor, fn: () => T): T {
  let result: T | undefined;
  editor.update(() => { result = fn(); }, { discrete: true });
  return result as T;
}

function stateOf(editor: LexicalEditor): SerializedState {
  return editor.getEditorState().toJSON() as unknown as SerializedState;
}

describe('marking a passage', () => {
  it('wraps the selected words and gives back exactly the passage, leaving the text itself unchanged', () => {
    const editor = storyEditor();
    const quote = run(editor, () => $wrapRangeInMark($rangeBetween([2, 'strong'], [2, 'coast']), 'comment:a'));
    expect(quote).toBe('strong quake shook the coast');
    expect(markedPassages(stateOf(editor)).get('comment:a')).toBe(quote);
    expect(storyTextOf(stateOf(editor)).body).toEqual([FIRST, SECOND, ITEM]);
  });

  it('reads a passage over two paragraphs as their parts joined by a newline, as the services do', () => {
    const editor = storyEditor();
    const quote = run(editor, () => $wrapRangeInMark($rangeBetween([2, 'Monday'], [3, 'Schools']), 'comment:b'));
    expect(quote).toBe('Monday.\nSchools');
    expect(markedPassages(stateOf(editor)).get('comment:b')).toBe(quote);
  });

  it('marks nothing for an empty selection', () => {
    const editor = storyEditor();
    const quote = run(editor, () => $wrapRangeInMark($rangeBetween([2, 'quake'], [2, 'quake', false]), 'comment:c'));
    expect(quote).toBe('');
    expect(markedPassages(stateOf(editor)).size).toBe(0);
  });

  it('a backward selection (made right to left) marks the same words', () => {
    const editor = storyEditor();
    const quote = run(editor, () => {
      const forward = $rangeBetween([3, 'reopened'], [3, 'Tuesday']);
      const backward = $createRangeSelection();
      backward.anchor.set(forward.focus.key, forward.focus.offset, 'text');
      backward.focus.set(forward.anchor.key, forward.anchor.offset, 'text');
      return $wrapRangeInMark(backward, 'flag:d');
    });
    expect(quote).toBe('reopened on Tuesday');
  });

  it('keeps both marks where a comment and a flag overlap, each over its own words', () => {
    const editor = storyEditor();
    run(editor, () => $wrapBlockInMark($block(2), 'flag:e'));
    run(editor, () => $wrapRangeInMark($rangeBetween([2, 'quake'], [2, 'shook']), 'comment:f'));
    const passages = markedPassages(stateOf(editor));
    expect(passages.get('flag:e')).toBe(FIRST);
    expect(passages.get('comment:f')).toBe('quake shook');
    expect(run(editor, () => $markedText('flag:e'))).toBe(FIRST);
  });
});

describe('a saved selection', () => {
  it('comes back as the same range while its text is there', () => {
    const editor = storyEditor();
    const saved = run(editor, () => $saveRange($rangeBetween([3, 'Schools'], [3, 'reopened'])));
    const quote = run(editor, () => {
      const range = $restoreRange(saved);
      return range ? $wrapRangeInMark(range, 'comment:g') : null;
    });
    expect(quote).toBe('Schools reopened');
  });

  it('is gone when the paragraph it stood in was deleted meanwhile', () => {
    const editor = storyEditor();
    const saved = run(editor, () => $saveRange($rangeBetween([3, 'Schools'], [3, 'reopened'])));
    run(editor, () => $getRoot().getChildAtIndex(3)?.remove());
    expect(run(editor, () => $restoreRange(saved))).toBeNull();
  });

  it('is gone when the text under it got shorter than its offsets', () => {
    const editor = storyEditor();
    const saved = run(editor, () => $saveRange($rangeBetween([3, 'Tuesday'], [3, 'morning'])));
    run(editor, () => $textOfBlock(3).setTextContent('Schools'));
    expect(run(editor, () => $restoreRange(saved))).toBeNull();
  });
});

describe('finding and removing a mark', () => {
  it('selects the whole marked passage, across paragraphs', () => {
    const editor = storyEditor();
    run(editor, () => $wrapRangeInMark($rangeBetween([2, 'coast'], [3, 'reopened']), 'comment:h'));
    const selected = run(editor, () => {
      const key = $selectMark('comment:h');
      const selection = $getSelection();
      return { key, text: $isRangeSelection(selection) ? selection.getTextContent() : null };
    });
    expect(selected.key).not.toBeNull();
    expect(selected.text?.replace(/\n+/g, '\n')).toBe('coast on Monday.\nSchools reopened');
  });

  it('says so when the mark is no longer in the text', () => {
    const editor = storyEditor();
    expect(run(editor, () => $selectMark('comment:missing'))).toBeNull();
  });

  it('knows which marks the caret stands in', () => {
    const editor = storyEditor();
    run(editor, () => $wrapRangeInMark($rangeBetween([3, 'Schools'], [3, 'reopened']), 'comment:i'));
    expect(run(editor, () => { $selectMark('comment:i'); return $markIdsAtSelection(); })).toEqual(['comment:i']);
    expect(run(editor, () => { $textOfBlock(2).select(0, 0); return $markIdsAtSelection(); })).toEqual([]);
  });

  it('unwraps a removed mark and leaves its words where they were', () => {
    const editor = storyEditor();
    run(editor, () => $wrapRangeInMark($rangeBetween([2, 'coast'], [3, 'reopened']), 'flag:j'));
    expect(run(editor, () => $removeMark('flag:j'))).toBe(2);
    expect(markedPassages(stateOf(editor)).size).toBe(0);
    expect(storyTextOf(stateOf(editor)).body).toEqual([FIRST, SECOND, ITEM]);
  });

  it('removing a flag keeps a comment that overlaps it', () => {
    const editor = storyEditor();
    run(editor, () => $wrapBlockInMark($block(3), 'flag:k'));
    run(editor, () => $wrapRangeInMark($rangeBetween([3, 'on'], [3, 'morning']), 'comment:l'));
    run(editor, () => $removeMark('flag:k'));
    const passages = markedPassages(stateOf(editor));
    expect([...passages.keys()]).toEqual(['comment:l']);
    expect(passages.get('comment:l')).toBe('on Tuesday morning');
  });
});

describe('taking back marks whose record could not be stored', () => {
  it('leaves the words unmarked and selected again, so the same passage can be marked once more', () => {
    const editor = storyEditor();
    const first = run(editor, () => $wrapRangeInMark($rangeBetween([2, 'quake'], [2, 'coast']), 'comment:m'));
    const again = unmarkAndKeepRange(editor, ['comment:m']);
    if (again === null) throw new Error('no range to send again');
    expect(markedPassages(stateOf(editor)).size).toBe(0);
    expect(storyTextOf(stateOf(editor)).body).toEqual([FIRST, SECOND, ITEM]);
    const second = run(editor, () => {
      const range = $restoreRange(again);
      return range ? $wrapRangeInMark(range, 'comment:n') : null;
    });
    expect(second).toBe(first);
  });

  it('selects from the first to the last of several paragraph marks', () => {
    const editor = storyEditor();
    run(editor, () => [$wrapBlockInMark($block(2), 'flag:q'), $wrapBlockInMark($block(3), 'flag:r')]);
    const again = unmarkAndKeepRange(editor, ['flag:q', 'flag:r']);
    const touched = run(editor, () => {
      const range = again && $restoreRange(again);
      return range ? $bodyBlocksTouched(range).map((b) => b.getTextContent()) : [];
    });
    expect(touched).toEqual([FIRST, SECOND]);
    expect(markedPassages(stateOf(editor)).size).toBe(0);
  });
});

describe('flagging whole paragraphs', () => {
  it('takes each body block the selection touches, not the headline or standfirst', () => {
    const editor = storyEditor();
    const blocks = run(editor, () => $bodyBlocksTouched($rangeBetween([0, 'hits'], [3, 'reopened'])).map((b) => b.getTextContent()));
    expect(blocks).toEqual([FIRST, SECOND]);
  });

  it('takes the paragraph a caret stands in, and list items one by one', () => {
    const editor = storyEditor();
    const caret = run(editor, () => $bodyBlocksTouched($rangeBetween([3, 'Tuesday'], [3, 'Tuesday', false])).map((b) => b.getTextContent()));
    expect(caret).toEqual([SECOND]);
    const toList = run(editor, () => {
      const item = $getRoot().getLastDescendant() as TextNode;
      const selection = $rangeBetween([3, 'Tuesday'], [3, 'Tuesday', false]);
      selection.focus.set(item.getKey(), 4, 'text');
      return $bodyBlocksTouched(selection).map((b) => b.getTextContent());
    });
    expect(toList).toEqual([SECOND, ITEM]);
  });

  it('marks each paragraph whole, one mark per paragraph', () => {
    const editor = storyEditor();
    const passages = run(editor, () =>
      $bodyBlocksTouched($rangeBetween([2, 'quake'], [3, 'Schools'])).map((block, i) => $wrapBlockInMark(block, `flag:p${i}`)),
    );
    expect(passages).toEqual([FIRST, SECOND]);
    expect([...markedPassages(stateOf(editor))]).toEqual([
      ['flag:p0', FIRST],
      ['flag:p1', SECOND],
    ]);
  });

  it('shows the paragraphs whole while the form is open, and flags the same ones from that range', () => {
    const editor = storyEditor();
    const whole = run(editor, () => {
      const range = $wholeBlocksRange($bodyBlocksTouched($rangeBetween([2, 'Monday'], [3, 'Schools'])));
      return range && { text: range.getTextContent(), blocks: $bodyBlocksTouched(range).map((b) => b.getTextContent()) };
    });
    expect(whole?.text.replace(/\n+/g, '\n')).toBe(`${FIRST}\n${SECOND}`);
    expect(whole?.blocks).toEqual([FIRST, SECOND]);
  });

  it('touches nothing when only the headline is selected', () => {
    const editor = storyEditor();
    expect(run(editor, () => $bodyBlocksTouched($rangeBetween([0, 'Quake'], [0, 'coast'])))).toEqual([]);
  });
});
