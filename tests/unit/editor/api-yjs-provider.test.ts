import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { CopydeskApi } from '../../../shared/api/client.ts';
import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import { ApiYjsProvider, SEND_EVERY_MS, SHOW_SAVING_AFTER_MS } from '../../../renderer/src/editor/api-yjs-provider.ts';
import { prefetchStoryText, takePrefetchedText } from '../../../renderer/src/editor/story-text-prefetch.ts';

const STORY = 'story-1';

/**
 * The services' side of story.text.*: a real Y.Doc per story that takes
 * updates as the contract does. Calls to story.text.update can be held (to
 * see what the provider does meanwhile) or made to fail.
 */
class TextServices {
  readonly doc = new Y.Doc();
  readonly updates: Uint8Array[] = [];
  readonly calls: string[] = [];
  hold = false;
  failWith: ApiError | null = null;
  /** story.text.open fails with this while set. */
  failOpenWith: ApiError | null = null;
  private held: Array<() => void> = [];
  private readonly listeners = new Set<(payload: EventPayload<'story.text.changed'>) => void>();

  constructor(text: string) {
    this.doc.getText('body').insert(0, text);
  }

  get text(): string {
    return this.doc.getText('body').toString();
  }

  /** How many follow the text's changes now. */
  get following(): number {
    return this.listeners.size;
  }

  /** Lets the held update calls answer. */
  release(): void {
    const held = this.held;
    this.held = [];
    for (const answer of held) answer();
  }

  /** A change made elsewhere (another window, a restore): applied here and announced, as the services do. */
  changeElsewhere(storyId: string, change: (doc: Y.Doc) => void): void {
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(this.doc));
    const before = Y.encodeStateVector(other);
    change(other);
    const update = Y.encodeStateAsUpdate(other, before);
    if (storyId === STORY) Y.applyUpdate(this.doc, update);
    for (const listener of this.listeners) listener({ storyId, updateBase64: Buffer.from(update).toString('base64') });
  }

  readonly api: CopydeskApi = {
    call: async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
      this.calls.push(method);
      const answer = (value: unknown) => value as MethodOutput<M>;
      if (method === 'story.text.open') {
        if (this.failOpenWith) throw this.failOpenWith;
        return answer({ stateBase64: Buffer.from(Y.encodeStateAsUpdate(this.doc)).toString('base64'), text: {} });
      }
      if (method === 'story.text.update') {
        const { updateBase64 } = input as MethodInput<'story.text.update'>;
        if (this.hold) await new Promise<void>((resolve) => this.held.push(resolve));
        if (this.failWith) throw this.failWith;
        const update = new Uint8Array(Buffer.from(updateBase64, 'base64'));
        this.updates.push(update);
        Y.applyUpdate(this.doc, update);
        return answer({ stored: true });
      }
      if (method === 'story.text.close') return answer({ revision: null });
      throw new ApiError('not-found', `no method ${method} here`);
    },
    on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => {
      if (event !== 'story.text.changed') return () => {};
      const typed = listener as (payload: EventPayload<'story.text.changed'>) => void;
      this.listeners.add(typed);
      return () => this.listeners.delete(typed);
    },
  };
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function connected(services: TextServices, page: EventTarget = new EventTarget()) {
  const provider = new ApiYjsProvider(services.api, STORY, new Y.Doc(), page);
  const synced: boolean[] = [];
  provider.on('sync', (isSynced: boolean) => synced.push(isSynced));
  provider.connect();
  await settle();
  return { provider, synced, body: provider.doc.getText('body') };
}

