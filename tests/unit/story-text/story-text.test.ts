import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createMarkNode } from '@lexical/mark';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $buildStoryDocument } from '../../../shared/editor/build-story-document.ts';
import { EDITOR_NODES, isAllowedLinkUrl } from '../../../shared/editor/editor-nodes.ts';
import { countWords, markedPassages, readingMinutes, storyTextOf, type SerializedState } from '../../../shared/editor/story-text.ts';

function stateOf(build: () => void): SerializedState {
  const editor = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (e) => { throw e; } });
  editor.update(build, { discrete: true });
  return editor.getEditorState().toJSON() as unknown as SerializedState;
}

describe('a story document', () => {
  it('is built from a wire story as headline, empty standfirst and one paragraph per body paragraph', () => {
    const state = stateOf(() => $buildStoryDocument({ headline: 'Quake hits coast', body: ['MADRID (EFE).- A quake hit.', 'No one was hurt.'] }));
    expect(storyTextOf(state)).toEqual({
      headline: 'Quake hits coast',
      standfirst: '',
      body: ['MADRID (EFE).- A quake hit.', 'No one was hurt.'],
      plainText: 'Quake hits coast\n\nMADRID (EFE).- A quake hit.\n\nNo one was hurt.',
      wordCount: 12,
      charCount: 63,
    });
  });

  it('reads subheadings, list items, quotes and links as body blocks, and the h2 as the standfirst', () => {
    const state = stateOf(() => {
      const root = $getRoot();
      root.append($createHeadingNode('h1').append($createTextNode('Talks resume')));
      root.append($createHeadingNode('h2').append($createTextNode('Both sides back at the table')));
      root.append($createParagraphNode().append($createTextNode('Read '), $createLinkNode('https://example.org').append($createTextNode('the text')), $createTextNode('.')));
      root.append($createHeadingNode('h3').append($createTextNode('What next')));
      root.append($createListNode('bullet').append($createListItemNode().append($createTextNode('One')), $createListItemNode().append($createTextNode('Two'))));
      root.append($createParagraphNode());
    });
    const text = storyTextOf(state);
    expect(text.headline).toBe('Talks resume');
    expect(text.standfirst).toBe('Both sides back at the table');
    expect(text.body).toEqual(['Read the text.', 'What next', 'One', 'Two']);
  });

  it('has no headline when the first block is not an h1 (an editor deleted it): everything is body', () => {
    const state = stateOf(() => $getRoot().append($createParagraphNode().append($createTextNode('Just copy'))));
    expect(storyTextOf(state)).toMatchObject({ headline: '', standfirst: '', body: ['Just copy'] });
  });

  it('finds each mark with the text it covers, joined over paragraphs, in document order', () => {
    const state = stateOf(() => {
      const root = $getRoot();
      const second = $createMarkNode(['flag:b']).append($createTextNode('second'));
      root.append($createParagraphNode().append($createTextNode('The '), $createMarkNode(['comment:a']).append($createTextNode('first part')), $createTextNode(' ends.')));
      root.append($createParagraphNode().append($createMarkNode(['comment:a']).append($createTextNode('continues')), $createTextNode(' and '), second));
    });
    expect([...markedPassages(state)]).toEqual([
      ['comment:a', 'first part\ncontinues'],
      ['flag:b', 'second'],
    ]);
  });
});

describe('counts', () => {
  it('counts words that hold a letter or digit, in any script', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  Hello —  world 2026 ')).toBe(3);
    expect(countWords('Año nuevo, vida nueva')).toBe(4);
    expect(countWords('东京 报道')).toBe(2);
  });

  it('says a reading time of at least a minute for any text, about 230 words a minute', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(5000)).toBe(22);
  });
});

describe('links', () => {
  it.each([
    ['https://www.efe.com/story', true],
    ['http://example.org', true],
    ['http://localhost:5173/x', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,hi', false],
    ['ftp://example.org', false],
    ['https://', false],
  ])('%s may be kept: %s', (url, allowed) => {
    expect(isAllowedLinkUrl(url)).toBe(allowed);
  });
});
