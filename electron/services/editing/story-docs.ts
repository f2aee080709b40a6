import { createHash, randomInt } from 'node:crypto';
import type { SerializedEditorState } from 'lexical';
import * as Y from 'yjs';
import { ApiError } from '../../../shared/api/errors.ts';
import type { StoryDocumentSource } from '../../../shared/editor/build-story-document.ts';
import { storyTextOf, type SerializedState } from '../../../shared/editor/story-text.ts';
import type { RevisionInfo, StoryText } from '../../../shared/model/editing.ts';
import type { Archive } from '../../../db/archive.ts';
import type { NewRevision, RevisionRepository } from '../../../db/repositories/revisions.ts';
import type { StoryRepository } from '../../../db/repositories/stories.ts';
import type { MaterialisedText, StoryTextRepository } from '../../../db/repositories/story-texts.ts';
import type { RecordWriter } from '../../../db/repositories/write-path.ts';
import { isBase64 } from '../base64.ts';
import type { EventHub } from '../event-hub.ts';
import { createHeadlessStoryEditor, type HeadlessStoryEditor } from './headless-story-editor.ts';

/**
 * The stories' text documents (DESIGN §4), owned here: each one open in
 * memory as a Yjs document with a headless editor bound to it, made from the
 * updates stored for it or, the first time, from the story's wire copy.
 * Every change is stored before the call that brought it returns; the text
 * it makes (Lexical JSON and plain text, for search and export) is
 * materialised a moment later, or at once when someone needs it.
 */
export interface StoryDocs {
  /**
   * The whole document and its text (as last materialised, when the document
   * was not in memory); the first open makes it from the current wire version
   * and keeps that as revision 0.
   */
  open(storyId: string): { state: Uint8Array; text: StoryText };
  /** Stores a window's update (base64) and applies it; refuses one that is not a Yjs update of this text. */
  apply(storyId: string, updateBase64: string): void;
  /** The text now, materialised first when it changed (the document is made when the story was never opened). */
  current(storyId: string): MaterialisedText;
  /** The text now when the story was ever opened in the editor, else undefined; never makes a document. */
  currentIfEdited(storyId: string): MaterialisedText | undefined;
  /** Keeps the text now as a named revision. */
  save(storyId: string, name: string, author: string | null): RevisionInfo;
  /** Brings back a revision's text as a new revision (changes not yet in a revision are checkpointed first). */
  restore(storyId: string, revisionId: string, author: string | null): RevisionInfo;
  /** A window closed the story: an autosave checkpoint when the text changed since the latest revision. */
  checkpoint(storyId: string): RevisionInfo | null;
  /** Checkpoints every open document with changes and lets them go (the archive is about to close). */
  close(): void;
}

export interface StoryDocsOptions {
  archive: Pick<Archive, 'write'>;
  stories: Pick<StoryRepository, 'get'>;
  texts: StoryTextRepository;
  revisions: RevisionRepository;
  events: EventHub;
  /** Who autosave checkpoints are by: the editor at this laptop, when known. */
  author: () => string | null;
  now: () => number;
  /** Trouble no caller is waiting for (a materialisation after the debounce). */
  warn: (message: string) => void;
  /** How many documents stay in memory (default 8). */
  capacity?: number;
  /** How long after the last change the text is materialised, in ms (default 300). */
  materialiseDelayMs?: number;
  /** While typing goes on, how old the latest revision may grow before an autosave checkpoint, in ms (default 5 minutes). */
  autosaveEveryMs?: number;
  /** Above this many stored updates, a story's are merged into one (default 500). */
  compactAbove?: number;
}

interface Materialised {
  current: MaterialisedText;
  /** The autosave checkpoint taken, if one was. */
  autosaved: RevisionInfo | null;
  /** The revision asked for (a named save, a restore). */
  kept: RevisionInfo | null;
}

interface OpenStory {
  storyId: string;
  editor: HeadlessStoryEditor;
  /** Revision 0's text: what "edited" is measured against. */
  wire: StoryText;
  /** What the list shows: whether the text differs from the wire original (as last stored). */
  edited: boolean;
  /** The document changed since the text was last materialised. */
  dirty: boolean;
  /** Updates the headless editor itself made (a seed, a restore, a normalisation), not yet stored. */
  own: Uint8Array[];
  timer: NodeJS.Timeout | undefined;
}

