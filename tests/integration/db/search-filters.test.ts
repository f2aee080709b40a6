import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../../db/archive.ts';
import { createSavedSearchRepository } from '../../../db/repositories/saved-searches.ts';
import { createStoryRepository, type StoryRepository } from '../../../db/repositories/stories.ts';
import { BadCursorError } from '../../../db/search/cursor.ts';
import { createStorySearch, type SearchRequest, type StorySearch } from '../../../db/search/search-stories.ts';
import type { WireStory } from '../../../shared/model/story.ts';
import { makeTempDir, storeOnDay, wireStory } from './support.ts';

interface Fixture {
  archive: Archive;
  stories: StoryRepository;
  search: StorySearch;
  clock: { now: number };
}

function fixture(): Fixture {
  const archive = openArchive(path.join(makeTempDir(), 'archive.sqlite'));
  const clock = { now: Date.parse('2024-06-01T12:00:00Z') };
  return { archive, stories: createStoryRepository(archive), search: createStorySearch(archive, { now: () => clock.now }), clock };
}

const store = (f: Fixture, day: string, ...stories: WireStory[]): string[] => storeOnDay(f.stories, day, ...stories);

const ids = (f: Fixture, request: Partial<SearchRequest>) => f.search({ query: '', limit: 50, ...request }).items.map((i) => i.id);

/** A small archive: three agencies, two languages, a few states, over three months. */
function archiveOfAgencies(f: Fixture) {
  const [efeMarch] = store(f, '2024-03-10', wireStory({ headline: 'Sequía en Andalucía', body: ['La sequía sigue.'], provider: 'EFE', distributor: 'NewsEdge', language: 'es' }));
  const [apMarch] = store(f, '2024-03-20', wireStory({ headline: 'Drought deepens', body: ['The drought goes on.'], provider: 'AP', language: 'en' }));
  const [efeApril] = store(f, '2024-04-05', wireStory({ headline: 'Drought in Spain', body: ['Drought and heat.'], provider: 'EFE', distributor: 'NewsEdge', language: 'en' }));
  const [afpApril] = store(f, '2024-04-18', wireStory({ headline: 'Sécheresse', body: ['drought drought drought'], provider: 'AFP', language: 'fr', embargoedUntil: '2024-07-01T00:00:00Z' }));
  const [apMay] = store(f, '2024-05-02', wireStory({ headline: 'Drought kills cattle', body: ['Farmers count losses.'], provider: 'AP', language: 'en', pubStatus: 'canceled' }));
  return { efeMarch: efeMarch!, apMarch: apMarch!, efeApril: efeApril!, afpApril: afpApril!, apMay: apMay! };
}

