import { describe, expect, it } from 'vitest';
import { isKillLine, readVersionMarks } from '../../../../shared/wire/take-key.ts';
import { urgencyOf, type TransmissionHeader } from '../../../../shared/wire/transmission-header.ts';

describe('take keys → signals and version', () => {
  it.each([
    [['1stLd-Writethru'], ['update', 'writethru'], 2],
    [['3rd Ld-Writethru'], ['update', 'writethru'], 4],
    [['7thWritethru'], ['writethru'], 8],
    [['2nd Ld'], ['update'], 3],
    [['REFILE', '1ST LEAD'], ['update'], 2],
    [['2nd Ld-Writethru', 'Correction'], ['update', 'writethru', 'correction'], 3],
    [['Urgent'], [], 1],
    [['EXTRA'], [], 1],
    [[], [], 1],
  ])('%j → %j, version %s', (keys, signals, version) => {
    expect(readVersionMarks(keys)).toEqual({ signals, version });
  });

  it('a kill, a withdrawal or an unnumbered correction is a later version the archive numbers', () => {
    expect(readVersionMarks(['KILL'])).toEqual({ signals: ['kill'] });
    expect(readVersionMarks(['WITHDRAWAL'])).toEqual({ signals: ['kill', 'withdrawal'] });
    expect(readVersionMarks(['Correction'])).toEqual({ signals: ['correction'] });
    expect(readVersionMarks(['(Achtung)'])).toEqual({ signals: ['advisory'], version: 1 });
  });

  it('editors\' notes count only by what they open a sentence with', () => {
    expect(readVersionMarks([], ['Eds: Kill']).signals).toEqual(['kill']);
    expect(readVersionMarks([], ['Eds: KILL BC-US--X. Sent in error.']).signals).toEqual(['kill']);
    expect(readVersionMarks([], ['Eds: Corrects spelling of minister\'s name.']).signals).toEqual(['correction']);
    expect(readVersionMarks([], ['Eds: Heat 115, Hawks 111. Updates. With AP Photos.']).signals).toEqual(['update']);
    expect(readVersionMarks([], ['Eds: This story has been withdrawn by the AP.']).signals).toEqual(['kill', 'withdrawal']);
    expect(readVersionMarks([], ['Eds: With AP Photos. Moves on the sports wire. Kill fee disputes are covered in BC-Media.']).signals).toEqual([]);
  });

  it('a headline about killing is copy, not a kill notice', () => {
    expect(isKillLine('KILL')).toBe(true);
    expect(isKillLine('Story Killed')).toBe(true);
    expect(isKillLine('Bomb kills 12 in market')).toBe(false);
    expect(readVersionMarks([], ['Eds: Storm kills 12 in Texas. With AP Photos.']).signals).toEqual([]);
  });
});

describe('priority → urgency', () => {
  const header = (priority: string): TransmissionHeader => ({ priority, tabular: false, takeKeys: [], sluglines: [] });

  it('ANPA letters: flash 1, bulletin 2, urgent 3, regular 5, advance 6, deferred 7, rerun 8', () => {
    expect(['f', 'b', 'u', 'r', 'a', 's', 'd', 'y'].map((p) => urgencyOf(header(p)))).toEqual([1, 2, 3, 5, 6, 6, 7, 8]);
  });

  it('7901 digits map one to one; unknown priorities leave urgency unset', () => {
    expect(['1', '4', '6'].map((p) => urgencyOf(header(p)))).toEqual([1, 4, 6]);
    expect(urgencyOf(header('q'))).toBeUndefined();
    expect(urgencyOf(header('0'))).toBeUndefined();
    expect(urgencyOf({ tabular: false, takeKeys: [], sluglines: [] })).toBeUndefined();
  });
});
