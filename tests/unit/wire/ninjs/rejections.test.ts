import { describe, expect, it } from 'vitest';
import { parseNinjs } from '../../../../shared/wire/parse-ninjs.ts';
import type { WireError } from '../../../../shared/wire/types.ts';
import { expectSound, onlyStory } from './support.ts';

function errorOf(text: string): WireError {
  const result = parseNinjs(text);
  if (result.ok) throw new Error(`read ${result.stories.length} stories`);
  return result.error;
}

describe('ninjs that cannot be read says why', () => {
  it('malformed JSON: the message says the line and column', () => {
    const text = '{\n  "uri": "urn:x",\n  "headline": "A",\n  "body_text": "B",\n}';
    expect(errorOf(text)).toEqual({ code: 'malformed', message: expect.stringMatching(/^the JSON is malformed at line 5, column 1 \(.+\)$/) });
  });

  it('truncated JSON says where it stops', () => {
    const cut = errorOf('{"uri": "urn:x", "headlines": [{"value": "Cut');
    expect(cut).toEqual({ code: 'malformed', message: expect.stringMatching(/^the JSON is malformed at line 1, column 4\d \(Unterminated string\)$/) });
    expect(errorOf('[{"uri": "urn:x"},').code).toBe('malformed');
    expect(errorOf('').message).toBe('the JSON ends before it is complete (the file looks truncated)');
  });

  it('JSON that is not ninjs is named as such, with what it holds', () => {
    expect(errorOf('{"temperature": 21, "city": "Oslo"}')).toEqual({
      code: 'unsupported-format',
      message: 'the file is JSON but not ninjs: it holds an object with "temperature", "city"',
    });
    expect(errorOf('[]')).toMatchObject({ code: 'unsupported-format' });
    expect(errorOf('"just a string"')).toEqual({ code: 'unsupported-format', message: 'the file is JSON but not ninjs: it holds a string' });
  });

  it('a text item with no text at all is a note, and a file of only that is no-story', () => {
    expect(errorOf('{"uri": "urn:x:1", "type": "text", "headlines": [{"role": "main", "value": "Empty"}], "bodies": [{"value": "   "}]}')).toEqual({
      code: 'no-story',
      message: 'the file holds no story, only a text item (urn:x:1) “Empty” without any story text',
    });
  });

  it('many non-story items are summarised, not all listed', () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ uri: `urn:pic:${i}`, type: 'picture' }));
    expect(errorOf(JSON.stringify(items)).message).toBe(
      'the file holds no story, only a picture item (urn:pic:0); a picture item (urn:pic:1); a picture item (urn:pic:2); and 3 more',
    );
  });
});

describe('ninjs read leniently', () => {
  it('an object with "items" (feed wrapper) and AP\'s {"item": …} envelopes', () => {
    const feed = { data: { items: [{ item: { uri: 'urn:ap:1', type: 'text', headline: 'Wrapped', body_text: 'WASHINGTON (AP) — Text.' } }] } };
    const story = onlyStory(parseNinjs(JSON.stringify(feed)));
    expect(story.headline).toBe('Wrapped');
    expect(story.provider).toBe('AP');
  });

  it('derives a headline when the item has none, and says so', () => {
    const story = onlyStory(parseNinjs(JSON.stringify({ uri: 'urn:x', bodies: [{ value: 'PARIS (AFP) - Le gouvernement a annoncé mardi une hausse du salaire minimum. Suite.' }] })));
    expect(story.headline).toBe('Le gouvernement a annoncé mardi une hausse du salaire minimum');
    expect(story.headlineDerived).toBe(true);
    expect(story.warnings).toContain("The item has no headline; one was derived from the lead's first sentence.");
    expectSound(story);
  });

  it('values of the wrong type are ignored or reported, never trusted', () => {
    const item = {
      uri: 'urn:x',
      headlines: 'not an array',
      headline: ['not', 'a', 'string'],
      title: 'Fallback title',
      version: '1.5',
      urgency: 12,
      pubStatus: 'published',
      versionCreated: 'yesterday',
      by: { name: 'object' },
      subjects: [null, 3, { name: 'Politics' }],
      bodies: [null, { value: 42 }, { contentType: 'text/plain', value: 'Real text.' }],
    };
    const story = onlyStory(parseNinjs(JSON.stringify(item)));
    expect(story.headline).toBe('Fallback title');
    expect(story.version).toBeUndefined();
    expect(story.urgency).toBeUndefined();
    expect(story.pubStatus).toBe('usable');
    expect(story.versionCreated).toBeUndefined();
    expect(story.byline).toBeUndefined();
    expect(story.subjects).toEqual(['Politics']);
    expect(story.body).toEqual(['Real text.']);
    expect(story.warnings).toEqual(
      expect.arrayContaining([
        'The item\'s version "1.5" is not a whole number; no version number was recorded.',
        'The item\'s urgency "12" is not 1 to 9; it was left out.',
        'The item\'s publication status "published" is not one ninjs defines; it was read as usable.',
        'The item\'s versionCreated ("yesterday") is not a date Copydesk can read; it was left out.',
      ]),
    );
    expectSound(story);
  });

  it('AP\'s version 0 is not a version number Copydesk can store, and the editor is told', () => {
    const story = onlyStory(parseNinjs(JSON.stringify({ uri: 'urn:ap:2', version: '0', headline: 'H', body_text: 'Text.' })));
    expect(story.version).toBeUndefined();
    expect(story.warnings).toContain('The item says it is version 0 (AP counts from 0); no version number was recorded.');
  });

  it('a "__proto__" key in hostile JSON is only data', () => {
    const story = onlyStory(parseNinjs('{"uri": "urn:x", "__proto__": {"headline": "polluted"}, "headline": "Clean", "body_text": "Text."}'));
    expect(story.headline).toBe('Clean');
    expect(({} as Record<string, unknown>).headline).toBeUndefined();
  });

  it('deeply nested JSON is refused or read, never a stack overflow', () => {
    const deep = `{"uri": "urn:x", "headline": "Deep", "body_text": "Text.", "subjects": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(onlyStory(parseNinjs(deep)).headline).toBe('Deep');
  });
});
