import type { WireStory } from '../model/story.ts';
import { decodeText } from './decode-text.ts';
import { detectFormat, FORMAT_LABELS, type WireFormat } from './detect-format.ts';
import { detectLanguage, LANGUAGE_SAMPLE_CHARS } from './detect-language.ts';
import { parseAnpa } from './parse-anpa.ts';
import { parseEmailBytes } from './parse-email.ts';
import { parseFeed } from './parse-feed.ts';
import { parseNewsmlG2 } from './parse-newsml-g2.ts';
import { parseNewsml12 } from './parse-newsml12.ts';
import { parseNinjs } from './parse-ninjs.ts';
import { parseNitf } from './parse-nitf.ts';
import { parseText } from './parse-text.ts';
import { sniffBytes, sniffText } from './sniff.ts';
import type { FormatParser, ParseResult } from './types.ts';

export { MAX_WIRE_FILE_BYTES } from './sniff.ts';

/** The parser for each format Copydesk reads; the others are recognised and declined. */
const PARSERS: Partial<Record<WireFormat, FormatParser>> = {
  text: parseText,
  nitf: parseNitf,
  'newsml-1.2': parseNewsml12,
  'newsml-g2': parseNewsmlG2,
  feed: parseFeed,
  ninjs: parseNinjs,
  // JSON that is not obviously ninjs may still be (1.x items, events); parseNinjs declines the rest clearly.
  json: parseNinjs,
  iptc7901: parseAnpa,
};

/**
 * Formats whose parts declare their own charsets (MIME) read the raw bytes:
 * the file-wide decoding guess cannot be undone for them.
 */
const BYTE_PARSERS: Partial<Record<WireFormat, (bytes: Uint8Array) => ParseResult>> = {
  email: parseEmailBytes,
};

/** The detector reads only the start of a text: join no more paragraphs than it will look at. */
function languageSample(story: WireStory): string {
  const parts = story.headlineDerived ? [] : [story.headline];
  let length = parts[0]?.length ?? 0;
  for (const paragraph of story.body) {
    if (length >= LANGUAGE_SAMPLE_CHARS) break;
    parts.push(paragraph);
    length += paragraph.length + 1;
  }
  return parts.join('\n');
}

function withLanguage(story: WireStory): WireStory {
  if (story.language !== undefined) return story;
  const sample = languageSample(story);
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
  const byteParser = BYTE_PARSERS[format];
  const parser: FormatParser | undefined = byteParser ? () => byteParser(bytes) : PARSERS[format];
  // A byte parser decodes each part itself: the file-wide guess says nothing about its copy.
  const warnings = byteParser ? [] : decodeWarnings;
  if (!parser) {
    return {
      ok: false,
      error: {
        code: 'unsupported-format',
        message: `looks like ${FORMAT_LABELS[format]}, which Copydesk does not read as wire copy`,
      },
    };
  }
  const result = parser(text);
  if (!result.ok) return result;
  return {
    ...result,
    stories: result.stories.map((s) => withLanguage({ ...s, warnings: [...warnings, ...s.warnings] })),
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
