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
  | { ok: true; format: string; stories: WireStory[] }
  | { ok: false; error: WireError };
