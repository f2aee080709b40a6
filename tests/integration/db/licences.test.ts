import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors.ts';
import { LicenceTerms, type LicenceFile, type LicenceTermsInput } from '../../../shared/model/licence.ts';
import { openArchive, type Archive } from '../../../db/archive.ts';
import { createLicenceAssignmentRepository } from '../../../db/repositories/licence-assignments.ts';
import { createLicenceRepository } from '../../../db/repositories/licences.ts';
import { prepareStory } from '../../../db/repositories/prepared-story.ts';
import { RECORD_FIELD } from '../../../db/repositories/write-path.ts';
import { EFE_NEWSEDGE } from '../../fixtures/efe-licence.ts';
import { createStoryRepository } from '../../../db/repositories/stories.ts';
import { createUsageRepository, type NewUsage } from '../../../db/repositories/usages.ts';
import { makeTempDir, wireStory } from './support.ts';

function withArchive(test: (archive: Archive) => void): void {
  const archive = openArchive(path.join(makeTempDir(), 'archive.sqlite'));
  try {
    test(archive);
  } finally {
    archive.close();
  }
}

const terms = (input: Partial<LicenceTermsInput> = {}): LicenceTerms =>
  LicenceTerms.parse({ ...EFE_NEWSEDGE, ...input });

function opsOf(archive: Archive, entity: string, id: string): Array<{ field: string; value: unknown }> {
  return archive.db.prepare('SELECT field, value FROM ops WHERE entity = ? AND entity_id = ? ORDER BY rowid').all(entity, id) as Array<{
    field: string;
    value: unknown;
  }>;
}

function opCount(archive: Archive): number {
  return archive.db.prepare('SELECT count(*) FROM ops').pluck().get() as number;
}

/** A story in the archive, for the records that cite one; its id and its version's. */
function storeStory(archive: Archive, headline: string): { storyId: string; versionId: string } {
  const [stored] = createStoryRepository(archive).storeFile({
    fileName: `${headline}.txt`,
    bytes: new TextEncoder().encode(headline),
    format: 'text',
    stories: [prepareStory(wireStory({ headline, body: [`${headline}.`], provider: 'EFE' }))],
    receivedAt: '2026-03-01T08:00:00.000Z',
  });
  return { storyId: stored!.id, versionId: stored!.versionId };
}

function use(story: { storyId: string; versionId: string }, fields: Partial<NewUsage>): NewUsage {
  return {
    ...story,
    headline: 'Putin warns of extremists',
    channel: 'web',
    territory: null,
    usedAt: '2026-03-10T09:00:00.000Z',
    recordedAt: '2026-03-10T09:00:00.000Z',
    licenceId: null,
    licenceReference: null,
    modified: false,
    translated: false,
    excerptWords: null,
    user: 'Marta Gil',
    overrideReason: null,
    attribution: null,
    ...fields,
  };
}

describe('licence records', () => {
  it('keep every term as typed, and an update logs only the fields it changed', () => {
    withArchive((archive) => {
      const licences = createLicenceRepository(archive);
      const typed = terms({
        territories: { mode: 'exclude', countries: ['us', 'MX'] },
        mayExcerpt: true,
        maxExcerptWords: 150,
        embargoHoldHours: 2,
        killTakedownHours: 24,
        monthlyCap: 500,
        matchCopyright: 'EFE News Services',
        notes: 'Signed 12 Dec 2025.',
      });
      const created = licences.create(typed, '2026-01-05T10:00:00.000Z');
      expect(created).toEqual({
        ...typed,
        territories: { mode: 'exclude', countries: ['MX', 'US'] },
        id: created.id,
        retired: false,
        createdAt: '2026-01-05T10:00:00.000Z',
        updatedAt: '2026-01-05T10:00:00.000Z',
      });
      expect(licences.get(created.id)).toEqual(created);
      expect(opsOf(archive, 'licence', created.id).map((o) => o.field)).toEqual([RECORD_FIELD]);

      const updated = licences.update(created.id, { ...typed, notes: 'Renewed for 2027.', channels: ['print', 'web'] }, '2026-02-01T10:00:00.000Z');
      expect(updated).toMatchObject({ notes: 'Renewed for 2027.', channels: ['web', 'print'], updatedAt: '2026-02-01T10:00:00.000Z', createdAt: created.createdAt });
      expect(opsOf(archive, 'licence', created.id).map((o) => o.field)).toEqual([RECORD_FIELD, 'notes', 'updated_at']);

      const before = opCount(archive);
      expect(licences.update(created.id, { ...typed, notes: 'Renewed for 2027.' }, '2026-03-01T10:00:00.000Z').updatedAt).toBe('2026-02-01T10:00:00.000Z');
      expect(opCount(archive)).toBe(before);
    });
  });

  it('are listed active first by agency and reference, retired last, and a stamp tells a cache when to read them again', () => {
    withArchive((archive) => {
      const licences = createLicenceRepository(archive);
      const at = '2026-01-05T10:00:00.000Z';
      const stamps = [licences.stamp()];
      const reuters = licences.create(terms({ provider: 'Reuters', distributor: null, reference: 'RTR-1' }), at);
      stamps.push(licences.stamp());
      const efeB = licences.create(terms({ reference: 'EFE-B' }), at);
      const efeA = licences.create(terms({ reference: 'efe-a' }), at);
      stamps.push(licences.stamp());
      licences.setRetired(efeA.id, true, '2026-02-01T00:00:00.000Z');
      stamps.push(licences.stamp());
      expect(new Set(stamps).size).toBe(stamps.length);
      expect(licences.stamp()).toBe(stamps.at(-1));

      expect(licences.list({ includeRetired: true }).map((l) => l.reference)).toEqual(['EFE-B', 'RTR-1', 'efe-a']);
      expect(licences.list({ includeRetired: false }).map((l) => l.id)).toEqual([efeB.id, reuters.id]);
      expect(licences.get(efeA.id)).toMatchObject({ retired: true, updatedAt: '2026-02-01T00:00:00.000Z' });
    });
  });

  it('refuse unknown ids and impossible terms with a clear error', () => {
    withArchive((archive) => {
      const licences = createLicenceRepository(archive);
      expect(() => licences.update('nope', terms(), '2026-01-01T00:00:00.000Z')).toThrow(new ApiError('not-found', 'There is no licence with id nope.'));
      expect(() => licences.setRetired('nope', true, '2026-01-01T00:00:00.000Z')).toThrow(ApiError);
      expect(() => licences.create(terms({ validFrom: '2026-12-31', validTo: '2026-01-01' }), '2026-01-01T00:00:00.000Z')).toThrow(
        /licence\.validTo: the last day \(2026-01-01\) is before the first \(2026-12-31\)/,
      );
      expect(licences.list({ includeRetired: true })).toEqual([]);
    });
  });
});

