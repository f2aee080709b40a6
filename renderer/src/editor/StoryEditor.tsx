import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { EDITOR_NODES, isAllowedLinkUrl } from '../../../shared/editor/editor-nodes.ts';
import type { UserProfile } from '../../../shared/model/editing.ts';
import { useApi } from '../shell/api-context.tsx';
import { ApiYjsProvider } from './api-yjs-provider.ts';
import { CommentPlugin } from './comments/CommentPlugin.tsx';
import { CountsPlugin } from './CountsPlugin.tsx';
import { editorTheme } from './editor-theme.ts';
import { EditorSidePanel } from './EditorSidePanel.tsx';
import { TranslateFlagPlugin } from './flags/TranslateFlagPlugin.tsx';
import { PasteCleanPlugin } from './PasteCleanPlugin.tsx';
import { SaveIndicator, sentence } from './SaveIndicator.tsx';
import { StoryTextProvider, useProviderStatus } from './story-text-context.tsx';
import { STORY_EDITOR_NAMESPACE } from './story-namespace.ts';
import { ToolbarPlugin } from './ToolbarPlugin.tsx';
import './editor.css';
export { warmUpEditor } from './warm-up.ts';

export interface StoryEditorProps {
  storyId: string;
  /** The story's language (the translation flags' source); null when the wire did not say. */
  language: string | null;
  profile: UserProfile;
}

/**
 * The story editor: Lexical over the story's Yjs document, which the
 * services own and seed from the wire (so nothing is bootstrapped here), with
 * the toolbar, the status bar (save state, counts) and the side panel
 * (comments, translation flags, revisions).
 */
export function StoryEditor(props: StoryEditorProps) {
  // A provider and a Yjs document belong to one story: another story is another editor.
  return <EditorForStory key={props.storyId} {...props} />;
}

function EditorForStory({ storyId, language, profile }: StoryEditorProps) {
  const api = useApi();
  const [provider] = useState(() => new ApiYjsProvider(api, storyId));
  const providerFactory = useCallback(
    (id: string, docs: Map<string, Y.Doc>) => {
      docs.set(id, provider.doc);
      return provider;
    },
    [provider],
  );
  // Leaving the editor (another story, back to the wire copy) closes the text: the services may take an autosave checkpoint.
  useEffect(() => () => void provider.close(), [provider]);

  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: STORY_EDITOR_NAMESPACE,
    nodes: EDITOR_NODES,
    theme: editorTheme,
    // The text comes from the Yjs document; until it is in, there is nothing to type into.
    editorState: null,
    editable: false,
    onError: (error) => {
      console.error('Story editor:', error);
    },
  }));

  return (
    <LexicalCollaboration>
      <LexicalComposer initialConfig={initialConfig}>
        <StoryTextProvider provider={provider}>
          <div className="story-editor">
            <div className="story-editor-main">
              <ToolbarPlugin />
              <OpenProblem provider={provider} />
              <div className="story-editor-scroll">
                <RichTextPlugin
                  contentEditable={<ContentEditable className="story-editor-content" aria-label="Story text" spellCheck />}
                  ErrorBoundary={LexicalErrorBoundary}
                />
              </div>
              <footer className="editor-status">
                <SaveIndicator provider={provider} />
                <CountsPlugin />
              </footer>
            </div>
            <EditorSidePanel storyId={storyId} />
          </div>
          <CollaborationPlugin id={storyId} providerFactory={providerFactory} shouldBootstrap={false} username={profile.name} />
          <EditableOnceOpen provider={provider} />
          <ListPlugin />
          <LinkPlugin validateUrl={isAllowedLinkUrl} />
          <PasteCleanPlugin />
          <CommentPlugin storyId={storyId} />
          <TranslateFlagPlugin storyId={storyId} storyLanguage={language} />
        </StoryTextProvider>
      </LexicalComposer>
    </LexicalCollaboration>
  );
}

/** Typing before the text is in would write into an empty document that the services' text then merges with. */
function EditableOnceOpen({ provider }: { provider: ApiYjsProvider }) {
  const [editor] = useLexicalComposerContext();
  // Straight from the provider, in the same task as the text arrives: through React state and an effect it came a render and a paint later.
  useEffect(() => {
    const follow = () => editor.setEditable(provider.getStatus().open.kind === 'open');
    follow();
    return provider.subscribe(follow);
  }, [editor, provider]);
  return null;
}

function OpenProblem({ provider }: { provider: ApiYjsProvider }) {
  const { open } = useProviderStatus(provider);
  if (open.kind === 'opening') {
    return <p className="editor-opening">Opening the story’s text…</p>;
  }
  if (open.kind !== 'failed') return null;
  return (
    <p className="editor-open-problem" role="alert">
      The story’s text could not be opened: {sentence(open.reason)}{' '}
      <button type="button" className="link-button" onClick={() => provider.reopen()}>
        Try again
      </button>
    </p>
  );
}
