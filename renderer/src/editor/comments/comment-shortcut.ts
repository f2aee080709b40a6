type Keys = Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/**
 * Ctrl+Alt+M (Cmd+Alt+M on a Mac). Matched on the physical key: with Alt held
 * a layout may type µ or another letter, so event.key cannot be trusted.
 */
export function isCommentShortcut(event: Keys): boolean {
  return event.code === 'KeyM' && event.altKey && (event.ctrlKey || event.metaKey) && !event.shiftKey;
}
