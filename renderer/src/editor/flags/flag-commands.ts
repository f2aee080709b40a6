import { createCommand, type LexicalCommand } from 'lexical';

/** Flags the selected text for translation (opens the flag form over it). */
export const FLAG_SELECTION_COMMAND: LexicalCommand<void> = createCommand('FLAG_SELECTION_COMMAND');
/** Flags each paragraph the selection touches, whole, one flag per paragraph. */
export const FLAG_PARAGRAPHS_COMMAND: LexicalCommand<void> = createCommand('FLAG_PARAGRAPHS_COMMAND');
