import { COMMAND_PRIORITY_HIGH, FORMAT_ELEMENT_COMMAND, FORMAT_TEXT_COMMAND, mergeRegister, TextNode, type LexicalEditor, type TextFormatType } from 'lexical';

/** The only inline formats a story has: Lexical's format bits for bold (1) and italic (2). */
const ALLOWED_FORMATS: readonly TextFormatType[] = ['bold', 'italic'];
const ALLOWED_BITS = 1 | 2;

/**
 * Keeps text to bold and italic whatever asks for more: Lexical's own
 * shortcuts (Ctrl+U underline, code, strikethrough…), the OS's format input
 * events, alignment commands, and anything that arrives with other formats
 * or inline styles (another laptop's text, a paste that slipped past the cleaner).
 */
export function registerAllowedFormats(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => !ALLOWED_FORMATS.includes(format), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(FORMAT_ELEMENT_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
    editor.registerNodeTransform(TextNode, (node) => {
      const format = node.getFormat();
      if ((format & ~ALLOWED_BITS) !== 0) node.setFormat(format & ALLOWED_BITS);
      if (node.getStyle() !== '') node.setStyle('');
    }),
  );
}
