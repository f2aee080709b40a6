import { StoryText } from '../../shared/model/editing.ts';
import type { WireStory } from '../../shared/model/story.ts';

/** What the full-text index holds for one story. */
export interface SearchText {
  headline: string;
  slugline: string | null;
  byline: string | null;
  body: string;
}

/** The entry of a wire version. */
export function wireSearchText(story: WireStory): SearchText {
  return { headline: story.headline, slugline: story.slugline ?? null, byline: story.byline ?? null, body: story.body.join('\n\n') };
}

/**
 * The entry of a story as it stands: the text an editor made of it (headline,
 * standfirst, body) when they changed it, else its current wire version's.
 * Slugline and byline stay the wire's: the editor does not edit them.
 * `editedTextJson` is story_texts.text_json of an edited story, or null.
 */
export function storySearchText(wire: SearchText, editedTextJson: string | null): SearchText {
  if (editedTextJson === null) return wire;
  const parsed = StoryText.safeParse(safeJson(editedTextJson));
  if (!parsed.success) return wire;
  const text = parsed.data;
  const body = [text.standfirst, ...text.body].filter((block) => block !== '').join('\n\n');
  return { headline: text.headline || wire.headline, slugline: wire.slugline, byline: wire.byline, body };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
