/** How many letters the margin has room for; the contract takes no more. */
export const MAX_INITIALS = 4;

/**
 * Initials an editor would write for a name: the first letter of each part
 * that starts with a capital ("María de la Fuente" → "MF", "Jean-Pierre Dupont"
 * → "JPD"), every part when none does, a one-word name's first two letters.
 */
export function suggestInitials(name: string): string {
  const parts = name
    .trim()
    .split(/[\s\-‐‑–—]+/u)
    .map((part) => part.replace(/^[^\p{L}]+/u, ''))
    .filter((part) => part.length > 0);
  if (parts.length === 0) return '';
  if (parts.length === 1) return firstLetters(parts[0] ?? '', 2).toUpperCase();
  const capitalised = parts.filter((part) => /^\p{Lu}/u.test(part));
  const chosen = capitalised.length > 0 ? capitalised : parts;
  return chosen
    .map((part) => firstLetters(part, 1))
    .join('')
    .slice(0, MAX_INITIALS)
    .toUpperCase();
}

/** Letters only: an apostrophe or a digit is nobody's initial. */
function firstLetters(word: string, count: number): string {
  return Array.from(word.matchAll(/\p{L}/gu), (match) => match[0])
    .slice(0, count)
    .join('');
}

/** What the form refuses before asking the services: the same limits the contract sets, said plainly. */
export function profileProblem(name: string, initials: string): { field: 'name' | 'initials'; message: string } | null {
  const trimmedName = name.trim();
  if (trimmedName.length === 0) return { field: 'name', message: 'Give your name: it goes on every comment and flag you make.' };
  if (trimmedName.length > 100) return { field: 'name', message: 'Your name is too long: at most 100 characters.' };
  const trimmedInitials = initials.trim();
  if (!new RegExp(`^\\p{L}{1,${MAX_INITIALS}}$`, 'u').test(trimmedInitials)) {
    return { field: 'initials', message: `Initials are one to ${MAX_INITIALS} letters, such as MG.` };
  }
  return null;
}
