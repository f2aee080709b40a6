import type { WireStory } from '../model/story.ts';

/** Why a wire file could not be read. Parsers return these; they never throw. */
export type WireErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'encoding'
  | 'malformed'
  | 'unsupported-format'
  | 'no-story';

export interface WireError {
  code: WireErrorCode;
  /** Says what is wrong in words an editor understands; the caller adds the file name. */
  message: string;
}

export type ParseResult =
  | {
      ok: true;
      format: string;
      stories: WireStory[];
      /**
       * Items the file held that are not stories, said in words ("a NewsML-G2
       * package item (urn:…), not a story"): recognised and reported, never
       * mis-read as copy.
       */
      notes?: string[];
    }
  | { ok: false; error: WireError };

/** A format's parser: decoded text in, stories or a typed error out. Never throws. */
export type FormatParser = (text: string) => ParseResult;
