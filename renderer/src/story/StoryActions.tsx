import { useSpike } from '../archive/use-spike.ts';

/** What an editor can do to the story as a whole: for now, spike it or restore it. */
export function StoryActions({ storyId, spiked }: { storyId: string; spiked: boolean }) {
  const spike = useSpike();
  return (
    <div className="story-actions" role="toolbar" aria-label="Story actions">
      <button
        type="button"
        className={`button button-small ${spiked ? 'button-restore' : 'button-spike'}`}
        disabled={spike.isPending}
        title={spiked ? 'Put the story back in the archive’s lists' : 'Take the story out of the archive’s lists (it stays in Spiked)'}
        onClick={() => spike.mutate({ ids: [storyId], spiked: !spiked })}
      >
        {spiked ? 'Restore' : 'Spike'}
      </button>
      {spike.error && (
        <span className="story-actions-error" role="alert">
          {spiked ? 'Not restored' : 'Not spiked'}: {spike.error.message}
        </span>
      )}
    </div>
  );
}
