import { describe, expect, it } from 'vitest';
import { agateCells, formatTable, isSemicolonRow, isSpacedTableLine } from '../../../../shared/wire/agate-table.ts';
import { fixtureStory } from './transmissions.ts';

describe('AP agate: NBA standings sent as an agate (DC4 DC2) transmission', () => {
  const story = fixtureStory('ap-nba-standings.tst');

  it('reads the titles: headline, byline, and the centred lines as copy', () => {
    expect(story.headline).toBe('NBA Standings');
    expect(story.byline).toBe('The Associated Press');
    expect(story.slugline).toBe('BC-BKN--NBA Standings');
    expect(story.body.slice(0, 3)).toEqual(['All Times EST', 'EASTERN CONFERENCE', 'Atlantic Division']);
  });

  it('lines the cells up in columns, ½ for "{" and a dash for "_", and marks the tables preformatted', () => {
    expect(story.preformatted).toEqual([3, 5]);
    expect(story.body[3]).toBe(
      [
        '               W   L   Pct  GB',
        'Boston        20   6  .769   —',
        'Philadelphia  17   8  .680  2½',
        'New York      15  10  .600  4½',
        'Brooklyn      12  12  .500   7',
        'Toronto       10  16  .385  10',
      ].join('\n'),
    );
    expect(story.body[5]?.split('\n')).toHaveLength(6);
    expect(story.body[5]).toContain('Indiana    13  12  .520  5½');
  });

  it('keeps results and schedules as ordinary paragraphs and the rule aside', () => {
    expect(story.body.slice(4)).toEqual([
      'Central Division',
      story.body[5],
      "Monday's Games",
      'Boston 114, Detroit 103',
      'New York 121, Chicago 112',
      "Tuesday's Games",
      'Philadelphia at Toronto, 7:30 p.m.',
      'Milwaukee at Indiana, 7 p.m.',
    ]);
    expect(story.removed).toEqual([{ kind: 'separator', text: '___' }]);
  });

  it('a table needs no dateline, so there is no warning for it', () => {
    expect(story.dateline).toBeUndefined();
    expect(story.warnings).toEqual([]);
    expect(story.urgency).toBe(5);
    expect(story.versionCreated).toBe('2023-12-19T07:02:00Z');
  });
});

describe('agate rows', () => {
  it('AP\'s other layout: US after the first column, RS as fixed spaces', () => {
    expect(agateCells('\u0008Tampa\u0010 Bay\u001f\u001e 73\u001e \u001e 52\u001e \u001e .584\u001e \u001e \u001e _')).toEqual(['Tampa Bay', '73', '52', '.584', '—']);
    expect(agateCells('\u0008^\u001f\u001e W\u001e \u001e L\u001e \u001e Pct')).toEqual(['', 'W', 'L', 'Pct']);
  });

  it('semicolon rows, and a lone "{" half game', () => {
    expect(agateCells('\u0008Miami;21;17;.553;2;{;5-5\u0010 ')).toEqual(['Miami', '21', '17', '.553', '2', '½', '5-5']);
    expect(isSemicolonRow('Amsterdam;42;50;rn;0.08;39;52;pc;39;48;rn')).toBe(true);
    expect(isSemicolonRow('He came; he saw; he left, as the report said; nothing more.')).toBe(false);
  });

  it('formatTable pads names to the left and figures to the right', () => {
    expect(formatTable([['', 'W'], ['Boston', '20'], ['Detroit', '2']])).toBe('          W\nBoston   20\nDetroit   2');
  });

  it('a table laid out with spaces is told from prose with double spaces after full stops', () => {
    expect(isSpacedTableLine('    1.  Bayer Leverkusen      15  12   3   0  39:10     39')).toBe(true);
    expect(isSpacedTableLine('The vote was close.  Both sides claimed a win.  Talks resume on Monday at 10.')).toBe(false);
  });
});
