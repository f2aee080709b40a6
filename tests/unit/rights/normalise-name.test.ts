import { describe, expect, it } from 'vitest';
import { containsName, normaliseName } from '../../../shared/rights/normalise-name.ts';

describe('normaliseName', () => {
  it.each([
    ['EFE', 'efe'],
    ['Agencia EFE.', 'agencia efe'],
    ['Agência  EFE', 'agencia efe'],
    ['Acquire Media (NewsEdge)', 'acquire media newsedge'],
    ['EFE News Services (U.S.) Inc.', 'efe news services us inc'],
    ['Agence France-Presse', 'agence france presse'],
    ['Deutsche Presse-Agentur', 'deutsche presse agentur'],
    ['REUTERS’', 'reuters'],
    ['  \tMÁLAGA\n', 'malaga'],
    ['© 2021', '2021'],
    ['—', ''],
  ])('%j reads as %j', (text, expected) => {
    expect(normaliseName(text)).toBe(expected);
  });
});

describe('containsName', () => {
  it.each([
    ['© 2021 EFE News Services (U.S.) Inc.', 'EFE', true],
    ['© 2021 EFE News Services (U.S.) Inc.', 'efe news services', true],
    ['© 2021 EFE News Services (U.S.) Inc.', 'News EFE', false],
    ['© 2021 EFEX Services', 'EFE', false],
    ['Acquire Media (NewsEdge)', 'Acquire Media', true],
    ['Acquire Media (NewsEdge)', 'acquire-media', true],
    ['Acquire Media', 'Acquire Media (NewsEdge)', false],
    ['Agência EFE', 'agencia efe', true],
    ['anything', '', false],
    ['anything', '()', false],
  ])('%j contains %j: %s', (haystack, needle, expected) => {
    expect(containsName(haystack, needle)).toBe(expected);
  });
});
