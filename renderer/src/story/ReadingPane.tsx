import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useProfile } from '../user/use-profile.ts';
import { useApi } from '../shell/api-context.tsx';
import { storyKey } from '../shell/query-keys.ts';
import { StoryView } from './StoryView.tsx';
import { prefetchStoryText } from '../editor/story-text-prefetch.ts';
// Here as well as in the editor: the Wire copy | Edit switch is styled before the editor's code arrives.
import '../editor/editor.css';
import type * as StoryEditorCode from '../editor/StoryEditor.tsx';

/** The editor (Lexical, Yjs) is most of the app's code: the archive starts without it, and it loads once a story is open. */
type StoryEditorModule = typeof StoryEditorCode;
/** The editor's code once it is in: rendered straight away, where a first render of the lazy component would suspend, and React holds back a suspended pane's content for up to 300 ms. */
let loadedEditor: StoryEditorModule | undefined;
const loadStoryEditor = () =>
  import('../editor/StoryEditor.tsx').then((module) => {
    // Once per session, while the editor reads: the first story opened in the editor then opens as fast as the next.
    if (!loadedEditor) requestIdleCallback(() => module.warmUpEditor(), { timeout: 2000 });
    loadedEditor = module;
    return module;
  });
const LazyStoryEditor = lazy(() =>
  loadStoryEditor().then(
    (module) => ({ default: module.StoryEditor }),
    // A page left open across an update asks for code that is gone: say so rather than take the workstation down.
    (err: unknown) => ({ default: () => <EditorMissing reason={err instanceof Error ? err.message : String(err)} /> }),
  ),
);

/** The wire copy as the agency sent it, or the story in the editor. */
type PaneMode = 'wire' | 'edit';

export function ReadingPane({ storyId, hidden = false }: { storyId: string | null; hidden?: boolean }) {
  // The pane is remounted per story, so each story opens on its wire copy.
  const [mode, setMode] = useState<PaneMode>('wire');
  const editing = storyId !== null && mode === 'edit';
  return (
    <section className={`reading-pane${editing ? ' is-editing' : ''}`} aria-label="Reading pane" hidden={hidden}>
      {storyId ? <OpenStory id={storyId} mode={mode} onMode={setMode} /> : <NothingOpen />}
    </section>
  );
}

function OpenStory({ id, mode, onMode }: { id: string; mode: PaneMode; onMode: (mode: PaneMode) => void }) {
  const api = useApi();
  // null: the newest version. The pane is remounted per story, so this starts over for each.
  const [versionId, setVersionId] = useState<string | null>(null);
  const tabsId = useId();
  // Fetched while the story is read, so pressing Edit does not wait for the code.
  useEffect(() => {
    loadStoryEditor().catch(() => {
      // Told when Edit is pressed (EditorMissing).
    });
  }, []);
  const story = useQuery({
    queryKey: storyKey(id, versionId),
    queryFn: () => api.call('story.get', versionId ? { id, versionId } : { id }),
    // Switching versions keeps the page on screen until the other version is in: no flash of "Opening…".
    placeholderData: keepPreviousData,
  });
  if (story.isPending) return <p className="reading-status">Opening the story…</p>;
  if (story.isError) {
    return (
      <p className="reading-status pane-error" role="alert">
        This story could not be opened: {story.error.message}
      </p>
    );
  }
  const contentId = `${tabsId}-content`;
  const choose = (next: PaneMode) => {
    // Before the editor renders: the text is on its way meanwhile.
    if (next === 'edit' && mode !== 'edit') prefetchStoryText(api, id);
    onMode(next);
  };
  return (
    <>
      <PaneModes mode={mode} onMode={choose} tabsId={tabsId} contentId={contentId} />
      <div id={contentId} className="pane-content" role="tabpanel" aria-labelledby={`${tabsId}-${mode}`}>
        {mode === 'wire' ? (
          <StoryView detail={story.data} onShowVersion={setVersionId} switching={story.isPlaceholderData} />
        ) : (
          <EditView storyId={id} language={story.data.story.language ?? null} />
        )}
      </div>
    </>
  );
}