describe('filters, facets and sort', () => {
  it('filters by agency, distributor, language and state, alone and together, newest first', () => {
    const f = fixture();
    try {
      const s = archiveOfAgencies(f);
      expect(ids(f, { filters: { providers: ['EFE'] } })).toEqual([s.efeApril, s.efeMarch]);
      expect(ids(f, { filters: { providers: ['EFE', 'AFP'] } })).toEqual([s.afpApril, s.efeApril, s.efeMarch]);
      expect(ids(f, { filters: { distributors: ['NewsEdge'], languages: ['en'] } })).toEqual([s.efeApril]);
      expect(ids(f, { filters: { states: ['killed'] } })).toEqual([s.apMay]);
      expect(ids(f, { filters: { states: ['embargoed', 'killed'] } })).toEqual([s.apMay, s.afpApril]);
      expect(ids(f, { query: 'drought', filters: { providers: ['AP'] } })).toEqual([s.apMay, s.apMarch]);
      expect(f.search({ query: 'drought', filters: { providers: ['AP'] }, limit: 1 })).toMatchObject({ total: 2, capped: false });
      expect(ids(f, { filters: { providers: ['Nobody'] } })).toEqual([]);
    } finally {
      f.archive.close();
    }
  });

  it('reads a received date range inclusively, a date alone meaning the whole day, and says when a date cannot be read', () => {
    const f = fixture();
    try {
      const s = archiveOfAgencies(f);
      expect(ids(f, { filters: { receivedFrom: '2024-03-20', receivedTo: '2024-04-18' } })).toEqual([s.afpApril, s.efeApril, s.apMarch]);
      expect(ids(f, { query: 'drought', filters: { receivedFrom: '2024-04-01', receivedTo: '2024-04-30', providers: ['EFE'] } })).toEqual([s.efeApril]);
      expect(ids(f, { filters: { receivedFrom: '2024-05-01T00:00:00Z' } })).toEqual([s.apMay]);
      expect(ids(f, { filters: { receivedTo: '2024-03-10' } })).toEqual([s.efeMarch]);
      expect(ids(f, { filters: { receivedFrom: '2025-01-01' } })).toEqual([]);
      const page = f.search({ query: '', limit: 50, filters: { receivedFrom: 'last Tuesday' } });
      expect(page.items).toHaveLength(5);
      expect(page.notice).toMatch(/"last Tuesday" could not be read/);
    } finally {
      f.archive.close();
    }
  });

  it('pages through a word within a date range newest first, counting exactly, without repeats or gaps', () => {
    const f = fixture();
    try {
      const before = store(f, '2024-02-01', ...Array.from({ length: 3 }, (_, i) => wireStory({ headline: `Early ${i}`, body: ['harvest'] })));
      const inside = store(f, '2024-02-10', ...Array.from({ length: 12 }, (_, i) => wireStory({ headline: `Mid ${i}`, body: [i % 4 === 0 ? 'rain' : 'harvest'] })));
      store(f, '2024-02-20', wireStory({ headline: 'Late', body: ['harvest'] }));
      const expected = inside.filter((_, i) => i % 4 !== 0).reverse();
      const request = { query: 'harvest', limit: 4, filters: { receivedFrom: '2024-02-05', receivedTo: '2024-02-15' } };
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = f.search({ ...request, cursor });
        expect(page).toMatchObject({ total: 9, capped: false });
        expect(page.items.every((i) => i.snippet?.includes('\uE000harvest\uE001'))).toBe(true);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(expected);
      expect(before).toHaveLength(3);
    } finally {
      f.archive.close();
    }
  });

  it('counts each facet for the current search with the other filters applied, so counts change as filters do', () => {
    const f = fixture();
    try {
      archiveOfAgencies(f);
      const all = f.search({ query: 'drought', limit: 50, facets: true }).facets!;
      expect(all).toMatchObject({ basis: 4, capped: false });
      expect(all.providers).toEqual([
        { value: 'AP', count: 2 },
        { value: 'AFP', count: 1 },
        { value: 'EFE', count: 1 },
      ]);
      expect(all.languages).toEqual([
        { value: 'en', count: 3 },
        { value: 'fr', count: 1 },
      ]);
      expect(all.states).toEqual([
        { value: 'usable', count: 2 },
        { value: 'embargoed', count: 1 },
        { value: 'killed', count: 1 },
      ]);

      // Choosing an agency narrows the other facets, not the agency facet itself.
      const ap = f.search({ query: 'drought', limit: 50, facets: true, filters: { providers: ['AP'] } }).facets!;
      expect(ap.providers.map((p) => p.value)).toEqual(['AP', 'AFP', 'EFE']);
      expect(ap.languages).toEqual([{ value: 'en', count: 2 }]);
      expect(ap.states).toEqual([
        { value: 'killed', count: 1 },
        { value: 'usable', count: 1 },
      ]);
      // After the embargo lifts, the same story counts as usable, without a write.
      f.clock.now = Date.parse('2024-07-02T00:00:00Z');
      const later = f.search({ query: '', limit: 50, facets: true }).facets!;
      expect(later.states.find((s) => s.value === 'embargoed')).toBeUndefined();
    } finally {
      f.archive.close();
    }
  });

  it('counts facets over the newest matches only, and says when it stopped', () => {
    const f = fixture();
    try {
      store(f, '2024-01-01', ...Array.from({ length: 12 }, (_, i) => wireStory({ headline: `Flood ${i}`, body: ['flood'], provider: i < 4 ? 'AP' : 'EFE' })));
      const search = createStorySearch(f.archive, { countCap: 10 });
      const facets = search({ query: 'flood', limit: 5, facets: true }).facets!;
      expect(facets).toMatchObject({ basis: 10, capped: true });
      expect(facets.providers).toEqual([
        { value: 'EFE', count: 8 },
        { value: 'AP', count: 2 },
      ]);
    } finally {
      f.archive.close();
    }
  });

  it('sorts best match first among the matches, pages without repeats, and refuses a newest-first cursor there', () => {
    const f = fixture();
    try {
      const [headline, passing, brief] = store(
        f,
        '2024-02-01',
        wireStory({ headline: 'Drought grips the south', body: ['Drought and heat for a third week.'] }),
        wireStory({ headline: 'Markets', body: ['Traders shrugged off news of a drought far away, and shares rose on strong results from banks and insurers.'] }),
        wireStory({ headline: 'Weather', body: ['A drought is possible.'] }),
      );
      store(f, '2024-02-02', wireStory({ headline: 'Unrelated', body: ['Rain.'] }));
      expect(ids(f, { query: 'drought' })).toEqual([brief, passing, headline]);
      const first = f.search({ query: 'drought', sort: 'relevance', limit: 2 });
      // In the headline and the body beats a mention in a long paragraph.
      expect(first.items[0]?.id).toBe(headline);
      expect(first.total).toBe(3);
      const second = f.search({ query: 'drought', sort: 'relevance', limit: 2, cursor: first.nextCursor! });
      expect(second.nextCursor).toBeNull();
      const seen = [...first.items, ...second.items].map((i) => i.id);
      expect(new Set(seen)).toEqual(new Set([headline, passing, brief]));
      expect(seen).toHaveLength(3);
      expect(seen.indexOf(brief!)).toBeLessThan(seen.indexOf(passing!));
      expect(second.items.every((i) => i.snippet?.includes('\uE000'))).toBe(true);
      expect(() => f.search({ query: 'drought', sort: 'relevance', limit: 2, cursor: f.search({ query: 'drought', limit: 1 }).nextCursor! })).toThrow(BadCursorError);
      // Without words there is nothing to rank: newest first.
      expect(ids(f, { sort: 'relevance' })[0]).toBe(ids(f, {})[0]);
    } finally {
      f.archive.close();
    }
  });
});

