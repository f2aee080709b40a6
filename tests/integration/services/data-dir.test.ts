import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFile, defaultDataDir, resolveDataDir } from '../../../electron/services/data-dir.ts';

const linux = { platform: 'linux' as const, homedir: '/home/ana', cwd: '/work' };

describe('where the archive lives', () => {
  it('--data wins over COPYDESK_DATA, which wins over the OS default', () => {
    const env = { COPYDESK_DATA: '/srv/desk', XDG_CONFIG_HOME: '/home/ana/.cfg' };
    expect(resolveDataDir({ flag: '/mnt/usb/desk', env, ...linux })).toBe('/mnt/usb/desk');
    expect(resolveDataDir({ flag: undefined, env, ...linux })).toBe('/srv/desk');
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/home/ana/.cfg' }, ...linux })).toBe('/home/ana/.cfg/Copydesk');
  });

  it('resolves a relative folder against the working directory and ignores empty values', () => {
    expect(resolveDataDir({ flag: 'desk', env: {}, ...linux })).toBe('/work/desk');
    expect(resolveDataDir({ flag: '', env: { COPYDESK_DATA: '  ' }, ...linux })).toBe('/home/ana/.config/Copydesk');
  });

  it('uses each OS’s per-user application-data folder', () => {
    expect(defaultDataDir({}, linux)).toBe('/home/ana/.config/Copydesk');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, linux)).toBe('/xdg/Copydesk');
    // XDG: a relative XDG_CONFIG_HOME is invalid and ignored.
    expect(defaultDataDir({ XDG_CONFIG_HOME: 'rel' }, linux)).toBe('/home/ana/.config/Copydesk');
    expect(defaultDataDir({}, { platform: 'darwin', homedir: '/Users/ana' })).toBe('/Users/ana/Library/Application Support/Copydesk');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, { platform: 'win32', homedir: 'C:\\Users\\ana' })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Copydesk',
    );
    expect(defaultDataDir({}, { platform: 'win32', homedir: 'C:\\Users\\ana' })).toBe('C:\\Users\\ana\\AppData\\Roaming\\Copydesk');
  });

  it('keeps the archive in archive.sqlite inside the folder', () => {
    expect(archiveFile('/srv/desk')).toBe(path.join('/srv/desk', 'archive.sqlite'));
  });
});