/** When a checkpoint is taken: never, when the latest revision is old enough, or whenever the text changed since it. */
type Checkpoint = 'never' | 'due' | 'changed';

/** The origin of updates that come from outside (a window, the archive): the document's owner already has them. */
const FROM_OUTSIDE = Symbol('from outside');

/**
 * Bump when $buildStoryDocument or @lexical/yjs would write a different
 * document for the same wire copy: the seed's Yjs client id must then change too.
 */
const SEED_FORMAT = 'copydesk-story-seed/1';

export function createStoryDocs(options: StoryDocsOptions): StoryDocs {
  const { archive, stories, texts, revisions, events, now } = options;
  const capacity = options.capacity ?? 8;
  const materialiseDelayMs = options.materialiseDelayMs ?? 300;
  const autosaveEveryMs = options.autosaveEveryMs ?? 5 * 60_000;
  const compactAbove = options.compactAbove ?? 500;
  /** Least recently used first. */
  const open = new Map<string, OpenStory>();
  /** Documents opened from storage, to be loaded just after (see open). */
  const preloads = new Set<NodeJS.Immediate>();

  const isoNow = (): string => new Date(now()).toISOString();

  function storySource(storyId: string): StoryDocumentSource {
    const detail = stories.get(storyId);
    if (!detail) throw new ApiError('not-found', `No story with id ${storyId} in this archive`);
    return { headline: detail.story.headline, body: detail.story.body };
  }

  function entryOf(storyId: string): OpenStory {
    const known = open.get(storyId);
    if (known) {
      open.delete(storyId);
      open.set(storyId, known);
      return known;
    }
    const entry = load(storyId);
    open.set(storyId, entry);
    while (open.size > capacity) {
      const [oldest] = open.values();
      if (oldest) letGo(oldest);
    }
    return entry;
  }

  function load(storyId: string): OpenStory {
    const source = storySource(storyId);
    const stored = texts.updates(storyId);
    const doc = new Y.Doc();
    const own: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_OUTSIDE) own.push(update);
    });
    if (stored.length === 0) doc.clientID = seedClientId(source);
    const editor = createHeadlessStoryEditor(doc);
    try {
      if (stored.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(stored), FROM_OUTSIDE);
      else {
        editor.seed(source);
        doc.clientID = randomInt(0, 2 ** 32);
      }
      const state = editor.materialise();
      const lexicalJson = JSON.stringify(state);
      const text = storyTextOf(state as SerializedState);
      // Revision 0 is made once, from the wire copy, and never again: a document that came by sync keeps the one it came with.
      const wire = revisions.wire(storyId);
      const wireJson = wire ? wire.lexicalJson : stored.length === 0 ? lexicalJson : wireDocumentJson(source);
      const wireText = wire ? wire.text : storyTextOf(JSON.parse(wireJson) as SerializedState);
      const edited = differs(text, wireText);
      const before = texts.materialised(storyId);
      archive.write((writer) => {
        storeOwn(writer, storyId, own);
        if (!wire) revisions.add(writer, { storyId, kind: 'wire', name: null, author: null, createdAt: isoNow(), lexicalJson: wireJson });
        // A crash between storing an update and materialising it left the stored text behind: caught up here.
        if (before?.lexicalJson !== lexicalJson) texts.setMaterialised(writer, storyId, { lexicalJson, text, edited, updatedAt: isoNow() });
      });
      const entry: OpenStory = { storyId, editor, wire: wireText, edited, dirty: false, own, timer: undefined };
      if (before && before.edited !== edited) events.emit('archive.changed', { storyIds: [storyId] });
      return entry;
    } catch (err) {
      editor.dispose();
      throw err;
    }
  }

  /** Stores what the headless editor wrote into the document; returns it as one update, for the windows. */
  function storeOwn(writer: RecordWriter, storyId: string, own: Uint8Array[]): Uint8Array | undefined {
    if (own.length === 0) return undefined;
    const update = own.length === 1 ? (own[0] as Uint8Array) : Y.mergeUpdates(own);
    own.length = 0;
    texts.appendUpdate(writer, storyId, update, isoNow());
    return update;
  }

  function announce(storyId: string, update: Uint8Array | undefined): void {
    if (update) events.emit('story.text.changed', { storyId, updateBase64: Buffer.from(update).toString('base64') });
  }

  /** A document whose editor failed is dropped, so the next use rebuilds it from what is stored. */
  function discard(entry: OpenStory): void {
    clearTimeout(entry.timer);
    entry.editor.dispose();
    if (open.get(entry.storyId) === entry) open.delete(entry.storyId);
  }

  function letGo(entry: OpenStory): void {
    try {
      materialise(entry, 'changed');
    } catch (err) {
      options.warn(`story ${entry.storyId}: could not keep its text before closing it (${(err as Error).message})`);
    }
    discard(entry);
  }

  function schedule(entry: OpenStory): void {
    entry.dirty = true;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      try {
        materialise(entry, 'due');
      } catch (err) {
        options.warn(`story ${entry.storyId}: could not materialise its text (${(err as Error).message})`);
      }
    }, materialiseDelayMs);
    // A pending materialisation must not keep a command-line process alive; close() runs it.
    entry.timer.unref();
  }

  /**
   * Stores the text the document makes now (when it changed), as `checkpoint`
   * says an autosave revision of it, and the revision `andKeep` makes of it,
   * all in one transaction.
   */
  function materialise(entry: OpenStory, checkpoint: Checkpoint, andKeep?: (current: MaterialisedText) => NewRevision): Materialised {
    const { storyId } = entry;
    clearTimeout(entry.timer);
    entry.timer = undefined;
    let state: SerializedEditorState;
    try {
      state = entry.editor.materialise();
    } catch (err) {
      discard(entry);
      throw err;
    }
    const lexicalJson = JSON.stringify(state);
    const text = storyTextOf(state as SerializedState);
    const current: MaterialisedText = { lexicalJson, text, edited: differs(text, entry.wire), updatedAt: isoNow() };
    const stored = archive.write((writer) => {
      const update = storeOwn(writer, storyId, entry.own);
      if (entry.dirty || update) texts.setMaterialised(writer, storyId, current);
      const autosaved = checkpoint === 'never' ? null : autosave(writer, storyId, lexicalJson, checkpoint);
      const kept = andKeep ? revisions.add(writer, andKeep(current)) : null;
      return { update, autosaved, kept };
    });
    entry.dirty = false;
    announce(storyId, stored.update);
    if (entry.edited !== current.edited) {
      entry.edited = current.edited;
      events.emit('archive.changed', { storyIds: [storyId] });
    }
    if (stored.autosaved || stored.kept) events.emit('story.editing.changed', { storyId, what: 'revisions' });
    if (texts.updateCount(storyId) > compactAbove) texts.compact(storyId, (updates) => Y.mergeUpdates(updates));
    return { current, autosaved: stored.autosaved, kept: stored.kept };
  }

  function autosave(writer: RecordWriter, storyId: string, lexicalJson: string, checkpoint: Checkpoint): RevisionInfo | null {
    const latest = revisions.latest(storyId);
    if (!latest || latest.lexicalJson === lexicalJson) return null;
    if (checkpoint === 'due' && now() - Date.parse(latest.createdAt) < autosaveEveryMs) return null;
    return revisions.add(writer, { storyId, kind: 'autosave', name: null, author: options.author(), createdAt: isoNow(), lexicalJson });
  }

  function revisionOf(storyId: string, revisionId: string) {
    const revision = revisions.get(storyId, revisionId);
    if (!revision) throw new ApiError('not-found', `Story ${storyId} has no revision ${revisionId}`);
    return revision;
  }

  return {
    open(storyId) {
      const known = open.get(storyId);
      if (!known) {
        // Binding a headless editor to a long story costs a tenth of a second or more: the window gets the
        // stored document and text at once, and the services load the document just after, before the first keystroke.
        const stored = texts.updates(storyId);
        // A stored text was made together with revision 0 (load), so the story has both.
        const text = stored.length > 0 ? texts.materialised(storyId)?.text : undefined;
        if (text) {
          const loading = setImmediate(() => {
            preloads.delete(loading);
            try {
              entryOf(storyId);
            } catch (err) {
              options.warn(`story ${storyId}: could not load its text (${(err as Error).message})`);
            }
          });
          loading.unref();
          preloads.add(loading);
          return { state: stored.length === 1 ? (stored[0] as Uint8Array) : Y.mergeUpdates(stored), text };
        }
      }
      const entry = known ?? entryOf(storyId);
      const state = Y.encodeStateAsUpdate(entry.editor.doc);
      // Nothing new since the text was stored (a window reopening it): the stored text is the text.
      const stored = !entry.dirty && entry.own.length === 0 ? texts.materialised(storyId) : undefined;
      return { state, text: stored ? stored.text : materialise(entry, 'due').current.text };
    },

    apply(storyId, updateBase64) {
      const update = decodeUpdate(storyId, updateBase64);
      const entry = entryOf(storyId);
      try {
        Y.applyUpdate(entry.editor.doc, update, FROM_OUTSIDE);
        // What the editor does with it (a normalisation it writes back) is stored with it.
        entry.editor.update(() => {});
      } catch (err) {
        discard(entry);
        throw new ApiError('bad-input', `Story ${storyId}: the update does not fit the story's text (${(err as Error).message}); nothing was stored`);
      }
      const own = archive.write((writer) => {
        texts.appendUpdate(writer, storyId, update, isoNow());
        return storeOwn(writer, storyId, entry.own);
      });
      announce(storyId, own ? Y.mergeUpdates([update, own]) : update);
      schedule(entry);
    },

    current: (storyId) => materialise(entryOf(storyId), 'due').current,

    currentIfEdited(storyId) {
      const entry = open.get(storyId);
      return entry ? materialise(entry, 'due').current : texts.materialised(storyId);
    },

    save(storyId, name, author) {
      const entry = entryOf(storyId);
      const { kept } = materialise(entry, 'never', (current) => ({
        storyId,
        kind: 'named',
        name,
        author,
        createdAt: isoNow(),
        lexicalJson: current.lexicalJson,
      }));
      return kept as RevisionInfo;
    },

    restore(storyId, revisionId, author) {
      const entry = entryOf(storyId);
      const revision = revisionOf(storyId, revisionId);
      // What was typed since the latest revision stays within reach: checkpointed before it is replaced.
      materialise(entry, 'changed');
      try {
        entry.editor.replace(JSON.parse(revision.lexicalJson) as SerializedEditorState);
      } catch (err) {
        discard(entry);
        throw new ApiError('bad-input', `Story ${storyId}: revision ${revision.number} cannot be brought back (${(err as Error).message})`);
      }
      entry.dirty = true;
      const { kept } = materialise(entry, 'never', (current) => ({
        storyId,
        kind: 'restore',
        name: `Revision ${revision.number}`,
        author,
        createdAt: isoNow(),
        lexicalJson: current.lexicalJson,
      }));
      return kept as RevisionInfo;
    },

    checkpoint: (storyId) => materialise(entryOf(storyId), 'changed').autosaved,

    close() {
      for (const loading of preloads) clearImmediate(loading);
      preloads.clear();
      for (const entry of [...open.values()]) letGo(entry);
    },
  };
}

