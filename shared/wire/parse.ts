import type { WireStory } from '../model/story.ts';
import { decodeText } from './decode-text.ts';
import { detectFormat, FORMAT_LABELS, type WireFormat } from './detect-format.ts';
import { detectLanguage } from './detect-language.ts';
import { parseText } from './parse-text.ts';
import { sniffBytes, sniffText } from './sniff.ts';
import type { ParseResult } from './types.ts';

export { MAX_WIRE_FILE_BYTES } from './sniff.ts';

/** The parsers Copydesk has, by format; issue 3 adds the XML, JSON and 7901 ones here. */
const PARSERS: Partial<Record<WireFormat, (text: string) => ParseResult>> = {
  text: parseText,
};

function withLanguage(story: WireStory): WireStory {
  if (story.language !== undefined) return story;
  const sample = [story.headlineDerived ? '' : story.headline, ...story.body].join('\n');
  const language = detectLanguage(sample);
  if (language !== undefined) return { ...story, language };
  return { ...story, warnings: [...story.warnings, 'The language could not be told from the text.'] };
}

function read(bytes: Uint8Array): ParseResult {
  const rejected = sniffBytes(bytes);
  if (rejected) return { ok: false, error: rejected };

  const decoding = decodeText(bytes);
  if (!decoding.ok) return { ok: false, error: { code: 'encoding', message: decoding.message } };
  const { text, warnings: decodeWarnings } = decoding.decoded;

  const junk = sniffText(text);
  if (junk) return { ok: false, error: junk };

  const format = detectFormat(text);
  const parser = PARSERS[format];
  if (!parser) {
    return {
      ok: false,
      error: {
        code: 'unsupported-format',
        message: `looks like ${FORMAT_LABELS[format]}; this version reads agency plain text only`,
      },
    };
  }
  const result = parser(text);
  if (!result.ok) return result;
  return {
    ok: true,
    format: result.format,
    stories: result.stories.map((s) => withLanguage({ ...s, warnings: [...decodeWarnings, ...s.warnings] })),
  };
}

/**
 * One wire file's bytes → its stories, or a typed error whose message names the
 * problem (the caller adds the file name). Never throws.
 */
export function parseWire(bytes: Uint8Array): ParseResult {
  try {
    return read(bytes);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'malformed', message: `could not be read as wire copy (${why})` } };
  }
}
