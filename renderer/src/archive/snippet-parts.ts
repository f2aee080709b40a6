import { SNIPPET_MARK_CLOSE, SNIPPET_MARK_OPEN } from '../../../shared/model/story.ts';

export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Splits a search snippet at its private-use markers. The markers are plain
 * characters, never HTML, so wire copy cannot smuggle markup into the page.
 * A marker left unclosed simply runs to the end.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  for (const char of snippet) {
    if (char === SNIPPET_MARK_OPEN || char === SNIPPET_MARK_CLOSE) {
      if (text) parts.push({ text, match });
      text = '';
      match = char === SNIPPET_MARK_OPEN;
    } else {
      text += char;
    }
  }
  if (text) parts.push({ text, match });
  return parts;
}