describe('importing a licence file', () => {
  const file = (licences: LicenceFile['licences']): LicenceFile => ({ format: 'copydesk-licences', version: 1, licences });

  it('stores the whole file or nothing of it', () => {
    withArchive((archive) => {
      const licences = createLicenceRepository(archive);
      const before = opCount(archive);
      const bad = file([
        { ...terms({ reference: 'GOOD-1' }), retired: false },
        { ...terms({ reference: 'BAD-2', validFrom: '2026-06-01', validTo: '2026-05-01' }), retired: false },
      ]);
      expect(() => licences.importFile(bad, '2026-01-01T00:00:00.000Z')).toThrow(/licences\[1\]\.validTo/);
      expect(licences.list({ includeRetired: true })).toEqual([]);
      expect(opCount(archive)).toBe(before);
    });
  });

  it('updates a licence by its id, else the one with the same agency, distributor and reference, else creates one', () => {
    withArchive((archive) => {
      const licences = createLicenceRepository(archive);
      const byId = licences.create(terms({ reference: 'EFE-NE-2026' }), '2026-01-01T00:00:00.000Z');
      const byReference = licences.create(terms({ provider: 'AP', distributor: null, reference: 'AP-7' }), '2026-01-01T00:00:00.000Z');

      const imported = licences.importFile(
        file([
          { ...terms({ reference: 'EFE-NE-2026', monthlyCap: 300 }), id: byId.id, retired: false },
          // Another laptop's export: an id this archive never saw, the same agreement.
          { ...terms({ provider: 'ap', distributor: null, reference: 'ap-7', channels: ['web'] }), id: 'from-another-laptop', retired: true },
          { ...terms({ provider: 'dpa', distributor: null, reference: 'DPA-1' }), retired: false },
          // Unchanged: not counted as updated.
          { ...terms({ reference: 'EFE-NE-2026', monthlyCap: 300 }), id: byId.id, retired: false },
        ]),
        '2026-02-01T00:00:00.000Z',
      );
      expect({ created: imported.created, updated: imported.updated }).toEqual({ created: 1, updated: 2 });
      expect(imported.licences.map((l) => l.id).slice(0, 2)).toEqual([byId.id, byReference.id]);
      expect(licences.get(byId.id)).toMatchObject({ monthlyCap: 300, updatedAt: '2026-02-01T00:00:00.000Z' });
      expect(licences.get(byReference.id)).toMatchObject({ channels: ['web'], retired: true, provider: 'ap' });
      expect(licences.list({ includeRetired: true })).toHaveLength(3);
    });
  });
});

