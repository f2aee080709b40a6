const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** "English (en)"; the bare tag when the browser does not know it. */
export function formatLanguage(tag: string): string {
  try {
    const name = names.of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
