import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../../shared/wire/html-to-text.ts';
import { plainTextParagraphs } from '../../../../shared/wire/plain-paragraphs.ts';

const paragraphs = (html: string) => htmlToText(html).paragraphs;

describe('wire HTML to text', () => {
  it('block elements and <br> make paragraphs; inline markup does not', () => {
    expect(paragraphs('<h1>Title</h1><p>One <b>bold</b> <a href="x">link</a>.</p><div>Two<br>Three</div><ul><li>Four</li><li>Five</li></ul>')).toEqual([
      'Title',
      'One bold link.',
      'Two',
      'Three',
      'Four',
      'Five',
    ]);
  });

  it('never lets script, style, comments, frames or embedded objects through, however they are written', () => {
    const html = [
      '<p>Before</p>',
      '<SCRIPT>document.write("<p>injected</p>")</SCRIPT >',
      '<script src=x></script>',
      '<style>p::after { content: "css" }</style>',
      '<!-- <p>commented</p> -->',
      '<!--[if gte mso 9]><xml><o:Doc>office</o:Doc></xml><![endif]-->',
      '<iframe src="https://x.example"><p>frame</p></iframe>',
      '<svg><text>svg text</text><svg><text>nested</text></svg></svg>',
      '<noscript><p>noscript</p></noscript>',
      '<p>After</p>',
    ].join('\n');
    expect(paragraphs(html)).toEqual(['Before', 'After']);
  });

  it('attribute values with ">" or "<" inside do not end the tag early', () => {
    expect(paragraphs('<p title="a > b" data-x=\'<p>no</p>\'>Text</p>')).toEqual(['Text']);
  });

  it('decodes named, decimal and hex references, and C1 numbers as Windows-1252 does', () => {
    expect(decodeEntities('&ldquo;Caf&eacute;&rdquo; &#8212; &#x2019; &#150; &amp;amp; &nbsp;|&copy 2021')).toBe('“Café” — ’ – &amp; \u00A0|© 2021');
  });

  it('leaves unknown names and impossible numbers harmless', () => {
    expect(decodeEntities('&bogus; &#0; &#xD800; &#99999999; AT&T')).toBe('&bogus; \uFFFD \uFFFD \uFFFD AT&T');
  });

  it('a "<" that does not open a tag is text', () => {
    expect(paragraphs('<p>3 < 5 and 5 > 3, a <-> b</p>')).toEqual(['3 < 5 and 5 > 3, a <-> b']);
  });

  it('keeps <pre> lines as they are and says which paragraph is preformatted', () => {
    const html = '<p>Results:</p><pre>\nTeam      Pts\nMadrid     30\nBarcelona  28\n</pre><p>More.</p>';
    expect(htmlToText(html)).toEqual({
      paragraphs: ['Results:', 'Team      Pts\nMadrid     30\nBarcelona  28', 'More.'],
      preformatted: [1],
      skipped: [],
    });
  });

  it('drops figures (photo captions and credits) and says so', () => {
    const result = htmlToText('<p>Text.</p><figure><img src="a.jpg"><figcaption>Caption</figcaption></figure>');
    expect(result.paragraphs).toEqual(['Text.']);
    expect(result.skipped).toEqual(['a figure (photo caption)']);
  });

  it('unterminated markup degrades to text, never to an error', () => {
    expect(paragraphs('<p>Cut short <b')).toEqual(['Cut short']);
    expect(paragraphs('<p>Open comment <!-- never closed <p>gone')).toEqual(['Open comment']);
    expect(paragraphs('<script>never closed')).toEqual([]);
  });

  it('strips control characters that entities or the text carry', () => {
    expect(paragraphs('<p>a&#1;b\u0007c</p>')).toEqual(['abc']);
  });
});

describe('plain-text bodies', () => {
  it('joins hard-wrapped lines and keeps blank-line paragraphs', () => {
    const text = 'The European Central Bank is very unlikely to raise interest rates next\nyear as inflation falls back below target, its president said.\n\nSecond paragraph.';
    expect(plainTextParagraphs(text)).toEqual([
      'The European Central Bank is very unlikely to raise interest rates next year as inflation falls back below target, its president said.',
      'Second paragraph.',
    ]);
  });

  it('reads one paragraph per line when the lines are not wrapped', () => {
    expect(plainTextParagraphs('Headline here\nDesk TT\nA long first paragraph of the story that runs well past any width a mail client wraps at, clearly.\nShort one.')).toEqual([
      'Headline here',
      'Desk TT',
      'A long first paragraph of the story that runs well past any width a mail client wraps at, clearly.',
      'Short one.',
    ]);
  });
});
