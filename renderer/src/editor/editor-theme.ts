import type { EditorThemeClasses } from 'lexical';

/**
 * Class names Lexical puts on the story's nodes (styled in editor.css). The
 * h1 is the headline and the h2 the standfirst, so they look like the story's
 * top, not like headings in it.
 */
export const editorTheme: EditorThemeClasses = {
  root: 'story-editor-root',
  paragraph: 'ed-paragraph',
  heading: { h1: 'ed-headline', h2: 'ed-standfirst', h3: 'ed-subheading', h4: 'ed-subheading', h5: 'ed-subheading', h6: 'ed-subheading' },
  quote: 'ed-quote',
  list: {
    ul: 'ed-list ed-list-bullet',
    ol: 'ed-list ed-list-number',
    listitem: 'ed-list-item',
    nested: { listitem: 'ed-list-item-nested' },
  },
  link: 'ed-link',
  text: { bold: 'ed-bold', italic: 'ed-italic' },
  // Comment threads and translation flags both anchor with marks; their plugins add classes of their own on top.
  mark: 'ed-mark',
  markOverlap: 'ed-mark-overlap',
};
