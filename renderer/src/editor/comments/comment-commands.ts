import { createCommand, type LexicalCommand } from 'lexical';

/** Opens the comment composer on the selected text (Ctrl/Cmd+Alt+M, or the toolbar's Comment button). */
export const OPEN_COMMENT_COMPOSER_COMMAND: LexicalCommand<void> = createCommand('OPEN_COMMENT_COMPOSER_COMMAND');
