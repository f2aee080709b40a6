const KEY = 'copydesk.flags.lastTargetLanguage';

/** The target language this laptop flagged for last (a preference, so it lives with the window, not the archive). */
export function readLastTargetLanguage(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberTargetLanguage(tag: string): void {
  try {
    localStorage.setItem(KEY, tag);
  } catch {
    // Storage may be off (a locked-down profile): the form then proposes Spanish again.
  }
}
