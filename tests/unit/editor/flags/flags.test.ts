import { describe, expect, it } from 'vitest';
import type { FlagStatus, TranslationFlag } from '../../../../shared/model/editing.ts';
import { defaultTargetLanguage, FLAG_LANGUAGES, languageChoices, languageName } from '../../../../renderer/src/editor/flags/flag-languages.ts';
import { flagsInTextOrder } from '../../../../shared/editor/flag-order.ts';
import { countFlags, flagCountLabels, flagStates } from '../../../../renderer/src/editor/flags/flag-status.ts';

function flag(id: string, status: FlagStatus = 'flagged'): TranslationFlag {
  return {
    id,
    storyId: 's1',
    markId: `flag:${id}`,
    sourceText: `passage ${id}`,
    sourceLanguage: 'en',
    targetLanguage: 'es',
    note: '',
    status,
    translation: '',
    author: 'Ana Ruiz',
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
  };
}

describe('the target language the flag form proposes', () => {
  it('is Spanish the first time, and the last one used after that', () => {
    expect(defaultTargetLanguage(null, 'en')).toBe('es');
    expect(defaultTargetLanguage('fr', 'en')).toBe('fr');
  });

  it('is never the language the story is written in', () => {
    expect(defaultTargetLanguage(null, 'es')).toBe('en');
    expect(defaultTargetLanguage('es', 'es-ES')).toBe('en');
    expect(defaultTargetLanguage('en', 'en')).toBe('es');
  });

  it('ignores a remembered value that is not a language on offer', () => {
    expect(defaultTargetLanguage('<script>', null)).toBe('es');
  });

  it('is offered among common newsroom languages, named', () => {
    expect(FLAG_LANGUAGES).toEqual(expect.arrayContaining(['es', 'en', 'fr', 'de', 'it', 'pt', 'ar', 'zh']));
    expect(languageName('es')).toBe('Spanish');
    expect(languageName('de')).toBe('German');
    expect(languageChoices('es')).toEqual([...FLAG_LANGUAGES]);
    expect(languageChoices('eu')[0]).toBe('eu');
  });
});

describe('the flags panel', () => {
  it('counts flags by status, and shows only the statuses there are, in workflow order', () => {
    const flags = [flag('a', 'translated'), flag('b'), flag('c'), flag('d', 'approved')];
    expect(countFlags(flags)).toEqual({ flagged: 2, in_progress: 0, translated: 1, approved: 1 });
    expect(flagCountLabels(countFlags(flags)).map((c) => c.label)).toEqual(['2 flagged', '1 translated', '1 approved']);
    expect(flagCountLabels(countFlags([flag('e', 'in_progress')])).map((c) => c.label)).toEqual(['1 in progress']);
  });

  it('lists flags in the order their passages stand in the text now, those whose text is gone last', () => {
    const flags = [flag('a'), flag('gone1'), flag('b'), flag('c'), flag('gone2')];
    const order = ['comment:x', 'flag:c', 'flag:a', 'flag:b'];
    expect(flagsInTextOrder(flags, order).map((f) => f.id)).toEqual(['c', 'a', 'b', 'gone1', 'gone2']);
  });

  it('keeps the services’ order while the text is not known', () => {
    const flags = [flag('b'), flag('a')];
    expect(flagsInTextOrder(flags, []).map((f) => f.id)).toEqual(['b', 'a']);
  });

  it('tells each mark its flag’s status', () => {
    expect(flagStates([flag('a', 'approved')])).toEqual(new Map([['flag:a', 'approved']]));
  });
});
