import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';

/**
 * Every node a story document may hold. The renderer's editor and the
 * services' headless one register the same list: a node one side does not know
 * would be dropped when the other materialises the Yjs document.
 *
 * The document's shape: an h1 (the headline), an h2 (the standfirst), then the
 * body: paragraphs, h3 subheadings, lists, block quotes, links and marks
 * (comment threads and translation flags) inside them.
 */
export const EDITOR_NODES = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, MarkNode];

/** Mark ids say what a mark anchors: a comment thread or a translation flag. */
export const COMMENT_MARK_PREFIX = 'comment:';
export const FLAG_MARK_PREFIX = 'flag:';

/** Links an editor may keep: the web only (no javascript:, file:, data:…). */
export function isAllowedLinkUrl(url: string): boolean {
  return /^https?:\/\/[^\s/?#]+\.[^\s]*$/i.test(url.trim()) || /^https?:\/\/localhost(?:[:/]|$)/i.test(url.trim());
}
