import type { CopydeskApi } from '../../../shared/api/client.ts';
import type { MethodOutput } from '../../../shared/api/contract.ts';

type OpenReply = MethodOutput<'story.text.open'>;

/** What the editor's provider takes over: the open already on its way, and the text's changes since it was asked for. */
export interface PrefetchedText {
  reply: Promise<OpenReply>;
  /** Changes made elsewhere since the open was asked for (base64 Yjs updates), oldest first. */
  changes(): readonly string[];
  /** Stops following the text's changes: the provider follows them itself now. */
  release(): void;
}

/** A prefetch nobody took (the editor never came up) stops following the text after this long. */
const KEEP_MS = 10_000;

let waiting: (PrefetchedText & { storyId: string; timer: ReturnType<typeof setTimeout> }) | null = null;

/**
 * Asks for a story's text as Edit is pressed, before the editor renders:
 * the services make a never-opened story's document from the wire (tens of
 * ms for a long story) while the page renders the editor around it, instead
 * of after. The story's changes are followed from the moment of asking, as
 * the provider itself does, so none made while the text is on its way is
 * missed. One at a time: asking for another story drops the last.
 */
export function prefetchStoryText(api: CopydeskApi, storyId: string): void {
  drop();
  const changes: string[] = [];
  const stop = api.on('story.text.changed', (event) => {
    if (event.storyId === storyId) changes.push(event.updateBase64);
  });
  const reply = api.call('story.text.open', { storyId });
  // Whoever takes it sees a failure; one nobody takes must not surface as unhandled.
  reply.catch(() => {});
  const prefetched = {
    storyId,
    reply,
    changes: () => changes,
    release: () => {
      stop();
      clearTimeout(prefetched.timer);
    },
    timer: setTimeout(() => drop(), KEEP_MS),
  };
  waiting = prefetched;
}

/** The prefetched open of this story, if one waits; taken once. */
export function takePrefetchedText(storyId: string): PrefetchedText | null {
  if (waiting?.storyId !== storyId) return null;
  const taken = waiting;
  waiting = null;
  return taken;
}

function drop(): void {
  waiting?.release();
  waiting = null;
}
