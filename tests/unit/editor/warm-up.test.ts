// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { warmUpEditor } from '../../../renderer/src/editor/warm-up.ts';

describe('the editor warm-up', () => {
  it('runs a whole open once: a story written into a Yjs document is drawn from it into a page element', () => {
    const root = warmUpEditor();
    expect(root.querySelector('h1')?.textContent).toBe('Warm-up');
    expect(root.querySelectorAll('p')).toHaveLength(30);
    expect(root.querySelector('p:last-of-type')?.textContent).toBe('Paragraph 30 of a story nobody sees.');
    expect(root.isConnected).toBe(false);
  });
});
