import type { Provider, ProviderAwareness, UserState } from '@lexical/yjs';
import * as Y from 'yjs';
import type { CopydeskApi } from '../../../shared/api/client.ts';
import { bytesToBase64 } from '../import/bytes-to-base64.ts';
import { base64ToBytes } from './base64-to-bytes.ts';
import { takePrefetchedText } from './story-text-prefetch.ts';

/** Whether the story's text has reached the services (and so survives a crash). */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  /** `retryAt`: when the provider tries again by itself (epoch ms). */
  | { kind: 'failed'; reason: string; retryAt: number };

export type OpenState = { kind: 'opening' } | { kind: 'open' } | { kind: 'failed'; reason: string };

export interface ProviderStatus {
  open: OpenState;
  save: SaveState;
}

/** The window events the provider listens to; a parameter so tests can hand in their own target. */
export type PageEvents = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

type ProviderEvent = 'sync' | 'status' | 'update' | 'reload';
type Listener = (arg: never) => void;

const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 60_000;
/**
 * A save answered sooner than this never shows as "Saving…": the status bar
 * would flip on every keystroke, and each flip is a render and a frame of the
 * whole window while the editor types (a third of a keystroke's main-thread time
 * in a 5,000-word story). A slow save still shows.
 */
export const SHOW_SAVING_AFTER_MS = 300;
/**
 * While the editor types, what was typed goes at most this often, merged into
 * one update: a request per keystroke cost the page more main-thread time than
 * Lexical's own work on the key. Closing the window sends what waits at once
 * (pagehide); a crash of the page alone may lose what was typed in the last
 * tenth of a second.
 */
export const SEND_EVERY_MS = 100;

/**
 * A Yjs provider for @lexical/yjs over the Copydesk API: the services own
 * the story's document (DESIGN §4); this editor's copy of it opens with
 * story.text.open, sends local changes with story.text.update, and takes
 * in changes made elsewhere (a restore, another window) from the
 * story.text.changed event. One update is in flight at a time, and one goes
 * at most every SEND_EVERY_MS; whatever is typed meanwhile is merged into the
 * next. When the page goes away, what is queued is sent at once.
 */
export class ApiYjsProvider implements Provider {
  readonly awareness: ProviderAwareness;
  private readonly listeners = new Map<ProviderEvent, Set<Listener>>();
  private readonly watchers = new Set<() => void>();
  private status: ProviderStatus = { open: { kind: 'opening' }, save: { kind: 'saved' } };
  private queue: Uint8Array[] = [];
  private sending: Promise<void> | null = null;
  private connected = false;
  /** Bumped on every connect and disconnect, so a late answer to an old open is ignored. */
  private generation = 0;
  private stopRemote: (() => void) | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private savingTimer: ReturnType<typeof setTimeout> | null = null;
  private paceTimer: ReturnType<typeof setTimeout> | null = null;
  private lastSendAt = Number.NEGATIVE_INFINITY;
  private failures = 0;
  /** The services opened the text for this editor at least once: there is something to close. */
  private opened = false;

  constructor(
    private readonly api: CopydeskApi,
    readonly storyId: string,
    readonly doc: Y.Doc = new Y.Doc(),
    private readonly page: PageEvents | null = typeof window === 'undefined' ? null : window,
  ) {
    this.awareness = soloAwareness(doc.clientID);
    doc.on('update', this.onDocUpdate);
  }

  connect(): void {
    if (this.connected) return;
    this.connected = true;
    const generation = ++this.generation;
    // Subscribed before the open: a change made while the state is on its way is not missed (Yjs takes updates in any order).
    this.stopRemote = this.api.on('story.text.changed', ({ storyId, updateBase64 }) => {
      if (storyId === this.storyId) Y.applyUpdate(this.doc, base64ToBytes(updateBase64), this);
    });
    this.page?.addEventListener('pagehide', this.onPageHide);
    this.setStatus({ open: { kind: 'opening' } });
    this.emit('status', { status: 'connecting' });
    void this.open(generation);
  }

  disconnect(): void {
    if (!this.connected) return;
    this.connected = false;
    this.generation += 1;
    this.stopRemote?.();
    this.stopRemote = null;
    this.page?.removeEventListener('pagehide', this.onPageHide);
    this.emit('status', { status: 'disconnected' });
  }

