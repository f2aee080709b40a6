import { describe, expect, it } from 'vitest';
import { parseWire } from '../../../shared/wire/parse.ts';
import type { WireStory } from '../../../shared/model/story.ts';

function story(copy: string): WireStory {
  const result = parseWire(new TextEncoder().encode(copy));
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.stories[0] as WireStory;
}

describe('plain-text copy shapes', () => {
  it('joins lines wrapped inside a paragraph with a space', () => {
    const s = story('LONDON (Reuters) - British house prices rose\nfor a fifth month in October,\nlender figures showed.\n\nPrices were up 0.7% on the month.\n');
    expect(s.body).toEqual(['LONDON (Reuters) - British house prices rose for a fifth month in October, lender figures showed.', 'Prices were up 0.7% on the month.']);
  });

  it('finds the headline and the lead with no blank line between them', () => {
    const s = story('Port strike ends after pay deal\nROTTERDAM (Reuters) - Dock workers ended a strike on Wednesday.\n\nShips began to unload.\n');
    expect(s.headline).toBe('Port strike ends after pay deal');
    expect(s.headlineDerived).toBe(false);
    expect(s.dateline?.place).toBe('Rotterdam');
    expect(s.body).toHaveLength(2);
  });

  it('takes a short first line as the headline even without a dateline, and warns about the dateline', () => {
    const s = story('Port strike ends after pay deal\n\nDock workers ended a strike on Wednesday after unions accepted a new pay offer.\n');
    expect(s.headline).toBe('Port strike ends after pay deal');
    expect(s.dateline).toBeUndefined();
    expect(s.warnings.some((w) => /No dateline/.test(w))).toBe(true);
  });

  it('does not take a first sentence for a headline', () => {
    const s = story('Dock workers ended a strike on Wednesday.\n\nShips began to unload on Thursday morning.\n');
    expect(s.headlineDerived).toBe(true);
    expect(s.headline).toBe('Dock workers ended a strike on Wednesday');
    expect(s.body).toHaveLength(2);
  });

  it('lifts page debris out of the middle of the story, keeping it in order', () => {
    const s = story(
      'ROTTERDAM (Reuters) - Dock workers ended a strike on Wednesday.\n\nAdvertisement\n\nShips began to unload.\nClick here to read more about the port.\n***\nLoading...\n\nThe port is Europe\'s largest.\n',
    );
    expect(s.body).toEqual(['ROTTERDAM (Reuters) - Dock workers ended a strike on Wednesday.', 'Ships began to unload.', "The port is Europe's largest."]);
    expect(s.removed).toEqual([
      { kind: 'page-debris', text: 'Advertisement' },
      { kind: 'page-debris', text: 'Click here to read more about the port.' },
      { kind: 'separator', text: '***' },
      { kind: 'page-debris', text: 'Loading...' },
    ]);
  });

  it('keeps story sentences that merely mention debris words or copyright', () => {
    const s = story('ROTTERDAM (Reuters) - Please wait, the union leader told reporters.\n\nCopyright law was not part of the talks, officials said.\n');
    expect(s.body).toHaveLength(2);
    expect(s.copyright).toBeUndefined();
    expect(s.removed).toEqual([]);
  });

  it('does not strip an agency name that ends a sentence', () => {
    const s = story('WASHINGTON (AP) — The senator confirmed the vote in an interview with the AP.\n');
    expect(s.body[0]).toMatch(/interview with the AP\.$/);
    expect(s.signoff).toBeUndefined();
  });

  it('takes a Reuters credit line that stands as its own paragraph', () => {
    const s = story('LONDON (Reuters) - Prices rose.\n\nThey were up 0.7%.\n\n(Reporting by Jean Martin in London; additional reporting by Ana Ruiz; Editing by Sarah Cole)\n');
    expect(s.signoff).toBe('(Reporting by Jean Martin in London; additional reporting by Ana Ruiz; Editing by Sarah Cole)');
    expect(s.body).toEqual(['LONDON (Reuters) - Prices rose.', 'They were up 0.7%.']);
  });

  it('keeps a second copyright line under removed and says so', () => {
    const s = story('PARIS (AFP) - Le texte a été adopté.\n\n© 2021 AFP\n(c) 2021 Some Newspaper Ltd\n');
    expect(s.copyright).toBe('© 2021 AFP');
    expect(s.removed).toContainEqual({ kind: 'boilerplate', text: '(c) 2021 Some Newspaper Ltd' });
    expect(s.warnings.some((w) => /more than one copyright/.test(w))).toBe(true);
  });

  it('finds the agency in the copyright line when the copy has no dateline', () => {
    const s = story('Dock workers ended a strike on Wednesday after unions accepted a new pay offer.\n\nCopyright 2021 The Associated Press. All rights reserved.\n');
    expect(s.provider).toBe('AP');
  });

  it('recognises a syndication statement wrapped over two lines', () => {
    const s = story(
      'Moscow (EFE).- The summit ended on Friday.\n\nThis content is published through a licensing agreement with Acquire\nMedia using its NewsEdge technology.\n',
    );
    expect(s.distributor).toBe('Acquire Media (NewsEdge)');
    expect(s.body).toEqual(['Moscow (EFE).- The summit ended on Friday.']);
  });

  it('drops stray control characters with a warning', () => {
    const s = story('LONDON (Reuters) - Prices\u0007 rose.\u001a\n');
    expect(s.body).toEqual(['LONDON (Reuters) - Prices rose.']);
    expect(s.warnings.some((w) => /control character/.test(w))).toBe(true);
  });
});

describe('slugs and bylines above the lead', () => {
  it('takes a slug line, then the headline, then the byline', () => {
    const s = story('BC-US--Senate-Shutdown\nSenate passes stopgap bill\nBy JANE ROE\n\nWASHINGTON (AP) — The Senate passed a stopgap bill on Thursday.\n');
    expect(s.slugline).toBe('BC-US--Senate-Shutdown');
    expect(s.headline).toBe('Senate passes stopgap bill');
    expect(s.byline).toBe('JANE ROE');
    expect(s.body).toEqual(['WASHINGTON (AP) — The Senate passed a stopgap bill on Thursday.']);
  });

  it('keeps unrecognised text above the dateline in the body and says so', () => {
    const s = story('Senate passes stopgap bill\n\nLawmakers avoided a shutdown with hours to spare.\n\nWASHINGTON (AP) — The Senate passed a stopgap bill on Thursday.\n');
    expect(s.headline).toBe('Senate passes stopgap bill');
    expect(s.body).toEqual(['Lawmakers avoided a shutdown with hours to spare.', 'WASHINGTON (AP) — The Senate passed a stopgap bill on Thursday.']);
    expect(s.warnings.some((w) => /above the dateline/.test(w))).toBe(true);
  });
});
