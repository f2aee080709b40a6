/**
 * The search benchmark's corpus (tests/bench/support/synthetic-corpus.ts):
 * checked here so that it cannot drift away from the story model, or from the
 * word frequencies the benchmark's queries rely on, without anyone noticing.
 */
import { describe, expect, it } from 'vitest';
import { WireStory } from '../../../shared/model/story.ts';
import {
  COMMON_WORDS,
  CORPUS_LANGUAGES,
  MID_WORDS,
  PHRASES,
  PREFIXES,
  PROVIDERS,
  RARE_WORDS,
  VOCABULARY,
  corpusStory,
  corpusTimeline,
  corpusTokens,
  foldWord,
  typesWithPrefix,
  type CorpusStory,
} from '../../bench/support/synthetic-corpus.ts';
import { createRandom } from '../../bench/support/synthetic-wire.ts';

const COUNT = 2000;

function generate(seed: number, count: number, timelineCount = COUNT): CorpusStory[] {
  const random = createRandom(seed);
  const timeline = corpusTimeline(timelineCount);
  return Array.from({ length: count }, (_, i) => corpusStory(random, i, timeline));
}

/** What the full-text index holds of a story: headline, slugline, byline, body. */
function indexedTokens(story: WireStory): string[] {
  return corpusTokens([story.headline, story.slugline ?? '', story.byline ?? '', ...story.body].join('\n'));
}

