import { z } from 'zod';

/**
 * The editor's side of a story: revisions of its text, comment threads and
 * translation flags. The text itself is a Yjs document the services own
 * (DESIGN §4); these are the records around it, each synced through the op log.
 */

/** Who is at this laptop: set at first start, printed on every comment and flag. */
export const UserProfile = z.object({
  name: z.string().trim().min(1).max(100),
  /** Two or three letters shown in the margin, e.g. "MG". */
  initials: z
    .string()
    .trim()
    .min(1)
    .max(4)
    .transform((s) => s.toUpperCase()),
});
export type UserProfile = z.infer<typeof UserProfile>;

/**
 * How a revision came about. 'wire': the untouched agency original, number 0,
 * never changed. 'autosave': a checkpoint taken while editing. 'named': an
 * editor saved it under a name. 'restore': the text of an older revision
 * brought back (as a new revision; nothing is overwritten).
 */
export const RevisionKind = z.enum(['wire', 'autosave', 'named', 'restore']);
export type RevisionKind = z.infer<typeof RevisionKind>;

export const RevisionInfo = z.object({
  id: z.string(),
  storyId: z.string(),
  /** 0 is the wire original; then 1, 2, 3… in the order they were taken on this laptop. */
  number: z.number().int().min(0),
  kind: RevisionKind,
  /** An editor's name for a named save; for a restore, what it restored ("Revision 2"). */
  name: z.string().nullable(),
  author: z.string().nullable(),
  createdAt: z.string(),
  wordCount: z.number().int(),
});
export type RevisionInfo = z.infer<typeof RevisionInfo>;

/** What a story's text says, in parts: what export and search read, materialised from the Lexical document. */
export const StoryText = z.object({
  headline: z.string(),
  standfirst: z.string(),
  /** Body blocks as plain text: paragraphs, subheadings, list items, quotes. */
  body: z.array(z.string()),
  /** Everything above, blocks separated by blank lines. */
  plainText: z.string(),
  wordCount: z.number().int(),
  charCount: z.number().int(),
});
export type StoryText = z.infer<typeof StoryText>;

export const Revision = RevisionInfo.extend({
  /** The Lexical editor state (SerializedEditorState) as JSON. */
  lexicalJson: z.string(),
  text: StoryText,
});
export type Revision = z.infer<typeof Revision>;

/** One stretch of a word diff: unchanged, only in the newer text, or only in the older. */
export const DiffPart = z.object({
  kind: z.enum(['same', 'added', 'removed']),
  text: z.string(),
});
export type DiffPart = z.infer<typeof DiffPart>;

export const Comment = z.object({
  id: z.string(),
  threadId: z.string(),
  author: z.string(),
  initials: z.string(),
  text: z.string(),
  createdAt: z.string(),
  /** Written on this laptop: its author may delete it. */
  own: z.boolean(),
  deleted: z.boolean(),
});
export type Comment = z.infer<typeof Comment>;

export const CommentThread = z.object({
  id: z.string(),
  storyId: z.string(),
  /** The @lexical/mark id that anchors the thread in the text. */
  markId: z.string(),
  /** The text the thread was opened on, as it was then. */
  quote: z.string(),
  resolved: z.boolean(),
  createdAt: z.string(),
  /** Oldest first; deleted comments stay as "comment deleted" so replies keep their place. */
  comments: z.array(Comment),
});
export type CommentThread = z.infer<typeof CommentThread>;

/** flagged → in_progress → translated → approved. */
export const FlagStatus = z.enum(['flagged', 'in_progress', 'translated', 'approved']);
export type FlagStatus = z.infer<typeof FlagStatus>;
export const FLAG_STATUSES = FlagStatus.options;

/** A BCP 47 primary language tag as the archive keeps them: en, es, pt-BR… */
export const LanguageTag = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'a language tag such as en or es');

export const TranslationFlag = z.object({
  id: z.string(),
  storyId: z.string(),
  /** The @lexical/mark id over the flagged passage. */
  markId: z.string(),
  /** The passage as it was flagged. */
  sourceText: z.string(),
  sourceLanguage: z.string().nullable(),
  targetLanguage: z.string(),
  note: z.string(),
  status: FlagStatus,
  translation: z.string(),
  author: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TranslationFlag = z.infer<typeof TranslationFlag>;

/** A flag as the translation desk's queue lists it: with its story's headline. */
export const QueuedFlag = TranslationFlag.extend({ headline: z.string() });
export type QueuedFlag = z.infer<typeof QueuedFlag>;

export type FlagCounts = Record<FlagStatus, number>;
export const FlagCounts = z.object({ flagged: z.number().int(), in_progress: z.number().int(), translated: z.number().int(), approved: z.number().int() });

/** What the archive list shows of a story's editing. */
export const EditState = z.object({
  edited: z.boolean(),
  openThreads: z.number().int(),
  flags: FlagCounts,
});
export type EditState = z.infer<typeof EditState>;
