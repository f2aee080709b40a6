import { describe, expect, it } from 'vitest';
import { readTrailerTime } from '../../../../shared/wire/trailer-time.ts';

describe('trailer time stamps → RFC 3339', () => {
  it.each([
    ['AP-NY-10-12-13 1845EDT', '2013-10-12T18:45:00-04:00', 'AP'],
    ['AP-WF-11-13-13 1509GMT<', '2013-11-13T15:09:00Z', 'AP'],
    ['AP-WF-02-20-16 0337GMT', '2016-02-20T03:37:00Z', 'AP'],
    ['AP-DS-01-05-98 2210EST', '1998-01-05T22:10:00-05:00', 'AP'],
  ])('%s → %s', (trailer, stamp, agency) => {
    expect(readTrailerTime(trailer)).toMatchObject({ stamp, agency });
  });

  it('dpa\'s day-hour-minute form with month and two-digit year', () => {
    expect(readTrailerTime('131137 GMT Nov 13')?.stamp).toBe('2013-11-13T11:37:00Z');
    expect(readTrailerTime('242200 GMT Jun 17')?.stamp).toBe('2017-06-24T22:00:00Z');
    expect(readTrailerTime('171845 MEZ Dez 23')?.stamp).toBe('2023-12-17T18:45:00+01:00');
    expect(readTrailerTime('030905 MESZ Jul 24')?.stamp).toBe('2024-07-03T09:05:00+02:00');
  });

  it('Canadian Press "16:35ET 31-10-14": Eastern time follows US daylight saving', () => {
    expect(readTrailerTime('16:35ET 31-10-14<')?.stamp).toBe('2014-10-31T16:35:00-04:00');
    expect(readTrailerTime('16:35ET 03-11-14')?.stamp).toBe('2014-11-03T16:35:00-05:00');
  });

  it('no zone, or one Copydesk does not know: the date is kept, the moment is not guessed', () => {
    const none = readTrailerTime('211259 Nov 18');
    expect(none?.stamp).toBeUndefined();
    expect(none?.date).toEqual({ year: 2018, month: 11, day: 21 });
    expect(none?.warning).toMatch(/no time zone/);
    expect(readTrailerTime('AP-NY-10-12-13 1845IST')?.warning).toMatch(/"IST"/);
  });

  it('impossible dates and times, and lines that are no time stamp, give nothing', () => {
    expect(readTrailerTime('AP-NY-02-30-13 1845EDT')).toBeUndefined();
    expect(readTrailerTime('AP-NY-10-12-13 2575EDT')).toBeUndefined();
    expect(readTrailerTime('321137 GMT Nov 13')).toBeUndefined();
    expect(readTrailerTime('The end')).toBeUndefined();
    expect(readTrailerTime('')).toBeUndefined();
  });
});