/** Headline, standfirst and body: what "edited" means (marks and formatting alone do not make a story edited). */
function differs(a: StoryText, b: StoryText): boolean {
  return a.headline !== b.headline || a.standfirst !== b.standfirst || a.body.length !== b.body.length || a.body.some((p, i) => p !== b.body[i]);
}

/**
 * The Yjs client id a story's first document is written under: the same on
 * every laptop for the same copy, so two laptops that each open the story
 * write the very same seed, and Yjs, merging them, keeps it once instead of
 * showing the text twice. (Yjs takes an id and a clock for the same content
 * everywhere: different copy must never be written under the same id.)
 */
function seedClientId(source: StoryDocumentSource): number {
  return createHash('sha256').update(`${SEED_FORMAT}\n${JSON.stringify(source)}`).digest().readUInt32BE(0);
}

/** The wire copy as a document, for a story whose text came without its revision 0. */
function wireDocumentJson(source: StoryDocumentSource): string {
  const scratch = createHeadlessStoryEditor(new Y.Doc());
  try {
    scratch.seed(source);
    return JSON.stringify(scratch.materialise());
  } finally {
    scratch.dispose();
  }
}

function decodeUpdate(storyId: string, updateBase64: string): Uint8Array {
  if (!isBase64(updateBase64)) throw new ApiError('bad-input', `Story ${storyId}: the text update is not base64`);
  const update = new Uint8Array(Buffer.from(updateBase64, 'base64'));
  try {
    Y.decodeUpdate(update);
  } catch (err) {
    throw new ApiError('bad-input', `Story ${storyId}: the text update is not a Yjs update (${(err as Error).message})`);
  }
  return update;
}
