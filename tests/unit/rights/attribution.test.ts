import { describe, expect, it } from 'vitest';
import { copyrightYear, renderAttribution } from '../../../shared/rights/attribution.ts';
import { EFE_COPYRIGHT, EFE_TEMPLATE, efeSampleStory } from './rights-fixtures.ts';

const DATES = { firstCreated: '2024-05-02T10:00:00Z', versionCreated: '2025-01-03T10:00:00Z', receivedAt: '2026-03-01T08:00:00.000Z' };

describe('copyrightYear', () => {
  it.each([
    ['the copyright line’s year', { copyright: EFE_COPYRIGHT }, 2021],
    ['a year run into the symbol', { copyright: '(c)1998 The Associated Press' }, 1998],
    ['the first of two years', { copyright: 'Copyright 2019-2023 AFP' }, 2019],
    ['no year in the line: first sent', { copyright: 'EFE News Services (U.S.) Inc.' }, 2024],
    ['a number that is no year: first sent', { copyright: 'Licence 120215 EFE' }, 2024],
    ['no line: first sent', { copyright: null }, 2024],
    ['not first sent: this version', { copyright: null, firstCreated: null }, 2025],
    ['first sent unreadable: this version', { copyright: null, firstCreated: 'last Tuesday' }, 2025],
    ['no wire times: received', { copyright: null, firstCreated: null, versionCreated: null }, 2026],
  ])('%s', (_case, overrides, expected) => {
    expect(copyrightYear({ ...DATES, ...overrides })).toBe(expected);
  });
});

const VALUES = { year: 2021, provider: 'EFE', distributor: 'Acquire Media (NewsEdge)', reference: 'EFE-NE-2026', copyright: EFE_COPYRIGHT };

describe('renderAttribution', () => {
  it.each([
    ['the EFE template', EFE_TEMPLATE, {}, '© 2021 EFE News Services (U.S.) Inc.'],
    ['every placeholder', '{provider} / {distributor} / {reference} / {year}', {}, 'EFE / Acquire Media (NewsEdge) / EFE-NE-2026 / 2021'],
    ['the story’s own line', 'Credit: {copyright}', {}, `Credit: ${EFE_COPYRIGHT}`],
    ['a missing distributor, spaces tidied', '{provider} {distributor} {year}', { distributor: null }, 'EFE 2021'],
    ['a missing copyright line, spaces tidied', '  {copyright}  Source: {provider} ', { copyright: null }, 'Source: EFE'],
    ['a copyright line over two lines', '{copyright}', { copyright: '© 2021 EFE\n  News Services' }, '© 2021 EFE News Services'],
    ['a placeholder it does not know, kept', '{provider} {agency}', {}, 'EFE {agency}'],
    ['a value that looks like a placeholder, not expanded', '{copyright}', { copyright: '{provider} {year}' }, '{provider} {year}'],
  ])('%s', (_case, template, overrides, expected) => {
    expect(renderAttribution(template, { ...VALUES, ...overrides })).toBe(expected);
  });

  it('credits the real EFE sample with its own copyright year', () => {
    const sample = efeSampleStory();
    const year = copyrightYear({
      copyright: sample.copyright ?? null,
      firstCreated: sample.firstCreated ?? null,
      versionCreated: sample.versionCreated ?? null,
      receivedAt: '2026-03-01T08:00:00.000Z',
    });
    const line = renderAttribution(EFE_TEMPLATE, { ...VALUES, year, copyright: sample.copyright ?? null });
    expect(line).toBe('© 2021 EFE News Services (U.S.) Inc.');
  });
});
