import path from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import { describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../../db/archive.ts';
import { createCommentRepository } from '../../../db/repositories/comments.ts';
import { createLicenceAssignmentRepository } from '../../../db/repositories/licence-assignments.ts';
import { createLicenceRepository } from '../../../db/repositories/licences.ts';
import { createStoryRepository, type StoryRepository } from '../../../db/repositories/stories.ts';
import { createStoryTextRepository } from '../../../db/repositories/story-texts.ts';
import { createTranslationFlagRepository } from '../../../db/repositories/translation-flags.ts';
import { createStorySearch, type SearchRequest, type StorySearch } from '../../../db/search/search-stories.ts';
import { createLicenceCache } from '../../../electron/services/rights/licence-cache.ts';
import { createStoryRightsLoader } from '../../../electron/services/rights/story-rights.ts';
import { $buildStoryDocument } from '../../../shared/editor/build-story-document.ts';
import { EDITOR_NODES } from '../../../shared/editor/editor-nodes.ts';
import { storyTextOf } from '../../../shared/editor/story-text.ts';
import type { UserProfile } from '../../../shared/model/editing.ts';
import { LicenceTerms, type LicenceTermsInput } from '../../../shared/model/licence.ts';
import { FACET_NAMES, type FacetName, type SearchFacets, type SearchFilters } from '../../../shared/model/search.ts';
import type { WireStory } from '../../../shared/model/story.ts';
import { makeTempDir, storeOnDay, wireStory } from './support.ts';

const ANA: UserProfile = { name: 'Ana Ruiz', initials: 'AR' };
const AT = '2024-06-01T10:00:00.000Z';

interface Fixture {
  archive: Archive;
  stories: StoryRepository;
  search: StorySearch;
}

function fixture(options: Parameters<typeof createStorySearch>[1] = {}): Fixture {
  const archive = openArchive(path.join(makeTempDir(), 'archive.sqlite'));
  return { archive, stories: createStoryRepository(archive), search: createStorySearch(archive, options) };
}

const store = (f: Fixture, day: string, story: WireStory): string => storeOnDay(f.stories, day, story)[0]!;

const licence = (input: Partial<LicenceTermsInput> & Pick<LicenceTermsInput, 'provider' | 'reference'>): LicenceTerms =>
  LicenceTerms.parse({ validFrom: '2024-01-01', channels: ['web'], attribution: '© {year} {provider}', ...input });

/** An editor's text for the story, as the services materialise it. */
function edit(f: Fixture, storyId: string, headline: string): void {
  const editor = createHeadlessEditor({
    nodes: EDITOR_NODES,
    onError: (err) => {
      throw err;
    },
  });
  editor.update(() => $buildStoryDocument({ headline, body: [`${headline}, as the desk rewrote it.`] }), { discrete: true });
  const lexicalJson = JSON.stringify(editor.getEditorState().toJSON());
  const texts = createStoryTextRepository(f.archive);
  f.archive.write((w) => texts.setMaterialised(w, storyId, { lexicalJson, text: storyTextOf(JSON.parse(lexicalJson)), edited: true, updatedAt: AT }));
}

function flag(storyId: string, markId: string) {
  return { storyId, markId, sourceText: 'A passage.', sourceLanguage: null, targetLanguage: 'es', note: '', author: ANA, at: AT };
}

/**
 * Eight stories from six agencies over three months, and what the desk made
 * of them: licences (one through a distributor, one matching on the
 * copyright line, one retired), hand assignments both ways, an edit, open and
 * resolved comments, live and deleted flags.
 */
function deskArchive(f: Fixture) {
  const s = {
    efeNewsEdge: store(f, '2024-03-05', wireStory({ headline: 'Sequía en Andalucía', body: ['Drought in the south.'], provider: 'EFE', distributor: 'Acquire Media (NewsEdge)', copyright: '© 2021 EFE News Services (U.S.) Inc.', language: 'en' })),
    apPress: store(f, '2024-03-12', wireStory({ headline: 'Drought deepens', body: ['The drought goes on.'], provider: 'AP', copyright: '© 2024 The Associated Press', language: 'en' })),
    efeDirect: store(f, '2024-04-02', wireStory({ headline: 'Sequía en Murcia', body: ['La sequía sigue.'], provider: 'EFE', copyright: '© EFE 2024', language: 'es' })),
    afpUnnamed: store(f, '2024-04-09', wireStory({ headline: 'Sécheresse', body: ['drought in Provence'], copyright: '© 2024 AFP', language: 'fr' })),
    apOther: store(f, '2024-04-20', wireStory({ headline: 'Drought relief bill', body: ['Congress debates drought relief.'], provider: 'AP', copyright: 'Copyright 2024 AP Wire', language: 'en' })),
    reuters: store(f, '2024-05-03', wireStory({ headline: 'Crops fail', body: ['Drought wipes out the harvest.'], provider: 'Reuters', copyright: '© Thomson Reuters 2024', language: 'en' })),
    dpa: store(f, '2024-05-14', wireStory({ headline: 'Dürre', body: ['Trockenheit in Brandenburg.'], provider: 'dpa', language: 'de' })),
    efeNewsEdgeLate: store(f, '2024-05-28', wireStory({ headline: 'Lluvias por fin', body: ['Rain ends the drought.'], provider: 'EFE', distributor: 'Acquire Media', copyright: '© 2024 EFE News Services (U.S.) Inc.', language: 'en' })),
  };
  const licences = createLicenceRepository(f.archive);
  const efe = licences.create(licence({ provider: 'EFE', distributor: 'Acquire Media', reference: 'EFE-NE' }), AT);
  licences.create(licence({ provider: 'AP', reference: 'AP-PRESS', matchCopyright: 'Associated Press' }), AT);
  licences.create(licence({ provider: 'AFP', reference: 'AFP-ALL' }), AT);
  const dpa = licences.create(licence({ provider: 'dpa', reference: 'DPA-OLD' }), AT);
  const assignments = createLicenceAssignmentRepository(f.archive);
  // By hand: Reuters copy under the EFE agreement; a late EFE story under dpa's, which was retired since (so nothing covers it).
  assignments.assign(s.reuters, efe.id, 'Ana Ruiz', '2024-06-01T09:00:00.000Z');
  assignments.assign(s.efeNewsEdgeLate, dpa.id, 'Ana Ruiz', '2024-06-01T09:00:00.000Z');
  licences.setRetired(dpa.id, true, AT);
  // And back to automatic: the AP story the copyright pattern leaves out stays out.
  assignments.assign(s.apOther, efe.id, 'Ana Ruiz', '2024-06-01T09:00:00.000Z');
  assignments.assign(s.apOther, null, 'Ana Ruiz', '2024-06-01T09:30:00.000Z');

  edit(f, s.apPress, 'Drought deepens across the plains');
  const comments = createCommentRepository(f.archive);
  comments.create({ storyId: s.efeDirect, markId: 'comment:1', quote: 'Murcia', text: 'Which towns?', author: ANA, at: AT });
  comments.create({ storyId: s.efeDirect, markId: 'comment:2', quote: 'sigue', text: 'Since when?', author: ANA, at: AT });
  const settled = comments.create({ storyId: s.dpa, markId: 'comment:3', quote: 'Dürre', text: 'Translate?', author: ANA, at: AT });
  comments.resolve(settled.id, true);
  const flags = createTranslationFlagRepository(f.archive);
  const translated = flags.create(flag(s.apPress, 'flag:1'));
  flags.update(translated.id, { translation: 'La sequía se agrava.', at: AT });
  flags.create(flag(s.reuters, 'flag:2'));
  flags.delete(flags.create(flag(s.dpa, 'flag:3')).id);
  return s;
}

const ids = (f: Fixture, request: Partial<SearchRequest>) => f.search({ query: '', limit: 50, ...request }).items.map((i) => i.id);

/** Every value a facet counts is what choosing it (with the other filters as they are) would list. */
function expectFacetsToMatchTotals(f: Fixture, query: string, filters: SearchFilters): SearchFacets {
  const facets = f.search({ query, filters, limit: 1, facets: true }).facets!;
  expect(facets.capped).toBe(false);
  for (const facet of FACET_NAMES) {
    for (const { value, count } of facets[facet]) {
      if (value === null) continue;
      const total = f.search({ query, filters: { ...filters, [facet]: [value] }, limit: 1 }).total;
      expect({ facet, value, count }).toEqual({ facet, value, count: total });
    }
  }
  return facets;
}

const counts = (facets: SearchFacets, facet: FacetName) => Object.fromEntries(facets[facet].map(({ value, count }) => [value ?? '(not given)', count]));

describe('the rights filter', () => {
  it('lists the stories a licence covers, by agency, distributor, copyright line and hand assignment, and those it does not', () => {
    const f = fixture();
    try {
      const s = deskArchive(f);
      expect(ids(f, { filters: { rights: ['licensed'] } })).toEqual([s.reuters, s.afpUnnamed, s.apPress, s.efeNewsEdge]);
      expect(ids(f, { filters: { rights: ['no-licence'] } })).toEqual([s.efeNewsEdgeLate, s.dpa, s.apOther, s.efeDirect]);
      expect(ids(f, { filters: { rights: ['licensed', 'no-licence'] } })).toHaveLength(8);

      // The same answer as the story's rights panel gives, story by story.
      const licences = createLicenceRepository(f.archive);
      const loader = createStoryRightsLoader({
        stories: f.stories,
        licences,
        cache: createLicenceCache(licences),
        assignments: createLicenceAssignmentRepository(f.archive),
      });
      const licensed = new Set(ids(f, { filters: { rights: ['licensed'] } }));
      for (const id of Object.values(s)) expect([id, loader.load(id).licences.some((l) => !l.retired)]).toEqual([id, licensed.has(id)]);
    } finally {
      f.archive.close();
    }
  });

  it('combines with words, agency and dates, through the full-text walk, best match and the page cursor', () => {
    const f = fixture();
    try {
      const s = deskArchive(f);
      expect(ids(f, { query: 'drought', filters: { rights: ['licensed'] } })).toEqual([s.reuters, s.afpUnnamed, s.apPress, s.efeNewsEdge]);
      expect(ids(f, { query: 'drought', filters: { rights: ['no-licence'] } })).toEqual([s.efeNewsEdgeLate, s.apOther]);
      expect(ids(f, { query: 'drought', filters: { rights: ['no-licence'], providers: ['AP'] } })).toEqual([s.apOther]);
      expect(ids(f, { filters: { rights: ['licensed'], providers: ['EFE', 'AP'], receivedFrom: '2024-03-10', receivedTo: '2024-05-31' } })).toEqual([s.apPress]);
      expect(new Set(ids(f, { query: 'drought', sort: 'relevance', filters: { rights: ['licensed'] } }))).toEqual(new Set([s.reuters, s.afpUnnamed, s.apPress, s.efeNewsEdge]));

      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = f.search({ query: 'drought', limit: 3, filters: { rights: ['licensed'] }, cursor });
        expect(page).toMatchObject({ total: 4, capped: false });
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual([s.reuters, s.afpUnnamed, s.apPress, s.efeNewsEdge]);
    } finally {
      f.archive.close();
    }
  });

  it('follows the licences as they change, at once, in every search made on the archive', () => {
    const f = fixture();
    try {
      const s = deskArchive(f);
      const other = createStorySearch(f.archive);
      const licences = createLicenceRepository(f.archive);
      expect(ids(f, { filters: { rights: ['licensed'], providers: ['dpa'] } })).toEqual([]);
      const dpa = licences.create(licence({ provider: 'DPA', reference: 'DPA-NEW' }), AT);
      expect(ids(f, { filters: { rights: ['licensed'], providers: ['dpa'] } })).toEqual([s.dpa]);
      expect(other({ query: '', limit: 50, filters: { rights: ['licensed'], providers: ['dpa'] } }).items.map((i) => i.id)).toEqual([s.dpa]);
      licences.setRetired(dpa.id, true, AT);
      expect(ids(f, { filters: { rights: ['licensed'], providers: ['dpa'] } })).toEqual([]);

      createLicenceAssignmentRepository(f.archive).assign(s.reuters, null, 'Ana Ruiz', '2024-06-02T09:00:00.000Z');
      expect(ids(f, { filters: { rights: ['no-licence'], providers: ['Reuters'] } })).toEqual([s.reuters]);
      expect(counts(f.search({ query: '', limit: 1, facets: true }).facets!, 'rights')).toEqual({ licensed: 3, 'no-licence': 5 });
    } finally {
      f.archive.close();
    }
  });

  it('with no licence on file, every story has none, and asking for licensed ones finds nothing', () => {
    const f = fixture();
    try {
      store(f, '2024-03-01', wireStory({ headline: 'Quake', body: ['A quake.'], provider: 'EFE' }));
      store(f, '2024-03-02', wireStory({ headline: 'Flood', body: ['A flood.'], provider: 'AP' }));
      expect(ids(f, { filters: { rights: ['no-licence'] } })).toHaveLength(2);
      expect(f.search({ query: 'quake', limit: 5, filters: { rights: ['licensed'] } })).toMatchObject({ items: [], total: 0 });
      expect(f.search({ query: '', limit: 5, facets: true }).facets?.rights).toEqual([{ value: 'no-licence', count: 2 }]);
    } finally {
      f.archive.close();
    }
  });
});

describe('the editing filter', () => {
  it('lists stories edited, with open comment threads, or flagged for translation, any of those chosen', () => {
    const f = fixture();
    try {
      const s = deskArchive(f);
      expect(ids(f, { filters: { editing: ['edited'] } })).toEqual([s.apPress]);
      // A resolved thread is not open.
      expect(ids(f, { filters: { editing: ['commented'] } })).toEqual([s.efeDirect]);
      // A translated flag still counts; a deleted one does not.
      expect(ids(f, { filters: { editing: ['flagged'] } })).toEqual([s.reuters, s.apPress]);
      expect(ids(f, { filters: { editing: ['commented', 'flagged'] } })).toEqual([s.reuters, s.efeDirect, s.apPress]);
      expect(ids(f, { filters: { editing: ['edited', 'commented', 'flagged'] } })).toEqual([s.reuters, s.efeDirect, s.apPress]);
    } finally {
      f.archive.close();
    }
  });

  it('combines with words, agency, dates and rights, and pages with the cursor', () => {
    const f = fixture();
    try {
      const s = deskArchive(f);
      expect(ids(f, { query: 'drought', filters: { editing: ['flagged'] } })).toEqual([s.reuters, s.apPress]);
      expect(ids(f, { query: 'sequía', filters: { editing: ['flagged'] } })).toEqual([]);
      expect(ids(f, { query: 'drought', filters: { editing: ['flagged', 'commented'], receivedFrom: '2024-03-01', receivedTo: '2024-04-30' } })).toEqual([s.apPress]);
      expect(ids(f, { filters: { editing: ['flagged', 'commented'], providers: ['EFE', 'Reuters'] } })).toEqual([s.reuters, s.efeDirect]);
      expect(ids(f, { filters: { editing: ['flagged', 'commented'], rights: ['no-licence'] } })).toEqual([s.efeDirect]);
      expect(ids(f, { filters: { editing: ['commented'], receivedFrom: '2024-05-01' } })).toEqual([]);
      expect(ids(f, { query: 'drought', sort: 'relevance', filters: { editing: ['edited'] } })).toEqual([s.apPress]);

      const first = f.search({ query: '', limit: 2, filters: { editing: ['flagged', 'commented'] } });
      expect(first).toMatchObject({ total: 3, capped: false });
      const second = f.search({ query: '', limit: 2, filters: { editing: ['flagged', 'commented'] }, cursor: first.nextCursor! });
      expect([...first.items, ...second.items].map((i) => i.id)).toEqual([s.reuters, s.efeDirect, s.apPress]);
      expect(second.nextCursor).toBeNull();
    } finally {
      f.archive.close();
    }
  });

  it('finds the same stories when the marked stories are too many to visit one by one', () => {
    const f = fixture({ markedLimit: 1 });
    try {
      const s = deskArchive(f);
      expect(ids(f, { filters: { editing: ['flagged', 'commented'] } })).toEqual([s.reuters, s.efeDirect, s.apPress]);
      expect(ids(f, { query: 'drought', filters: { editing: ['flagged'] } })).toEqual([s.reuters, s.apPress]);
      expect(f.search({ query: '', limit: 1, filters: { editing: ['flagged'] } }).total).toBe(2);
    } finally {
      f.archive.close();
    }
  });

  it('drops a story from the filter once its threads are resolved and its flags deleted', () => {
    const f = fixture();
    try {
      const s = deskArchive(f);
      const comments = createCommentRepository(f.archive);
      for (const thread of comments.list(s.efeDirect)) comments.resolve(thread.id, true);
      const flags = createTranslationFlagRepository(f.archive);
      for (const each of flags.list(s.reuters)) flags.delete(each.id);
      expect(ids(f, { filters: { editing: ['commented', 'flagged'] } })).toEqual([s.apPress]);
    } finally {
      f.archive.close();
    }
  });
});

describe('rights and editing facets', () => {
  it('count each value for the current search, and each count is what choosing the value lists', () => {
    const f = fixture();
    try {
      deskArchive(f);
      const all = expectFacetsToMatchTotals(f, '', {});
      expect(counts(all, 'rights')).toEqual({ licensed: 4, 'no-licence': 4 });
      // Not exclusive: the AP story is edited and flagged, and counts under both.
      expect(counts(all, 'editing')).toEqual({ edited: 1, commented: 1, flagged: 2 });
      expect(all.basis).toBe(8);

      const drought = expectFacetsToMatchTotals(f, 'drought', {});
      expect(counts(drought, 'rights')).toEqual({ licensed: 4, 'no-licence': 2 });
      expect(counts(drought, 'editing')).toEqual({ edited: 1, flagged: 2 });

      for (const filters of [
        { rights: ['no-licence'] },
        { editing: ['flagged'] },
        { rights: ['licensed'], editing: ['flagged', 'commented'] },
        { providers: ['EFE'], rights: ['no-licence'] },
        { languages: ['en'], editing: ['edited'], receivedFrom: '2024-03-01', receivedTo: '2024-04-30' },
      ] satisfies SearchFilters[]) {
        expectFacetsToMatchTotals(f, '', filters);
        expectFacetsToMatchTotals(f, 'drought', filters);
      }
    } finally {
      f.archive.close();
    }
  });

  it('count each facet with the other filters applied but not its own', () => {
    const f = fixture();
    try {
      deskArchive(f);
      const narrowed = f.search({ query: '', limit: 1, facets: true, filters: { rights: ['no-licence'], editing: ['commented'] } });
      expect(narrowed.total).toBe(1);
      const facets = narrowed.facets!;
      // Rights counted among the commented stories (one, unlicensed); editing among the unlicensed ones.
      expect(counts(facets, 'rights')).toEqual({ 'no-licence': 1 });
      expect(counts(facets, 'editing')).toEqual({ commented: 1 });
      expect(counts(facets, 'providers')).toEqual({ EFE: 1 });

      const byAgency = f.search({ query: '', limit: 1, facets: true, filters: { providers: ['AP'] } }).facets!;
      expect(counts(byAgency, 'rights')).toEqual({ licensed: 1, 'no-licence': 1 });
      expect(counts(byAgency, 'editing')).toEqual({ edited: 1, flagged: 1 });
      expect(counts(f.search({ query: '', limit: 1, facets: true, filters: { rights: ['licensed'] } }).facets!, 'providers')).toEqual({
        AP: 1,
        EFE: 1,
        Reuters: 1,
        '(not given)': 1,
      });
    } finally {
      f.archive.close();
    }
  });

  it('count by agency and distributor where they decide, and by the copyright line of copy that names no agency', () => {
    const f = fixture();
    try {
      const afp = [
        store(f, '2024-03-01', wireStory({ headline: 'Séisme', body: ['Un séisme.'], copyright: '© 2024 AFP' })),
        store(f, '2024-03-02', wireStory({ headline: 'Inondations', body: ['Des inondations.'], provider: '—', copyright: 'AFP 2024' })),
        store(f, '2024-03-03', wireStory({ headline: 'Grève', body: ['Une grève.'], provider: 'AFP', distributor: 'NewsEdge' })),
      ];
      const unnamed = store(f, '2024-03-04', wireStory({ headline: 'Storm', body: ['A storm.'], copyright: '© 2024 Somebody' }));
      const dpa = store(f, '2024-03-05', wireStory({ headline: 'Sturm', body: ['Ein Sturm.'], provider: 'dpa' }));
      createLicenceRepository(f.archive).create(licence({ provider: 'AFP', reference: 'AFP-ALL' }), AT);
      const facets = expectFacetsToMatchTotals(f, '', {});
      expect(counts(facets, 'rights')).toEqual({ licensed: 3, 'no-licence': 2 });
      expect(new Set(ids(f, { filters: { rights: ['licensed'] } }))).toEqual(new Set(afp));
      expect(ids(f, { filters: { rights: ['no-licence'] } })).toEqual([dpa, unnamed]);
    } finally {
      f.archive.close();
    }
  });

  it('read each story’s copyright line only where it decides: the same counts whether or not a licence matches on it', () => {
    const f = fixture();
    try {
      const s = deskArchive(f);
      const before = f.search({ query: '', limit: 1, facets: true }).facets!;
      // Retiring the only licence with a copyright pattern: agency and distributor decide alone now.
      const licences = createLicenceRepository(f.archive);
      const pattern = licences.list({ includeRetired: false }).find((l) => l.matchCopyright !== null)!;
      licences.setRetired(pattern.id, true, AT);
      const after = expectFacetsToMatchTotals(f, '', {});
      expect(counts(before, 'rights')).toEqual({ licensed: 4, 'no-licence': 4 });
      expect(counts(after, 'rights')).toEqual({ licensed: 3, 'no-licence': 5 });
      expect(ids(f, { filters: { rights: ['licensed'] } })).toEqual([s.reuters, s.afpUnnamed, s.efeNewsEdge]);
    } finally {
      f.archive.close();
    }
  });
});
