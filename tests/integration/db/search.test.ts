import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../../db/archive.ts';
import { prepareStory } from '../../../db/repositories/prepared-story.ts';
import { createStoryRepository, type StoryRepository } from '../../../db/repositories/stories.ts';
import { BadCursorError } from '../../../db/search/cursor.ts';
import { COUNT_CAP, createStorySearch, type StorySearch } from '../../../db/search/search-stories.ts';
import { SNIPPET_MARK_CLOSE, SNIPPET_MARK_OPEN, type WireStory } from '../../../shared/model/story.ts';
import { makeTempDir, wireStory } from './support.ts';

interface Fixture {
  archive: Archive;
  stories: StoryRepository;
  search: StorySearch;
}

function fixture(): Fixture {
  const archive = openArchive(path.join(makeTempDir(), 'archive.sqlite'));
  return { archive, stories: createStoryRepository(archive), search: createStorySearch(archive) };
}

function store(f: Fixture, ...stories: WireStory[]): string[] {
  return stories.map(
    (story, i) =>
      f.stories.storeFile({
        fileName: `${i}.txt`,
        bytes: new TextEncoder().encode(JSON.stringify(story)),
        format: 'text',
        stories: [prepareStory(story)],
        receivedAt: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
      })[0]!.id,
  );
}

const HOSTILE = ['"', 'headline:', '(', ')', '*', '🙂', "'; DROP TABLE stories; --", 'NEAR(', 'a OR', 'AND', '"unclosed', '^', '-', '\u0000', '" OR 1=1 --'];