const MODES: { mode: PaneMode; label: string; title: string }[] = [
  { mode: 'wire', label: 'Wire copy', title: 'The story as the agency sent it: never changed' },
  { mode: 'edit', label: 'Edit', title: 'Edit the story, comment on it, flag it for translation; the wire copy stays as it is' },
];

function PaneModes({ mode, onMode, tabsId, contentId }: { mode: PaneMode; onMode: (mode: PaneMode) => void; tabsId: string; contentId: string }) {
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const other: PaneMode = mode === 'wire' ? 'edit' : 'wire';
    onMode(other);
    document.getElementById(`${tabsId}-${other}`)?.focus();
  };
  return (
    <div className="pane-modes">
      <div className="view-tabs" role="tablist" aria-label="Story view">
        {MODES.map((m) => (
          <button
            key={m.mode}
            id={`${tabsId}-${m.mode}`}
            type="button"
            role="tab"
            className={`view-tab${mode === m.mode ? ' is-selected' : ''}`}
            aria-selected={mode === m.mode}
            aria-controls={contentId}
            tabIndex={mode === m.mode ? 0 : -1}
            title={m.title}
            onClick={() => onMode(m.mode)}
            onKeyDown={onKeyDown}
          >
            {m.label}
          </button>
        ))}
      </div>
    </div>
  );
}

/** Editing signs every revision, comment and flag with the editor's name: without one, it waits for it. */
function EditView({ storyId, language }: { storyId: string; language: string | null }) {
  const user = useProfile();
  if (user.isPending) return <p className="reading-status">Opening the editor…</p>;
  if (user.isError) {
    return (
      <p className="reading-status pane-error" role="alert">
        The editor could not start: {user.error.message}
      </p>
    );
  }
  if (!user.data.profile) {
    return (
      <div className="reading-empty edit-needs-profile">
        <p className="empty-title">Who is editing?</p>
        <p>
          Copydesk puts your name on every revision, comment and translation flag, so it needs your name and initials before
          you edit. Give them in Settings, under Your name; this story then opens for editing here.
        </p>
      </div>
    );
  }
  return (
    <div className="edit-view">
      {loadedEditor ? (
        <loadedEditor.StoryEditor storyId={storyId} language={language} profile={user.data.profile} />
      ) : (
        <Suspense fallback={<p className="reading-status">Opening the editor…</p>}>
          <LazyStoryEditor storyId={storyId} language={language} profile={user.data.profile} />
        </Suspense>
      )}
    </div>
  );
}

function EditorMissing({ reason }: { reason: string }) {
  return (
    <p className="reading-status pane-error" role="alert">
      The editor could not be loaded ({reason}). Reload the window to edit this story.
    </p>
  );
}

function NothingOpen() {
  return (
    <div className="reading-empty">
      <p className="empty-title">No story open</p>
      <p>Pick a story from the list to read it here.</p>
      <dl className="key-hints" aria-label="Keyboard shortcuts">
        <dt>
          <kbd>/</kbd>
        </dt>
        <dd>search the archive</dd>
        <dt>
          <kbd>j</kbd> <kbd>k</kbd>
        </dt>
        <dd>next, previous story</dd>
        <dt>
          <kbd>Enter</kbd>
        </dt>
        <dd>open the selected story</dd>
        <dt>
          <kbd>x</kbd>
        </dt>
        <dd>mark the story (to spike several)</dd>
        <dt>
          <kbd>Shift</kbd> <kbd>j</kbd> <kbd>k</kbd>
        </dt>
        <dd>mark a range</dd>
        <dt>
          <kbd>Esc</kbd>
        </dt>
        <dd>unmark all</dd>
      </dl>
    </div>
  );
}
