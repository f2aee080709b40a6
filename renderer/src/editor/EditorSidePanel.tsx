import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_CRITICAL, type LexicalCommand } from 'lexical';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { OPEN_COMMENT_COMPOSER_COMMAND } from './comments/comment-commands.ts';
import { FLAG_PARAGRAPHS_COMMAND, FLAG_SELECTION_COMMAND } from './flags/flag-commands.ts';
import { CommentsPanel } from './comments/CommentsPanel.tsx';
import { FlagsPanel } from './flags/FlagsPanel.tsx';
import { RevisionsPanel } from './revisions/RevisionsPanel.tsx';

const TABS = [
  { id: 'comments', label: 'Comments' },
  { id: 'translation', label: 'Translation' },
  { id: 'revisions', label: 'Revisions' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** Beside the text: its comment threads, its translation flags, its revision history. Inside the composer, so panels can reach the editor. */
export function EditorSidePanel({ storyId }: { storyId: string }) {
  const [tab, setTab] = useState<Tab>('comments');
  useShowTabOn(OPEN_COMMENT_COMPOSER_COMMAND, 'comments', setTab);
  useShowTabOn(FLAG_SELECTION_COMMAND, 'translation', setTab);
  useShowTabOn(FLAG_PARAGRAPHS_COMMAND, 'translation', setTab);
  const baseId = useId();
  const tabId = (id: Tab) => `${baseId}-tab-${id}`;
  const panelId = `${baseId}-panel`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!.id;
    setTab(next);
    document.getElementById(tabId(next))?.focus();
  };

  return (
    <aside className="editor-side" aria-label="Story desk">
      <div className="view-tabs editor-side-tabs" role="tablist" aria-label="Story desk">
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            id={tabId(id)}
            type="button"
            role="tab"
            className={`view-tab${tab === id ? ' is-selected' : ''}`}
            aria-selected={tab === id}
            aria-controls={panelId}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={onKeyDown}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="editor-side-panel" id={panelId} role="tabpanel" aria-labelledby={tabId(tab)}>
        {tab === 'comments' && <CommentsPanel storyId={storyId} />}
        {tab === 'translation' && <FlagsPanel storyId={storyId} />}
        {tab === 'revisions' && <RevisionsPanel storyId={storyId} />}
      </div>
    </aside>
  );
}

/** Commenting or flagging brings its panel forward, where the new thread or flag appears; the command still goes on to its plugin. */
function useShowTabOn(command: LexicalCommand<void>, tab: Tab, show: (tab: Tab) => void): void {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        command,
        () => {
          show(tab);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor, command, tab, show],
  );
}
