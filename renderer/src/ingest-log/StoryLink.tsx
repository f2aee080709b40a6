import { useQuery } from '@tanstack/react-query';
import { useApi } from '../shell/api-context.tsx';
import { storyKey } from '../shell/query-keys.ts';

/**
 * A story a logged file produced, by the headline that file gave it (a later
 * version may have changed it); pressing it opens the story in the archive.
 * The log keeps only ids, so the headline is fetched for the rows on screen.
 */
export function StoryLink({
  storyId,
  versionId,
  onOpen,
}: {
  storyId: string;
  versionId: string | undefined;
  onOpen: (storyId: string) => void;
}) {
  const api = useApi();
  const story = useQuery({
    queryKey: storyKey(storyId, versionId),
    queryFn: () => api.call('story.get', versionId ? { id: storyId, versionId } : { id: storyId }),
  });
  const headline = story.data?.story.headline;
  return (
    <button
      type="button"
      className="link-button log-story"
      aria-label={`Open story: ${headline ?? storyId}`}
      title={headline}
      onClick={() => onOpen(storyId)}
    >
      {headline ?? (story.isError ? 'no longer in the archive' : 'Opening…')}
    </button>
  );
}
