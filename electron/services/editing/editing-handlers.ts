import { ApiError } from '../../../shared/api/errors.ts';
import type { Handlers } from '../../../shared/api/contract.ts';
import { markedPassages, type SerializedState } from '../../../shared/editor/story-text.ts';
import { wordDiff } from '../../../shared/editor/word-diff.ts';
import { flagsInTextOrder } from '../../../shared/editor/flag-order.ts';
import type { CommentThread, StoryText, UserProfile } from '../../../shared/model/editing.ts';
import { detectLanguage } from '../../../shared/wire/detect-language.ts';
import type { CommentRepository } from '../../../db/repositories/comments.ts';
import type { RevisionRepository } from '../../../db/repositories/revisions.ts';
import type { StoryRepository } from '../../../db/repositories/stories.ts';
import type { TranslationFlagRepository } from '../../../db/repositories/translation-flags.ts';
import type { UserProfileRepository } from '../../../db/repositories/user-profile.ts';
import type { EventHub } from '../event-hub.ts';
import type { StoryDocs } from './story-docs.ts';

type EditingMethod =
  | 'user.get'
  | 'user.set'
  | 'story.text.open'
  | 'story.text.update'
  | 'story.text.close'
  | 'story.revisions.list'
  | 'story.revisions.get'
  | 'story.revisions.save'
  | 'story.revisions.restore'
  | 'story.diff'
  | 'annotations.list'
  | 'annotations.create'
  | 'annotations.reply'
  | 'annotations.resolve'
  | 'annotations.deleteComment'
  | 'flags.create'
  | 'flags.update'
  | 'flags.delete'
  | 'flags.list'
  | 'flags.queue';

export type EditingHandlers = Pick<Handlers, EditingMethod>;

export interface EditingDeps {
  docs: StoryDocs;
  stories: Pick<StoryRepository, 'get'>;
  revisions: RevisionRepository;
  comments: CommentRepository;
  flags: TranslationFlagRepository;
  profile: UserProfileRepository;
  events: EventHub;
  now: () => number;
}

/** The story editor's methods: its text (through the story documents), revisions, comment threads, translation flags and who is editing. */
export function createEditingHandlers(deps: EditingDeps): EditingHandlers {
  const { docs, stories, revisions, comments, flags, profile, events, now } = deps;
  const isoNow = (): string => new Date(now()).toISOString();

  /** Comments and flags say who made them: the editor must have said who they are. */
  function author(): UserProfile {
    const who = profile.get();
    if (!who) throw new ApiError('bad-input', 'Set your name and initials first: comments and flags carry them.');
    return who;
  }

  function story(storyId: string) {
    const detail = stories.get(storyId);
    if (!detail) throw new ApiError('not-found', `No story with id ${storyId} in this archive`);
    return detail.story;
  }

  function annotationsChanged(thread: CommentThread, listChanged: boolean): CommentThread {
    events.emit('story.editing.changed', { storyId: thread.storyId, what: 'annotations' });
    if (listChanged) events.emit('archive.changed', { storyIds: [thread.storyId] });
    return thread;
  }

  function flagsChanged(storyId: string, listChanged: boolean): void {
    events.emit('story.editing.changed', { storyId, what: 'flags' });
    if (listChanged) events.emit('archive.changed', { storyIds: [storyId] });
  }

  /** One side of a diff: the wire original, a revision, or the text now. */
  function diffSide(storyId: string, side: string): StoryText {
    if (side === 'current') return docs.current(storyId).text;
    if (side === 'wire') {
      docs.current(storyId); // the first look at a story makes its revision 0
      const wire = revisions.wire(storyId);
      if (!wire) throw new ApiError('not-found', `Story ${storyId} has no wire original`);
      return wire.text;
    }
    const revision = revisions.get(storyId, side);
    if (!revision) throw new ApiError('not-found', `Story ${storyId} has no revision ${side}`);
    return revision.text;
  }

  return {
    'user.get': () => ({ profile: profile.get() }),
    'user.set': (input) => {
      const saved = profile.set(input);
      events.emit('user.changed', { profile: saved });
      return { profile: saved };
    },

    'story.text.open': ({ storyId }) => {
      const { state, text } = docs.open(storyId);
      return { stateBase64: Buffer.from(state).toString('base64'), text };
    },
    'story.text.update': ({ storyId, updateBase64 }) => {
      docs.apply(storyId, updateBase64);
      return { stored: true };
    },
    'story.text.close': ({ storyId }) => ({ revision: docs.checkpoint(storyId) }),

    'story.revisions.list': ({ storyId }) => {
      story(storyId); // an unknown story is an error, not an empty list
      return { revisions: revisions.list(storyId) };
    },
    'story.revisions.get': ({ storyId, revisionId }) => {
      const revision = revisions.get(storyId, revisionId);
      if (!revision) throw new ApiError('not-found', `Story ${storyId} has no revision ${revisionId}`);
      return revision;
    },
    'story.revisions.save': ({ storyId, name }) => docs.save(storyId, name, profile.get()?.name ?? null),
    'story.revisions.restore': ({ storyId, revisionId }) => docs.restore(storyId, revisionId, profile.get()?.name ?? null),
    'story.diff': ({ storyId, from, to }) => {
      const before = diffSide(storyId, from);
      const after = diffSide(storyId, to);
      return wordDiff(before.plainText, after.plainText);
    },

    'annotations.list': ({ storyId }) => {
      story(storyId);
      return { threads: comments.list(storyId) };
    },
    'annotations.create': ({ storyId, markId, quote, text }) =>
      annotationsChanged(comments.create({ storyId, markId, quote, text, author: author(), at: isoNow() }), true),
    'annotations.reply': ({ threadId, text }) => annotationsChanged(comments.reply(threadId, { text, author: author(), at: isoNow() }), false),
    'annotations.resolve': ({ threadId, resolved }) => {
      const before = comments.thread(threadId);
      const thread = comments.resolve(threadId, resolved);
      return annotationsChanged(thread, before?.resolved !== thread.resolved);
    },
    // A thread left with no comment no longer counts as open.
    'annotations.deleteComment': ({ commentId }) => annotationsChanged(comments.deleteComment(commentId), true),

    'flags.create': ({ storyId, markId, sourceText, sourceLanguage, targetLanguage, note }) => {
      const by = author();
      const language = sourceLanguage ?? detectLanguage(sourceText) ?? story(storyId).language ?? null;
      const flag = flags.create({ storyId, markId, sourceText, sourceLanguage: language, targetLanguage, note, author: by, at: isoNow() });
      flagsChanged(storyId, true);
      return flag;
    },
    'flags.update': ({ flagId, ...changes }) => {
      const before = flags.get(flagId);
      const flag = flags.update(flagId, { ...changes, at: isoNow() });
      flagsChanged(flag.storyId, before?.status !== flag.status);
      return flag;
    },
    'flags.delete': ({ flagId }) => {
      const flag = flags.get(flagId);
      const deleted = flags.delete(flagId);
      if (deleted && flag) flagsChanged(flag.storyId, true);
      return { deleted };
    },
    'flags.list': ({ storyId }) => {
      story(storyId);
      const text = docs.currentIfEdited(storyId);
      const list = flags.list(storyId);
      return { flags: text ? flagsInTextOrder(list, markedPassages(JSON.parse(text.lexicalJson) as SerializedState).keys()) : list };
    },
    'flags.queue': (filter) => flags.queue(filter),
  };
}