  on(type: ProviderEvent, listener: Listener): void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener);
  }

  off(type: ProviderEvent, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }

  /** For useSyncExternalStore: a new object whenever something changed. */
  getStatus = (): ProviderStatus => this.status;

  subscribe = (watcher: () => void): (() => void) => {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  };

  /** Tries the open again after it failed. */
  reopen(): void {
    this.disconnect();
    this.connect();
  }

  /** Sends what is waiting now rather than at the next automatic try. */
  retry(): void {
    this.clearRetry();
    this.pump(true);
  }

  /** Resolves once everything typed so far is stored (true), or a send failed (false). */
  async drained(): Promise<boolean> {
    for (;;) {
      if (!this.sending) this.pump(true);
      if (!this.sending) return this.queue.length === 0;
      await this.sending;
      if (this.status.save.kind === 'failed') return false;
    }
  }

  /** The editor is done with the story: send what is left, then tell the services (which may take an autosave checkpoint). */
  async close(): Promise<void> {
    await this.drained();
    if (!this.opened) return;
    try {
      await this.api.call('story.text.close', { storyId: this.storyId });
    } catch {
      // Nothing is lost: the text is stored update by update; the checkpoint comes with the next close.
    }
  }

  private async open(generation: number): Promise<void> {
    // Asked for as Edit was pressed (prefetchStoryText), when it was: a retry asks again.
    const prefetched = takePrefetchedText(this.storyId);
    try {
      const { stateBase64 } = await (prefetched?.reply ?? this.api.call('story.text.open', { storyId: this.storyId }));
      if (generation !== this.generation) return;
      // Applied with this provider as origin: not sent back, and not something the editor's undo may take away.
      Y.applyUpdate(this.doc, base64ToBytes(stateBase64), this);
      // Made elsewhere while the prefetched text was on its way, before this provider listened (Yjs takes an update twice harmlessly).
      for (const change of prefetched?.changes() ?? []) Y.applyUpdate(this.doc, base64ToBytes(change), this);
      this.opened = true;
      this.setStatus({ open: { kind: 'open' } });
      this.emit('status', { status: 'connected' });
      this.emit('sync', true);
    } catch (err) {
      if (generation !== this.generation) return;
      this.setStatus({ open: { kind: 'failed', reason: messageOf(err) } });
      this.emit('status', { status: 'disconnected' });
    } finally {
      prefetched?.release();
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    this.queue.push(update);
    // A new change is worth a try at once, even while waiting to retry a failed one.
    this.clearRetry();
    this.pump();
  };

  /** Sends what waits, when nothing is in flight: now, or once SEND_EVERY_MS has passed since the last send. */
  private pump(now = false): void {
    if (this.sending || this.queue.length === 0) return;
    const wait = now ? 0 : this.lastSendAt + SEND_EVERY_MS - performance.now();
    if (wait > 0) {
      this.paceTimer ??= setTimeout(() => {
        this.paceTimer = null;
        this.pump();
      }, wait);
      return;
    }
    if (this.paceTimer !== null) clearTimeout(this.paceTimer);
    this.paceTimer = null;
    this.lastSendAt = performance.now();
    this.sending = this.sendQueued();
  }

  private async sendQueued(): Promise<void> {
    const update = this.takeQueue();
    this.savingTimer ??= setTimeout(() => this.setStatus({ save: { kind: 'saving' } }), SHOW_SAVING_AFTER_MS);
    let failure: unknown = null;
    try {
      await this.api.call('story.text.update', { storyId: this.storyId, updateBase64: bytesToBase64(update) });
    } catch (err) {
      failure = err ?? new Error('unknown error');
    }
    // Bookkeeping in one synchronous step after the answer, so no change can slip in between "nothing left" and "not sending".
    this.sending = null;
    if (failure !== null || this.queue.length === 0) this.clearSavingTimer();
    if (failure === null) {
      this.failures = 0;
      if (this.queue.length > 0) this.pump();
      else this.setStatus({ save: { kind: 'saved' } });
      return;
    }
    this.queue.unshift(update);
    this.fail(failure);
  }

  private fail(err: unknown): void {
    this.failures += 1;
    const delay = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.failures - 1));
    this.setStatus({ save: { kind: 'failed', reason: messageOf(err), retryAt: Date.now() + delay } });
    this.clearRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.pump();
    }, delay);
  }

  private clearSavingTimer(): void {
    if (this.savingTimer !== null) clearTimeout(this.savingTimer);
    this.savingTimer = null;
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private takeQueue(): Uint8Array {
    const queued = this.queue;
    this.queue = [];
    return queued.length === 1 ? queued[0]! : Y.mergeUpdates(queued);
  }

  /** The page is going: no waiting for the call in flight (Yjs applies updates in any order), and the transport sends it so it outlives the page. */
  private readonly onPageHide = (): void => {
    if (this.queue.length === 0) return;
    const update = this.takeQueue();
    this.api.call('story.text.update', { storyId: this.storyId, updateBase64: bytesToBase64(update) }).catch((err: unknown) => {
      // Still here (the page came back from the back/forward cache): keep it for the next try.
      this.queue.unshift(update);
      if (!this.sending) this.fail(err);
    });
  };

  private setStatus(change: Partial<ProviderStatus>): void {
    const next = { ...this.status, ...change };
    // Saved after saved (every quick save) is no news: no watcher wakes, nothing renders.
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    this.status = next;
    for (const watcher of this.watchers) watcher();
  }

  private emit(type: ProviderEvent, value: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) (listener as (arg: unknown) => void)(value);
  }
}

/** Copydesk has one editor per story and laptop: no peers' cursors to show, so awareness only holds this editor's own state. */
function soloAwareness(clientId: number): ProviderAwareness {
  let local: UserState | null = null;
  return {
    getLocalState: () => local,
    setLocalState: (state) => {
      local = state;
    },
    setLocalStateField: (field, value) => {
      if (local) local = { ...local, [field]: value };
    },
    getStates: () => new Map(local ? [[clientId, local]] : []),
    on: () => {},
    off: () => {},
  };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
