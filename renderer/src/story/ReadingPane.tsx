import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../shell/api-context.tsx';
import { storyKey } from '../shell/query-keys.ts';
import { StoryView } from './StoryView.tsx';

export function ReadingPane({ storyId, hidden = false }: { storyId: string | null; hidden?: boolean }) {
  return (
    <section className="reading-pane" aria-label="Reading pane" hidden={hidden}>
      {storyId ? <OpenStory id={storyId} /> : <NothingOpen />}
    </section>
  );
}

function OpenStory({ id }: { id: string }) {
  const api = useApi();
  // null: the newest version. The pane is remounted per story, so this starts over for each.
  const [versionId, setVersionId] = useState<string | null>(null);
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
  return <StoryView detail={story.data} onShowVersion={setVersionId} switching={story.isPlaceholderData} />;
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
