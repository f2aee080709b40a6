/** The languages a newsroom most often translates into, in the order the form offers them. */
export const FLAG_LANGUAGES = ['es', 'en', 'fr', 'de', 'it', 'pt', 'ca', 'nl', 'ar', 'zh', 'ru', 'ja', 'tr', 'pl', 'uk'] as const;

const FALLBACK = 'es';

function primary(tag: string | null | undefined): string | null {
  return tag ? (tag.split('-')[0] ?? '').toLowerCase() || null : null;
}

/**
 * What the form proposes: the language used last, else Spanish; never the
 * story's own language (English then, or Spanish for an English story).
 */
export function defaultTargetLanguage(lastUsed: string | null, storyLanguage: string | null): string {
  const story = primary(storyLanguage);
  const wanted = lastUsed && FLAG_LANGUAGES.some((tag) => tag === lastUsed) ? lastUsed : FALLBACK;
  if (primary(wanted) !== story) return wanted;
  return story === 'en' ? 'es' : 'en';
}

/** The languages offered, with the one to select first in the list even if it is not a common one. */
export function languageChoices(selected: string): string[] {
  return FLAG_LANGUAGES.some((tag) => tag === selected) ? [...FLAG_LANGUAGES] : [selected, ...FLAG_LANGUAGES];
}

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** "Spanish"; the bare tag when the browser does not know it. */
export function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
