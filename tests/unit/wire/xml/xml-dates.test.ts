import { describe, expect, it } from 'vitest';
import { wireDateTime } from '../../../../shared/wire/xml-dates.ts';

describe('wire timestamps become RFC 3339', () => {
  it.each([
    ['20131020T192751+1100', '2013-10-20T19:27:51+11:00'],
    ['20170102T222800+0000', '2017-01-02T22:28:00+00:00'],
    ['20210516T080625Z', '2021-05-16T08:06:25Z'],
    ['2021-05-16T09:00:04', '2021-05-16T09:00:04Z'],
    ['2016-01-04T16:34:45.000Z', '2016-01-04T16:34:45.000Z'],
    ['  2018-10-19T20:15:00Z\n        ', '2018-10-19T20:15:00Z'],
    ['2018-10-21T16:25:32-05:00', '2018-10-21T16:25:32-05:00'],
  ])('ISO 8601 %j → %s', (value, expected) => {
    expect(wireDateTime(value)).toBe(expected);
  });

  it.each([
    ['Wed, 03 Nov 2021 10:42:00 +0100', '2021-11-03T10:42:00+01:00'],
    ['Wed, 3 Nov 2021 09:15:00 GMT', '2021-11-03T09:15:00Z'],
    ['3 Nov 2021 09:15 EST', '2021-11-03T09:15:00-05:00'],
    ['Tue, 02 Nov 21 18:10:00 CET', '2021-11-02T18:10:00+01:00'],
  ])('RSS (RFC 822) %j → %s', (value, expected) => {
    expect(wireDateTime(value)).toBe(expected);
  });

  it.each(['', 'yesterday', '2021-02-30T10:00:00Z', '20211341T101010Z', 'Wed, 31 Apr 2021 10:00:00 GMT', '2021-11-03T25:00:00Z', undefined])(
    'refuses %j',
    (value) => {
      expect(wireDateTime(value)).toBeUndefined();
    },
  );
});
