import { $toggleLink } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $setSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type BaseSelection,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { OPEN_COMMENT_COMPOSER_COMMAND } from './comments/comment-commands.ts';
import { FLAG_PARAGRAPHS_COMMAND, FLAG_SELECTION_COMMAND } from './flags/flag-commands.ts';
import { registerAllowedFormats } from './toolbar/allowed-formats.ts';
import { $setBodyBlockType, type BodyBlockType } from './toolbar/block-type.ts';
import { checkLinkUrl } from './toolbar/link-url.ts';
import { $toolbarState, NO_SELECTION, sameToolbarState, type ToolbarState } from './toolbar/toolbar-state.ts';

const BLOCK_BUTTONS: { type: BodyBlockType; label: string; glyph: string }[] = [
  { type: 'paragraph', label: 'Paragraph', glyph: '¶' },
  { type: 'subheading', label: 'Subheading', glyph: 'H3' },
  { type: 'quote', label: 'Block quote', glyph: '❝' },
  { type: 'bullet', label: 'Bulleted list', glyph: '•≡' },
  { type: 'number', label: 'Numbered list', glyph: '1≡' },
];

/** The story editor's formatting: block kinds, bold, italic, links, undo, and the comment and translation actions. */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState(editor);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [editable, setEditable] = useState(() => editor.isEditable());
  const [linkEditor, setLinkEditor] = useState<{ selection: BaseSelection | null; url: string } | null>(null);

  useEffect(() => registerAllowedFormats(editor), [editor]);
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (can) => {
            setCanUndo(can);
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (can) => {
            setCanRedo(can);
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerEditableListener(setEditable),
      ),
    [editor],
  );

  const off = !editable;
  const blockOff = off || !state.inStory || state.inTitles;
  const openLink = () => {
    const selection = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    setLinkEditor({ selection, url: state.linkUrl ?? '' });
  };

  return (
    <div className="editor-toolbar-wrap">
      <div className="editor-toolbar" role="toolbar" aria-label="Formatting" aria-disabled={off}>
        <Group label="Block">
          {BLOCK_BUTTONS.map(({ type, label, glyph }) => (
            <ToolButton
              key={type}
              label={label}
              title={state.inTitles ? `${label}: not for the headline or standfirst` : label}
              pressed={state.block === type}
              disabled={blockOff}
              onPress={() => editor.update(() => $setBodyBlockType(type))}
            >
              {glyph}
            </ToolButton>
          ))}
        </Group>
        <Group label="Text">
          <ToolButton label="Bold" title="Bold (Ctrl+B)" pressed={state.bold} disabled={off} onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
            <b>B</b>
          </ToolButton>
          <ToolButton label="Italic" title="Italic (Ctrl+I)" pressed={state.italic} disabled={off} onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}>
            <i>I</i>
          </ToolButton>
          <ToolButton
            label="Link"
            title={state.linkUrl ? `Link to ${state.linkUrl}: change or remove it` : 'Link the selected words to a web page'}
            pressed={state.linkUrl !== null}
            disabled={off || (!state.hasText && state.linkUrl === null)}
            wide
            onPress={openLink}
          >
            Link
          </ToolButton>
        </Group>
        <Group label="History">
          <ToolButton label="Undo" title="Undo (Ctrl+Z)" disabled={off || !canUndo} onPress={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
            ↶
          </ToolButton>
          <ToolButton label="Redo" title="Redo (Ctrl+Shift+Z)" disabled={off || !canRedo} onPress={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
            ↷
          </ToolButton>
        </Group>
        <Group label="Desk">
          <ToolButton
            label="Comment"
            title="Comment on the selected words (Ctrl+Alt+M)"
            wide
            disabled={off || !state.hasText}
            onPress={() => editor.dispatchCommand(OPEN_COMMENT_COMPOSER_COMMAND, undefined)}
          >
            Comment
          </ToolButton>
          <ToolButton
            label="Flag for translation"
            title="Flag the selected words for translation"
            wide
            disabled={off || !state.hasText}
            onPress={() => editor.dispatchCommand(FLAG_SELECTION_COMMAND, undefined)}
          >
            Flag for translation
          </ToolButton>
          <ToolButton
            label="Flag paragraphs"
            title="Flag each paragraph the selection touches for translation, whole"
            wide
            disabled={off || !state.inStory}
            onPress={() => editor.dispatchCommand(FLAG_PARAGRAPHS_COMMAND, undefined)}
          >
            Flag paragraphs
          </ToolButton>
        </Group>
      </div>
      {linkEditor && (
        <LinkForm
          initialUrl={linkEditor.url}
          canRemove={state.linkUrl !== null}
          onApply={(url) => {
            applyLink(editor, linkEditor.selection, url);
            setLinkEditor(null);
          }}
          onCancel={() => {
            setLinkEditor(null);
            editor.focus();
          }}
        />
      )}
    </div>
  );
}

/** Links (or unlinks, with null) the words selected when the link form opened: focus went to the form meanwhile. */
function applyLink(editor: LexicalEditor, selection: BaseSelection | null, url: string | null): void {
  editor.update(() => {
    if (selection) $setSelection(selection.clone());
    $toggleLink(url);
  });
  editor.focus();
}

function useToolbarState(editor: LexicalEditor): ToolbarState {
  const [state, setState] = useState<ToolbarState>(NO_SELECTION);
  const latest = useRef(state);
  useEffect(() => {
    const refresh = () => {
      const next = editor.getEditorState().read(() => $toolbarState());
      // Typing changes nothing here most of the time: keep the toolbar from re-rendering on each keystroke.
      if (sameToolbarState(next, latest.current)) return;
      latest.current = next;
      setState(next);
    };
    return mergeRegister(
      editor.registerUpdateListener(refresh),
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          refresh();
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    );
  }, [editor]);
  return state;
}

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="editor-toolbar-group" role="group" aria-label={label}>
      {children}
    </div>
  );
}

function ToolButton({
  label,
  title,
  pressed,
  disabled,
  wide = false,
  onPress,
  children,
}: {
  label: string;
  title: string;
  pressed?: boolean;
  disabled: boolean;
  wide?: boolean;
  onPress: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`tool-button${wide ? ' tool-button-wide' : ''}${pressed ? ' is-active' : ''}`}
      aria-label={wide ? undefined : label}
      aria-pressed={pressed}
      title={title}
      disabled={disabled}
      // Keep the editor's selection: a press must act on the words the editor selected.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  );
}

function LinkForm({
  initialUrl,
  canRemove,
  onApply,
  onCancel,
}: {
  initialUrl: string;
  canRemove: boolean;
  onApply: (url: string | null) => void;
  onCancel: () => void;
}) {
  const [typed, setTyped] = useState(initialUrl);
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const problemId = useId();
  return (
    <form
      className="link-form"
      aria-label="Link"
      onSubmit={(event) => {
        event.preventDefault();
        const check = checkLinkUrl(typed);
        if (check.ok) onApply(check.url);
        else setProblem(check.message);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <label htmlFor={inputId}>Web address</label>
      <input
        id={inputId}
        type="text"
        inputMode="url"
        autoFocus
        value={typed}
        placeholder="https://"
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => {
          setTyped(event.target.value);
          setProblem(null);
        }}
      />
      <button type="submit" className="button button-small button-primary">
        {canRemove ? 'Change link' : 'Add link'}
      </button>
      {canRemove && (
        <button type="button" className="button button-small" onClick={() => onApply(null)}>
          Remove link
        </button>
      )}
      <button type="button" className="button button-small button-quiet" onClick={onCancel}>
        Cancel
      </button>
      {problem && (
        <p id={problemId} className="link-form-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