describe('searching the archive', () => {
  it('finds a story by a word of its body, headline, slugline or byline, with a marked snippet', () => {
    const f = fixture();
    try {
      const [quake, budget] = store(
        f,
        wireStory({ headline: 'Quake hits the coast', slugline: 'QUAKE-CHILE', byline: 'By Ana Ruiz', body: ['Rescuers searched the rubble.'] }),
        wireStory({ headline: 'Budget passes', body: ['The parliament approved the budget.'] }),
      );
      expect(f.search({ query: 'rubble', limit: 50 }).items.map((i) => i.id)).toEqual([quake]);
      expect(f.search({ query: 'quake', limit: 50 }).items.map((i) => i.id)).toEqual([quake]);
      expect(f.search({ query: 'quake-chile', limit: 50 }).items.map((i) => i.id)).toEqual([quake]);
      expect(f.search({ query: 'Ruiz', limit: 50 }).items.map((i) => i.id)).toEqual([quake]);
      expect(f.search({ query: 'parliament', limit: 50 }).items.map((i) => i.id)).toEqual([budget]);

      const [hit] = f.search({ query: 'rubble', limit: 50 }).items;
      expect(hit?.snippet).toContain(`${SNIPPET_MARK_OPEN}rubble${SNIPPET_MARK_CLOSE}`);
      expect(hit).toMatchObject({ headline: 'Quake hits the coast', slugline: 'QUAKE-CHILE', pubStatus: 'usable' });
    } finally {
      f.archive.close();
    }
  });

  it('needs every word, keeps "quoted phrases" together, and takes a trailing * as a prefix', () => {
    const f = fixture();
    try {
      const [putin] = store(
        f,
        wireStory({ headline: 'Summit', body: ['Russian President Vladimir Putin warned Friday.'] }),
        wireStory({ headline: 'Other', body: ['Vladimir went home. Putin stayed.'] }),
      );
      expect(f.search({ query: 'Putin Vladimir', limit: 50 }).items).toHaveLength(2);
      expect(f.search({ query: '"Vladimir Putin"', limit: 50 }).items.map((i) => i.id)).toEqual([putin]);
      expect(f.search({ query: '"Putin Vladimir"', limit: 50 }).items).toHaveLength(0);
      expect(f.search({ query: 'Putin Moscow', limit: 50 }).items).toHaveLength(0);
      expect(f.search({ query: 'warn*', limit: 50 }).items.map((i) => i.id)).toEqual([putin]);
      expect(f.search({ query: 'warn', limit: 50 }).items).toHaveLength(0);
    } finally {
      f.archive.close();
    }
  });

  it('ignores case and accents', () => {
    const f = fixture();
    try {
      const [cafe] = store(f, wireStory({ headline: 'Café society', body: ['Él llegó a Bogotá.'] }));
      for (const q of ['cafe', 'CAFÉ', 'bogota', 'el llego']) expect(f.search({ query: q, limit: 50 }).items.map((i) => i.id), q).toEqual([cafe]);
    } finally {
      f.archive.close();
    }
  });

  it('never lets what the editor typed break the query or the archive', () => {
    const f = fixture();
    try {
      store(f, wireStory({ headline: 'Headline: the (big) story', body: ['It costs 2,000 dollars 🙂.'] }));
      for (const query of HOSTILE) {
        expect(() => f.search({ query, limit: 50 }), query).not.toThrow();
      }
      expect(f.search({ query: 'headline:', limit: 50 }).items).toHaveLength(1);
      expect(f.search({ query: '(big)', limit: 50 }).items).toHaveLength(1);
      expect(f.search({ query: '2,000', limit: 50 }).items).toHaveLength(1);
      expect(f.search({ query: "'; DROP TABLE stories; --", limit: 50 }).items).toHaveLength(0);
      expect(f.stories.count()).toBe(1);
    } finally {
      f.archive.close();
    }
  });

  it('lists newest first when the query is empty or has no words, page by page', () => {
    const f = fixture();
    try {
      const ids = store(f, ...Array.from({ length: 7 }, (_, i) => wireStory({ headline: `Story ${i}`, body: ['Common words here.'] })));
      const newestFirst = [...ids].reverse();
      for (const query of ['', '   ', '"', '(']) {
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = f.search({ query, limit: 3, cursor });
          expect(page.total).toBe(7);
          expect(page.capped).toBe(false);
          seen.push(...page.items.map((i) => i.id));
          expect(page.items.every((i) => i.snippet === null)).toBe(true);
          cursor = page.nextCursor ?? undefined;
          pages += 1;
        } while (cursor);
        expect(seen, query).toEqual(newestFirst);
        expect(pages).toBe(3);
      }
    } finally {
      f.archive.close();
    }
  });

  it('pages through matches newest first without repeating or skipping one', () => {
    const f = fixture();
    try {
      const ids = store(f, ...Array.from({ length: 12 }, (_, i) => wireStory({ headline: `H${i}`, body: [i % 3 === 0 ? 'other text' : 'flood warning'] })));
      const expected = ids.filter((_, i) => i % 3 !== 0).reverse();
      const first = f.search({ query: 'flood', limit: 5 });
      expect(first.total).toBe(8);
      const second = f.search({ query: 'flood', limit: 5, cursor: first.nextCursor! });
      expect(second.nextCursor).toBeNull();
      expect([...first.items, ...second.items].map((i) => i.id)).toEqual(expected);
    } finally {
      f.archive.close();
    }
  });

  it('refuses a cursor it did not make', () => {
    const f = fixture();
    try {
      for (const cursor of ['garbage!', 'cjA', '', Buffer.from('r-5').toString('base64url')]) {
        expect(() => f.search({ query: '', limit: 5, cursor }), cursor).toThrow(BadCursorError);
      }
    } finally {
      f.archive.close();
    }
  });

  it('stops counting at the cap and says so', () => {
    const f = fixture();
    const cap = 25;
    const search = createStorySearch(f.archive, { countCap: cap });
    try {
      store(f, ...Array.from({ length: cap + 3 }, (_, i) => wireStory({ headline: `Storm ${i}`, body: ['storm'] })));
      for (const query of ['storm', '']) {
        const page = search({ query, limit: 2 });
        expect(page).toMatchObject({ total: cap, capped: true });
        expect(page.items.map((i) => i.headline)).toEqual([`Storm ${cap + 2}`, `Storm ${cap + 1}`]);
      }
      expect(search({ query: 'storm 7', limit: 2 })).toMatchObject({ total: 1, capped: false });
      expect(COUNT_CAP).toBe(1_000);
    } finally {
      f.archive.close();
    }
  });
});