describe('licence assignments', () => {
  it('the newest choice of a story wins, and null goes back to automatic', () => {
    withArchive((archive) => {
      const licences = createLicenceRepository(archive);
      const assignments = createLicenceAssignmentRepository(archive);
      const { storyId } = storeStory(archive, 'Quake');
      const a = licences.create(terms({ reference: 'A' }), '2026-01-01T00:00:00.000Z');
      const b = licences.create(terms({ reference: 'B' }), '2026-01-01T00:00:00.000Z');
      expect(assignments.current(storyId)).toBeUndefined();

      assignments.assign(storyId, a.id, 'Marta Gil', '2026-03-01T10:00:00.000Z');
      assignments.assign(storyId, b.id, 'Marta Gil', '2026-03-01T10:00:00.000Z');
      expect(assignments.current(storyId)).toEqual({ licenceId: b.id });
      // Made earlier on another laptop, arriving later: still older.
      assignments.assign(storyId, a.id, 'Ana Ruiz', '2026-02-28T10:00:00.000Z');
      expect(assignments.current(storyId)).toEqual({ licenceId: b.id });
      assignments.assign(storyId, null, 'Marta Gil', '2026-03-02T10:00:00.000Z');
      expect(assignments.current(storyId)).toEqual({ licenceId: null });

      expect(() => assignments.assign('no-story', a.id, 'Marta Gil', '2026-03-03T00:00:00.000Z')).toThrow(/no story with id no-story/);
      expect(() => assignments.assign(storyId, 'no-licence', 'Marta Gil', '2026-03-03T00:00:00.000Z')).toThrow(/no licence with id no-licence/);
      licences.setRetired(a.id, true, '2026-03-03T00:00:00.000Z');
      expect(() => assignments.assign(storyId, a.id, 'Marta Gil', '2026-03-03T00:00:00.000Z')).toThrow(/retired/);
      expect(assignments.current(storyId)).toEqual({ licenceId: null });
    });
  });
});

describe('the usage log', () => {
  it('records each use once, never changed, and counts a licence’s uses by calendar month', () => {
    withArchive((archive) => {
      const licences = createLicenceRepository(archive);
      const usages = createUsageRepository(archive);
      const licence = licences.create(terms(), '2026-01-01T00:00:00.000Z');
      const other = licences.create(terms({ reference: 'OTHER' }), '2026-01-01T00:00:00.000Z');
      const quake = storeStory(archive, 'Quake');
      const flood = storeStory(archive, 'Flood');
      const under = { licenceId: licence.id, licenceReference: licence.reference };

      const lastOfFebruary = usages.record(use(quake, { ...under, usedAt: '2026-02-28T23:59:59.999Z' }));
      const firstOfMarch = usages.record(use(quake, { ...under, usedAt: '2026-03-01T00:00:00.000Z', channel: 'print', territory: 'ES' }));
      const inDecember = usages.record(use(flood, { ...under, usedAt: '2026-12-31T22:00:00.000Z', translated: true, excerptWords: 120 }));
      const nextJanuary = usages.record(use(flood, { ...under, usedAt: '2027-01-01T00:00:00.000Z', overrideReason: 'Cleared by phone' }));
      archive.write((writer) => usages.record(use(flood, { licenceId: other.id, licenceReference: 'OTHER', usedAt: '2026-03-05T00:00:00.000Z' }), writer));

      expect(usages.countInMonth(licence.id, '2026-02')).toBe(1);
      expect(usages.countInMonth(licence.id, '2026-03')).toBe(1);
      expect(usages.countInMonth(licence.id, '2026-12')).toBe(1);
      expect(usages.countInMonth(licence.id, '2027-01')).toBe(1);
      expect(usages.inMonth(licence.id, '2026-03')).toEqual([firstOfMarch]);
      expect(usages.inMonth(licence.id, '2026-12')).toEqual([inDecember]);
      expect(usages.get(nextJanuary.id)).toEqual(nextJanuary);
      expect(usages.listForStory(quake.storyId)).toEqual([firstOfMarch, lastOfFebruary]);
      expect(usages.forStories([quake.storyId, flood.storyId])).toHaveLength(5);
      expect(usages.forStories([])).toEqual([]);

      // Immutable: the creating op carries no value, the row keeps the fields.
      expect(opsOf(archive, 'usage', firstOfMarch.id)).toEqual([{ field: RECORD_FIELD, value: null }]);
      expect(() => archive.write((writer) => writer.update('usage', firstOfMarch.id, { channel: 'web' }))).toThrow(/never change/);
    });
  });

  it('keeps the first takedown of a use and refuses an unknown one', () => {
    withArchive((archive) => {
      const usages = createUsageRepository(archive);
      const quake = storeStory(archive, 'Quake');
      const used = usages.record(use(quake, {}));
      expect(usages.takedownOf(used.id)).toBeUndefined();
      expect(usages.markTakenDown(used.id, 'Marta Gil', '2026-03-11T08:00:00.000Z')).toEqual({ doneAt: '2026-03-11T08:00:00.000Z', doneBy: 'Marta Gil' });
      expect(usages.markTakenDown(used.id, 'Ana Ruiz', '2026-03-12T08:00:00.000Z')).toEqual({ doneAt: '2026-03-11T08:00:00.000Z', doneBy: 'Marta Gil' });
      expect(usages.takedownOf(used.id)).toEqual({ doneAt: '2026-03-11T08:00:00.000Z', doneBy: 'Marta Gil' });
      expect(() => usages.markTakenDown('nope', 'Marta Gil', '2026-03-11T08:00:00.000Z')).toThrow(/no recorded use with id nope/);
      // Not killed: not a use to take down.
      expect(usages.killedUses()).toEqual([]);
    });
  });
});
