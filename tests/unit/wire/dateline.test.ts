import { describe, expect, it } from 'vitest';
import { parseDatelineLead, placeName } from '../../../shared/wire/dateline.ts';

describe('agency dateline conventions', () => {
  const cases: Array<[string, { text: string; place?: string; agency: string; date?: string }, { day: number; month: number } | undefined]> = [
    ['Moscow (EFE).- Russian President', { text: 'Moscow (EFE).-', place: 'Moscow', agency: 'EFE' }, undefined],
    ['MADRID, 3 nov (EFE).- El Gobierno', { text: 'MADRID, 3 nov (EFE).-', place: 'Madrid', agency: 'EFE' }, { day: 3, month: 11 }],
    ['PARIS, Nov 3 (Reuters) - French output', { text: 'PARIS, Nov 3 (Reuters) -', place: 'Paris', agency: 'Reuters' }, { day: 3, month: 11 }],
    ['WASHINGTON (AP) — The Senate', { text: 'WASHINGTON (AP) —', place: 'Washington', agency: 'AP' }, undefined],
    ['PARIS (AFP) - Le gouvernement', { text: 'PARIS (AFP) -', place: 'Paris', agency: 'AFP' }, undefined],
    ['BERLIN, 3. November (dpa) - Die Regierung', { text: 'BERLIN, 3. November (dpa) -', place: 'Berlin', agency: 'dpa' }, { day: 3, month: 11 }],
    ['GROSSETO, Italy (AP) -- The trial', { text: 'GROSSETO, Italy (AP) --', place: 'Grosseto, Italy', agency: 'AP' }, undefined],
    ['Bogotá, 3 nov (EFE).– El presidente', { text: 'Bogotá, 3 nov (EFE).–', place: 'Bogotá', agency: 'EFE' }, { day: 3, month: 11 }],
    ['RIO DE JANEIRO, 12 dic (EFE).- La policía', { text: 'RIO DE JANEIRO, 12 dic (EFE).-', place: 'Rio de Janeiro', agency: 'EFE' }, { day: 12, month: 12 }],
    ['ROMA, 3 novembre (ANSA) - Il governo', { text: 'ROMA, 3 novembre (ANSA) -', place: 'Roma', agency: 'ANSA' }, { day: 3, month: 11 }],
  ];
  it.each(cases)('%s', (lead, dateline, day) => {
    const read = parseDatelineLead(lead);
    expect(read?.dateline).toEqual(dateline);
    expect(read?.day).toEqual(day);
  });

  it('keeps a printed year as an ISO date', () => {
    expect(parseDatelineLead('NEW YORK, Nov. 3, 2021 (Reuters) - Stocks rose')?.dateline).toEqual({
      text: 'NEW YORK, Nov. 3, 2021 (Reuters) -',
      place: 'New York',
      agency: 'Reuters',
      date: '2021-11-03',
    });
  });

  it('reads Reuters leads that give only the agency', () => {
    expect(parseDatelineLead('(Reuters) - Shares in the carmaker fell')?.dateline).toEqual({ text: '(Reuters) -', agency: 'Reuters' });
  });

  it('returns the lead without its dateline', () => {
    expect(parseDatelineLead('Moscow (EFE).- Russian President Vladimir Putin warned Friday')?.rest).toBe('Russian President Vladimir Putin warned Friday');
  });

  it.each([
    'Russian President Vladimir Putin said the Islamic State (IS) alone has about 2,000 members in the area.',
    'He said the group (which he did not name) - according to officials - was behind it.',
    'The talks (held in private) - the first in years - ended on Friday.',
    'Moscow (EFE).-',
  ])('does not mistake a sentence for a dateline: %s', (sentence) => {
    expect(parseDatelineLead(sentence)).toBeUndefined();
  });
});

describe('place names printed in capitals', () => {
  it.each([
    ['WASHINGTON', 'Washington'],
    ['NEW YORK', 'New York'],
    ['FRANKFURT AM MAIN', 'Frankfurt am Main'],
    ['WINSTON-SALEM', 'Winston-Salem'],
    ['Moscow', 'Moscow'],
    ['São Paulo', 'São Paulo'],
  ])('%s → %s', (printed, name) => {
    expect(placeName(printed)).toBe(name);
  });
});