describe('spike and restore', () => {
  it('takes a spiked story out of every view but Spiked, logs it, and brings it back on restore', () => {
    const f = fixture();
    try {
      const s = archiveOfAgencies(f);
      expect(f.stories.setSpiked([s.apMarch, s.efeMarch, 'no-such-story'], true)).toBe(2);
      expect(f.stories.setSpiked([s.apMarch], true)).toBe(0);
      expect(ids(f, {})).toEqual([s.apMay, s.afpApril, s.efeApril]);
      expect(ids(f, { query: 'drought' })).toEqual([s.apMay, s.afpApril, s.efeApril]);
      expect(f.search({ query: 'drought', limit: 50 }).total).toBe(3);
      expect(ids(f, { filters: { spiked: true } })).toEqual([s.apMarch, s.efeMarch]);
      expect(ids(f, { query: 'drought', filters: { spiked: true } })).toEqual([s.apMarch]);
      expect(f.stories.get(s.apMarch)?.spiked).toBe(true);
      const ops = f.archive.db.prepare("SELECT value FROM ops WHERE entity = 'story' AND entity_id = ? AND field = 'spiked'").pluck().all(s.apMarch);
      expect(ops).toEqual([1]);

      expect(f.stories.setSpiked([s.apMarch], false)).toBe(1);
      expect(ids(f, {})).toEqual([s.apMay, s.afpApril, s.efeApril, s.apMarch]);
      expect(ids(f, { filters: { spiked: true } })).toEqual([s.efeMarch]);
      expect(f.stories.get(s.apMarch)?.spiked).toBe(false);
    } finally {
      f.archive.close();
    }
  });
});

describe('what the list keeps of each story', () => {
  it('shows the current version and what all versions say, after updates, a kill and a late stale version', () => {
    const f = fixture();
    try {
      const uri = 'urn:newsml:reuters.com:20240301:L1';
      const [id] = store(f, '2024-03-01', wireStory({ uri, provider: 'Reuters', version: 1, headline: 'First take', body: ['one'], language: 'en' }));
      store(f, '2024-03-01', wireStory({ uri, provider: 'Reuters', version: 3, headline: 'Third take', body: ['three'], language: 'en', distributor: 'Wire Hub' }));
      store(f, '2024-03-02', wireStory({ uri, provider: 'Reuters', version: 2, headline: 'Kill', body: ['withdrawn'], pubStatus: 'canceled' }));
      const [row] = f.search({ query: '', limit: 5 }).items;
      expect(row).toMatchObject({ id, headline: 'Third take', versionCount: 3, state: 'killed', distributor: 'Wire Hub', spiked: false });
      expect(ids(f, { filters: { distributors: ['Wire Hub'], states: ['killed'] } })).toEqual([id]);
    } finally {
      f.archive.close();
    }
  });
});

describe('saved searches', () => {
  it('keeps named searches with their filters, lists them by name, and deletes them as tombstones', () => {
    const f = fixture();
    try {
      const saved = createSavedSearchRepository(f.archive);
      const drought = saved.save({ name: 'drought watch', query: 'drought', filters: { providers: ['EFE'], receivedFrom: '2024-04-01' }, sort: 'relevance' });
      saved.save({ name: 'Al Jazeera', query: '', filters: { languages: ['ar'] }, sort: 'newest' });
      expect(saved.list().map((s) => s.name)).toEqual(['Al Jazeera', 'drought watch']);
      expect(saved.list()[1]).toEqual(drought);
      expect(saved.delete(drought.id)).toBe(true);
      expect(saved.delete(drought.id)).toBe(false);
      expect(saved.list().map((s) => s.name)).toEqual(['Al Jazeera']);
      const fields = f.archive.db.prepare("SELECT field FROM ops WHERE entity = 'saved_search' AND entity_id = ? ORDER BY hlc").pluck().all(drought.id);
      expect(fields).toEqual(['*', 'deleted']);
    } finally {
      f.archive.close();
    }
  });
});
