import { describe, expect, it } from 'vitest';
import { deriveHeadline, firstSentence, looksLikeHeadline } from '../../../shared/wire/headline.ts';

describe('derived headlines', () => {
  it('stop at the first sentence, without its final period', () => {
    expect(deriveHeadline('Dock workers ended a strike on Wednesday. Unions accepted a new offer.')).toBe('Dock workers ended a strike on Wednesday');
  });

  it('are not cut at "U.S." or "Gen."', () => {
    expect(firstSentence('The U.S. Senate passed the bill. It now goes to the House.')).toBe('The U.S. Senate passed the bill.');
    expect(firstSentence('Gen. Smith said the troops would stay. Others disagreed.')).toBe('Gen. Smith said the troops would stay.');
    expect(firstSentence('Die Wahl findet am 3. November statt. Danach wird gezählt.')).toBe('Die Wahl findet am 3. November statt.');
  });

  it('are cut at a word boundary to at most 100 characters, not ending on a dangling word', () => {
    const lead =
      'Russian President Vladimir Putin warned Friday of the buildup of extremist and terrorist groups in northern Afghanistan, and said that the Islamic State alone has about 2,000 members.';
    const headline = deriveHeadline(lead);
    expect(headline).toBe('Russian President Vladimir Putin warned Friday of the buildup of extremist and terrorist groups');
    expect(headline.length).toBeLessThanOrEqual(100);
  });

  it('drop the final punctuation also inside a closing quote', () => {
    expect(deriveHeadline('He said “the talks are over.” Then he left.')).toBe('He said “the talks are over”');
  });

  it('close a bracket or quote the cut left open', () => {
    const lead = `The ministers of the alliance (Russia, China, Pakistan, the United States, India, Iran and a number of Central Asian states) met.`;
    const headline = deriveHeadline(lead);
    expect(headline.length).toBeLessThanOrEqual(101);
    expect(headline.endsWith(')')).toBe(true);
  });
});

describe('headline lines', () => {
  it.each([
    ['French factory output rebounds in September as energy costs ease', true],
    ['Is the strike over?', true],
    ['The Senate passed the bill on Thursday.', false],
    ['By JANE ROE', false],
    ['2021', false],
  ])('%s → %s', (line, expected) => {
    expect(looksLikeHeadline(line)).toBe(expected);
  });
});