describe('the editor’s Yjs provider over the API', () => {
  it('opens with the services’ text, says it is in sync, and sends nothing back for it', async () => {
    const services = new TextServices('Storms closed the port.');
    const { provider, synced, body } = await connected(services);
    expect(body.toString()).toBe('Storms closed the port.');
    expect(synced).toEqual([true]);
    expect(provider.getStatus().open).toEqual({ kind: 'open' });
    expect(services.calls).toEqual(['story.text.open']);
  });

  it('sends each change, one call at a time, merging what is typed while a call is in flight', async () => {
    const services = new TextServices('Port');
    const { provider, body } = await connected(services);
    services.hold = true;
    body.insert(4, ' closed');
    await settle();
    // Not at once: a save that answers quickly never shows.
    expect(provider.getStatus().save).toEqual({ kind: 'saved' });
    await wait(SHOW_SAVING_AFTER_MS + 20);
    expect(provider.getStatus().save).toEqual({ kind: 'saving' });
    body.insert(11, ' on');
    body.insert(14, ' Monday');
    await settle();
    expect(services.calls.filter((c) => c === 'story.text.update')).toHaveLength(1);

    services.hold = false;
    services.release();
    await provider.drained();
    expect(services.calls.filter((c) => c === 'story.text.update')).toHaveLength(2);
    expect(services.text).toBe('Port closed on Monday');
    expect(provider.getStatus().save).toEqual({ kind: 'saved' });
  });

  it('sends what is typed fast at most every SEND_EVERY_MS, merged, and all of it', async () => {
    const services = new TextServices('Port');
    const { provider, body } = await connected(services);
    const started = performance.now();
    for (const word of [' closed', ' on', ' Monday', ' after', ' the', ' storm']) {
      body.insert(body.length, word);
      await wait(10);
    }
    const elapsed = performance.now() - started;
    const sends = services.calls.filter((c) => c === 'story.text.update').length;
    // Six keystrokes 10 ms apart: the first goes at once, the rest wait their turn together.
    expect(sends).toBeLessThanOrEqual(1 + Math.ceil(elapsed / SEND_EVERY_MS));
    expect(sends).toBeLessThan(6);
    await wait(SEND_EVERY_MS + 20);
    expect(services.text).toBe('Port closed on Monday after the storm');
    expect(await provider.drained()).toBe(true);
  });

  it('keeps quiet while quick saves follow each other: the status bar does not flicker or re-render as the editor types', async () => {
    const services = new TextServices('Port');
    const { provider, body } = await connected(services);
    let woken = 0;
    provider.subscribe(() => (woken += 1));
    for (const word of [' closed', ' on', ' Monday']) {
      body.insert(body.length, word);
      await provider.drained();
    }
    await wait(SHOW_SAVING_AFTER_MS + 20);
    expect(services.text).toBe('Port closed on Monday');
    expect(provider.getStatus().save).toEqual({ kind: 'saved' });
    expect(woken).toBe(0);
  });

  it('takes in changes made elsewhere to this story only, without sending them back', async () => {
    const services = new TextServices('Dock workers vote.');
    const { body } = await connected(services);
    services.changeElsewhere(STORY, (doc) => doc.getText('body').insert(0, 'Tuesday: '));
    services.changeElsewhere('another-story', (doc) => doc.getText('body').insert(0, 'NOT THIS '));
    await settle();
    expect(body.toString()).toBe('Tuesday: Dock workers vote.');
    expect(services.calls).not.toContain('story.text.update');
  });

  it('says why a change was not saved, keeps it, and saves it on retry', async () => {
    const services = new TextServices('Quake');
    const { provider, body } = await connected(services);
    services.failWith = new ApiError('internal', 'Copydesk is not answering');
    body.insert(5, ' hits coast');
    await settle();
    const failed = provider.getStatus().save;
    expect(failed.kind).toBe('failed');
    expect(failed.kind === 'failed' && failed.reason).toBe('Copydesk is not answering');
    expect(services.text).toBe('Quake');

    services.failWith = null;
    provider.retry();
    await provider.drained();
    expect(services.text).toBe('Quake hits coast');
    expect(provider.getStatus().save).toEqual({ kind: 'saved' });
  });

  it('sends what is queued at once when the page goes away, without waiting for the call in flight', async () => {
    const services = new TextServices('Flood');
    const page = new EventTarget();
    const { body } = await connected(services, page);
    services.hold = true;
    body.insert(5, ' warning');
    await settle();
    body.insert(13, ' lifted');
    page.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(services.calls.filter((c) => c === 'story.text.update')).toHaveLength(2);
    services.hold = false;
    services.release();
    await settle();
    expect(services.text).toBe('Flood warning lifted');
  });

  it('closes the story only after the last change is stored', async () => {
    const services = new TextServices('Fire');
    const { provider, body } = await connected(services);
    services.hold = true;
    body.insert(4, ' contained');
    const closing = provider.close();
    await settle();
    expect(services.calls).not.toContain('story.text.close');
    services.hold = false;
    services.release();
    await closing;
    expect(services.calls.at(-1)).toBe('story.text.close');
    expect(services.text).toBe('Fire contained');
  });

  it('stops taking in changes once disconnected', async () => {
    const services = new TextServices('Election');
    const { provider, body } = await connected(services);
    provider.disconnect();
    services.changeElsewhere(STORY, (doc) => doc.getText('body').insert(8, ' called'));
    await settle();
    expect(body.toString()).toBe('Election');
  });
});

describe('the text asked for as Edit is pressed (prefetchStoryText)', () => {
  it('is what the provider opens with, asked once, with a change made while it was on its way', async () => {
    const services = new TextServices('Storms closed the port.');
    prefetchStoryText(services.api, STORY);
    // After the services answered the open, before the editor (and its provider) is up.
    services.changeElsewhere(STORY, (doc) => doc.getText('body').insert(0, 'UPDATE: '));
    const { provider, body } = await connected(services);
    expect(body.toString()).toBe('UPDATE: Storms closed the port.');
    expect(provider.getStatus().open).toEqual({ kind: 'open' });
    expect(services.calls).toEqual(['story.text.open']);
    // Only the provider follows the story now.
    expect(services.following).toBe(1);
    provider.disconnect();
  });

  it('serves only its own story, once; another prefetch drops it', async () => {
    const services = new TextServices('Storms closed the port.');
    prefetchStoryText(services.api, 'another-story');
    expect(takePrefetchedText(STORY)).toBeNull();
    prefetchStoryText(services.api, STORY);
    expect(services.following).toBe(1);
    expect(takePrefetchedText('another-story')).toBeNull();
    const taken = takePrefetchedText(STORY);
    expect(taken).not.toBeNull();
    expect(takePrefetchedText(STORY)).toBeNull();
    taken?.release();
    expect(services.following).toBe(0);
  });

  it('stops following the story when no editor takes it', () => {
    vi.useFakeTimers();
    try {
      const services = new TextServices('Storms closed the port.');
      prefetchStoryText(services.api, STORY);
      expect(services.following).toBe(1);
      vi.advanceTimersByTime(10_000);
      expect(services.following).toBe(0);
      expect(takePrefetchedText(STORY)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('failed: the editor says so, and Try again asks the services afresh', async () => {
    const services = new TextServices('Storms closed the port.');
    services.failOpenWith = new ApiError('internal', 'the archive is busy');
    prefetchStoryText(services.api, STORY);
    const { provider, body } = await connected(services);
    expect(provider.getStatus().open).toMatchObject({ kind: 'failed' });
    services.failOpenWith = null;
    provider.reopen();
    await settle();
    expect(provider.getStatus().open).toEqual({ kind: 'open' });
    expect(body.toString()).toBe('Storms closed the port.');
    expect(services.calls).toEqual(['story.text.open', 'story.text.open']);
    provider.disconnect();
  });
});
