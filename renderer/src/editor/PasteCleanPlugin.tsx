import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isNodeSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, PASTE_TAG, type PasteCommandType, type SerializedLexicalNode } from 'lexical';
import { useEffect } from 'react';
import { $dropCopiedMarks, $markIdsInDocument } from './paste/copied-marks.ts';
import { cleanPastedHtml } from './paste/clean-pasted-html.ts';
import { STORY_EDITOR_NAMESPACE } from './story-namespace.ts';

const LEXICAL_MIME = 'application/x-lexical-editor';

/**
 * Pasted HTML (web pages, Word, Google Docs) comes in as the story's own
 * kinds of block and format only (see cleanPastedHtml); a copy from this
 * editor keeps its nodes but not a second anchor for a comment or flag. Plain
 * text is left to Lexical, which already makes paragraphs of its lines.
 */
export function PasteCleanPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = clipboardOf(event);
          if (!data || !editor.isEditable()) return false;
          const own = ownCopy(data.getData(LEXICAL_MIME));
          const html = data.getData('text/html');
          if (!own && html.trim() === '') return false;
          event.preventDefault();
          editor.update(
            () => {
              const selection = $getSelection();
              if (!$isRangeSelection(selection) && !$isNodeSelection(selection)) return;
              const nodes = own
                ? $dropCopiedMarks($generateNodesFromSerializedNodes(own), $markIdsInDocument())
                : $generateNodesFromDOM(editor, new DOMParser().parseFromString(cleanPastedHtml(html), 'text/html'));
              $insertGeneratedNodes(editor, nodes, selection);
            },
            { tag: PASTE_TAG },
          );
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}

function clipboardOf(event: PasteCommandType): DataTransfer | null {
  if ('clipboardData' in event) return event.clipboardData;
  if ('dataTransfer' in event) return event.dataTransfer;
  return null;
}

/** Nodes copied from a story editor (any window of Copydesk); null for anything else. */
function ownCopy(json: string): SerializedLexicalNode[] | null {
  if (json === '') return null;
  try {
    const payload = JSON.parse(json) as { namespace?: unknown; nodes?: unknown };
    if (payload.namespace === STORY_EDITOR_NAMESPACE && Array.isArray(payload.nodes)) return payload.nodes as SerializedLexicalNode[];
  } catch {
    // not JSON: treat as foreign
  }
  return null;
}
