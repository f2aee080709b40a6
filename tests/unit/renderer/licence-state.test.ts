import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatDay,
  formatMonth,
  formatValidity,
  monthUtc,
  todayUtc,
} from '../../../renderer/src/licences/licence-dates.ts';
import { expiringSoonCount, licenceState } from '../../../renderer/src/licences/licence-state.ts';
import { previewAttribution } from '../../../renderer/src/licences/attribution-preview.ts';
import { licenceExportFileName, usageCsvFileName } from '../../../renderer/src/licences/file-names.ts';

const licence = (validFrom: string, validTo: string | null, retired = false) => ({ validFrom, validTo, retired });

describe('the licence state badge', () => {
  const today = '2026-11-29';
  it.each([
    ['in force, ending next year', licence('2026-01-01', '2027-06-30'), 'active', 'active'],
    ['in force, open-ended', licence('2020-01-01', null), 'active', 'active'],
    ['ending in 12 days', licence('2026-01-01', '2026-12-11'), 'expiring', 'expires in 12 days'],
    ['ending in exactly 30 days', licence('2026-01-01', '2026-12-29'), 'expiring', 'expires in 30 days'],
    ['ending in 31 days', licence('2026-01-01', '2026-12-30'), 'active', 'active'],
    ['its last day is today', licence('2026-01-01', '2026-11-29'), 'expiring', 'expires today'],
    ['ending tomorrow', licence('2026-01-01', '2026-11-30'), 'expiring', 'expires tomorrow'],
    ['its last day was yesterday', licence('2026-01-01', '2026-11-28'), 'expired', 'expired'],
    ['starting tomorrow', licence('2026-11-30', '2027-11-30'), 'not-yet-valid', 'not yet valid'],
    ['starting today', licence('2026-11-29', '2027-11-30'), 'active', 'active'],
    ['retired, though in force', licence('2026-01-01', '2027-06-30', true), 'retired', 'retired'],
  ])('%s', (_what, terms, kind, label) => {
    const state = licenceState(terms, today);
    expect(state.kind).toBe(kind);
    expect(state.label).toBe(label);
  });

  it('the sidebar counts only licences in force that end within 30 days', () => {
    const licences = [
      licence('2026-01-01', '2026-12-11'),
      licence('2026-01-01', '2026-12-11', true),
      licence('2026-01-01', '2026-11-01'),
      licence('2026-01-01', '2027-12-31'),
      licence('2026-01-01', '2026-11-29'),
    ];
    expect(expiringSoonCount(licences, today)).toBe(2);
  });
});

describe('licence dates', () => {
  it('takes today and this month in UTC, whatever the clock says locally', () => {
    const lateEvening = new Date('2026-11-30T23:30:00-05:00');
    expect(todayUtc(lateEvening)).toBe('2026-12-01');
    expect(monthUtc(lateEvening)).toBe('2026-12');
  });

  it('counts whole days across a month end and a leap day', () => {
    expect(daysBetween('2026-11-29', '2026-12-31')).toBe(32);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2026-11-29')).toBe(-32);
  });

  it('writes days as the rights messages do', () => {
    expect(formatDay('2026-12-31')).toBe('31 Dec 2026');
    expect(formatDay('2026-09-05')).toBe('5 Sep 2026');
    expect(formatDay('not a day')).toBe('not a day');
    expect(formatValidity('2026-01-01', '2026-12-31')).toBe('1 Jan 2026 – 31 Dec 2026');
    expect(formatValidity('2026-01-01', null)).toBe('from 1 Jan 2026');
    expect(formatMonth('2026-11')).toBe('November 2026');
  });
});

describe('the attribution preview', () => {
  it('fills the EFE template for a story from 2021', () => {
    expect(previewAttribution('© {year} EFE News Services (U.S.) Inc.', { provider: 'EFE', distributor: '', reference: '' })).toBe(
      '© 2021 EFE News Services (U.S.) Inc.',
    );
  });

  it('fills every placeholder, and a missing one leaves no double space', () => {
    const template = '{copyright} · {provider} via {distributor} ({reference}) {year}';
    expect(previewAttribution(template, { provider: 'EFE', distributor: 'Acquire Media (NewsEdge)', reference: 'EFE-NE-2026' })).toBe(
      '© 2021 EFE · EFE via Acquire Media (NewsEdge) (EFE-NE-2026) 2021',
    );
    expect(previewAttribution('Source: {provider}  {distributor} {year}', { provider: 'AFP', distributor: ' ', reference: '' })).toBe(
      'Source: AFP 2021',
    );
  });

  it('leaves text that only looks like a placeholder alone', () => {
    expect(previewAttribution('{Year} {unknown} © {year}', { provider: 'AFP', distributor: '', reference: '' })).toBe('{Year} {unknown} © 2021');
  });
});

describe('download file names', () => {
  it('names the licence export for the day', () => {
    expect(licenceExportFileName(new Date(2026, 10, 29, 9, 0))).toBe('copydesk-licences-2026-11-29.json');
  });

  it('names the usage CSV for the licence and month, safely', () => {
    expect(usageCsvFileName('EFE-NE-2026', '2026-11')).toBe('usage-EFE-NE-2026-2026-11.csv');
    expect(usageCsvFileName('../AP / Reuters: 2026', '2026-11')).toBe('usage-AP-Reuters-2026-2026-11.csv');
  });
});