describe('the synthetic search corpus', () => {
  const stories = generate(20261129, COUNT);
  const tokenSets = stories.map(({ story }) => new Set(indexedTokens(story)));
  const share = (word: string) => tokenSets.filter((set) => set.has(foldWord(word))).length / COUNT;
  const storiesWith = (word: string) => tokenSets.filter((set) => set.has(foldWord(word))).length;

  it('makes stories the story model accepts', () => {
    const failures = stories
      .map(({ story }, i) => ({ i, result: WireStory.safeParse(story) }))
      .filter(({ result }) => !result.success)
      .map(({ i, result }) => `story ${i}: ${result.error?.message}`);
    expect(failures).toEqual([]);
  });

  it('receives them in order, strictly later each time, within the timeline', () => {
    const timeline = corpusTimeline(COUNT);
    const times = stories.map((s) => Date.parse(s.receivedAt));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] as number);
    expect(times[0]).toBeGreaterThanOrEqual(timeline.startMs);
    expect(times.at(-1)).toBeLessThan(timeline.startMs + timeline.spanMs);
    // About three years from first to last.
    expect((times.at(-1)! - times[0]!) / (365.25 * 24 * 3600 * 1000)).toBeGreaterThan(2.9);
  });

  it('speaks every language, English most, and files from every agency, some through a distributor', () => {
    const languages = new Map<string, number>();
    const providers = new Map<string, number>();
    for (const { story } of stories) {
      languages.set(story.language ?? '', (languages.get(story.language ?? '') ?? 0) + 1);
      providers.set(story.provider ?? '', (providers.get(story.provider ?? '') ?? 0) + 1);
    }
    expect([...languages.keys()].sort()).toEqual([...CORPUS_LANGUAGES].sort());
    expect([...providers.keys()].sort()).toEqual(PROVIDERS.map((p) => p.name).sort());
    expect((languages.get('en') ?? 0) / COUNT).toBeGreaterThan(0.5);
    const efe = stories.filter(({ story }) => story.provider === 'EFE');
    const viaNewsEdge = efe.filter(({ story }) => story.distributor === 'NewsEdge').length / efe.length;
    expect(viaNewsEdge).toBeGreaterThan(0.3);
    expect(viaNewsEdge).toBeLessThan(0.6);
    const statuses = new Set(stories.map(({ story }) => story.pubStatus));
    expect(statuses).toEqual(new Set(['usable', 'withheld', 'canceled']));
    expect(stories.filter(({ story }) => story.pubStatus === 'usable').length / COUNT).toBeGreaterThan(0.95);
  });

  it("opens each story with its agency's dateline and writes 4–12 paragraphs of about 300–500 words", () => {
    // Place names in capitals (EFE and Lusa: as written), then the agency's own way with the day.
    const up = "[\\p{Lu} .'-]+";
    const any = "[\\p{L} .'-]+";
    const day = '(\\d{1,2}\\.? \\p{L}+\\.?|\\p{L}+ \\d{1,2})';
    const lead = (source: string) => new RegExp(`^${source}$`, 'u');
    const leads: Record<string, RegExp> = {
      EFE: lead(`${any}, ${day} \\(EFE\\)\\.-`),
      Reuters: lead(`${up}, ${day} \\(Reuters\\) -`),
      AP: lead(`${up} \\(AP\\) —`),
      AFP: lead(`${up}(, ${day} \\d{4})? \\(AFP\\) -`),
      dpa: lead(`${up}(, ${day})? \\(dpa\\) -`),
      PA: lead(`${up} \\(PA\\) -`),
      AAP: lead(`${up} \\(AAP\\) -`),
      ANSA: lead(`${up} \\(ANSA\\) -`),
      Lusa: lead(`${any}, ${day} \\(Lusa\\) -`),
    };
    const words: number[] = [];
    for (const { story, text } of stories) {
      const dateline = story.dateline!;
      expect(dateline.text, dateline.text).toMatch(leads[story.provider!]!);
      expect(dateline.agency).toBe(story.provider);
      expect(story.body[0]!.startsWith(`${dateline.text} `)).toBe(true);
      expect(story.body.length).toBeGreaterThanOrEqual(4);
      expect(story.body.length).toBeLessThanOrEqual(12);
      words.push(story.body.join(' ').split(/\s+/u).length);
      expect(text).toContain(story.headline);
      expect(text).toContain(story.body.at(-1)!.slice(0, 40));
    }
    const mean = words.reduce((a, b) => a + b, 0) / words.length;
    expect(mean).toBeGreaterThan(330);
    expect(mean).toBeLessThan(480);
    expect(Math.min(...words)).toBeGreaterThan(200);
    expect(Math.max(...words)).toBeLessThan(700);
    const bylines = stories.filter(({ story }) => story.byline !== undefined).length / COUNT;
    expect(bylines).toBeGreaterThan(0.2);
    expect(bylines).toBeLessThan(0.5);
    expect(stories.filter(({ story }) => story.slugline !== undefined).length / COUNT).toBeGreaterThan(0.7);
  });

  it('has a vocabulary of thousands of words per language, and 3-letter prefixes that start hundreds of them', () => {
    for (const language of CORPUS_LANGUAGES) expect(VOCABULARY[language].length, language).toBeGreaterThan(3000);
    expect(PREFIXES.length).toBeGreaterThanOrEqual(8);
    for (const prefix of PREFIXES) {
      expect(prefix).toMatch(/^\p{Ll}{3}$/u);
      expect(typesWithPrefix(prefix), prefix).toBeGreaterThan(300);
    }
  });

  it('keeps rare words rare, common words common, and mid-frequency words and phrases in between', () => {
    // A rare word is expected in 0.1–0.5 of 2,000 stories (50–250 of a million).
    expect(RARE_WORDS.length).toBeGreaterThanOrEqual(20);
    for (const word of RARE_WORDS) expect(storiesWith(word), word).toBeLessThanOrEqual(4);
    expect(RARE_WORDS.reduce((n, w) => n + storiesWith(w), 0)).toBeLessThanOrEqual(20);
    for (const word of COMMON_WORDS) {
      expect(share(word), word).toBeGreaterThan(0.5);
      expect(share(word), word).toBeLessThan(0.8);
    }
    const midShares = MID_WORDS.map(share);
    const meanMid = midShares.reduce((a, b) => a + b, 0) / midShares.length;
    expect(meanMid).toBeGreaterThan(0.03);
    expect(meanMid).toBeLessThan(0.15);
    for (const [i, s] of midShares.entries()) expect(s, MID_WORDS[i]).toBeLessThan(0.25);
    const texts = stories.map(({ story }) => ` ${indexedTokens(story).join(' ')} `);
    for (const phrase of PHRASES) {
      const n = texts.filter((t) => t.includes(` ${corpusTokens(phrase).join(' ')} `)).length / COUNT;
      expect(n, phrase).toBeGreaterThan(0.02);
      expect(n, phrase).toBeLessThan(0.3);
    }
  });

  it('makes the same stories for the same seed, and others for another', () => {
    const again = generate(20261129, 50);
    expect(again.map((s) => s.text)).toEqual(stories.slice(0, 50).map((s) => s.text));
    expect(again.map((s) => s.story)).toEqual(stories.slice(0, 50).map((s) => s.story));
    const other = generate(7, 50);
    expect(other.filter((s, i) => s.text === stories[i]!.text)).toHaveLength(0);
  });
});
