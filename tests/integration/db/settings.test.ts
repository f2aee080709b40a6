import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../db/archive.ts';
import { createSettingsRepository } from '../../../db/repositories/settings.ts';
import { RECORD_FIELD } from '../../../db/repositories/write-path.ts';
import { makeTempDir } from './support.ts';

const defaults = { watchedFolders: [], maxFileBytes: 20 * 1024 * 1024 };

describe('settings', () => {
  it('start at the defaults and keep what the editor set across reopen', () => {
    const file = path.join(makeTempDir(), 'archive.sqlite');
    const first = openArchive(file);
    const settings = createSettingsRepository(first, defaults);
    expect(settings.get()).toEqual(defaults);
    expect(settings.update({ watchedFolders: ['/feeds/reuters', '/feeds/efe'] })).toEqual({ ...defaults, watchedFolders: ['/feeds/reuters', '/feeds/efe'] });
    settings.update({ maxFileBytes: 5_000_000 });
    first.close();

    const again = openArchive(file);
    try {
      expect(createSettingsRepository(again, defaults).get()).toEqual({ watchedFolders: ['/feeds/reuters', '/feeds/efe'], maxFileBytes: 5_000_000 });
    } finally {
      again.close();
    }
  });

  it('change through the write path, logging only values that changed', () => {
    const archive = openArchive(path.join(makeTempDir(), 'archive.sqlite'));
    try {
      const settings = createSettingsRepository(archive, defaults);
      const opsOf = () => archive.db.prepare("SELECT field, value FROM ops WHERE entity = 'setting' ORDER BY hlc").all() as Array<{ field: string; value: string }>;
      settings.update({ maxFileBytes: 1_000_000 });
      expect(opsOf().map((o) => [o.field, JSON.parse(o.value)])).toEqual([[RECORD_FIELD, { scope: archive.siteId, key: 'maxFileBytes', value: '1000000' }]]);
      settings.update({ maxFileBytes: 1_000_000 });
      settings.update({ maxFileBytes: 2_000_000 });
      expect(opsOf().slice(1).map((o) => [o.field, o.value])).toEqual([['value', '2000000']]);
    } finally {
      archive.close();
    }
  });

  it("never read another laptop's settings, and fall back to the default for a value that cannot be read", () => {
    const archive = openArchive(path.join(makeTempDir(), 'archive.sqlite'));
    try {
      archive.write((w) => {
        w.insert('setting', { scope: 'ffffffffffffffff', key: 'watchedFolders', value: '["D:\\\\feeds"]' });
        w.insert('setting', { scope: archive.siteId, key: 'maxFileBytes', value: '"lots"' });
      });
      expect(createSettingsRepository(archive, defaults).get()).toEqual(defaults);
    } finally {
      archive.close();
    }
  });
});
