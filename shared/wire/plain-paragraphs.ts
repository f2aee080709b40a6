/**
 * Plain-text bodies come in two shapes: hard-wrapped at a fixed width (mail
 * clients, old wire systems) with blank lines between paragraphs, or one
 * paragraph per line (JSON feeds, Apple Mail's quoted-printable lines). Both are
 * told apart block by block so neither loses its paragraph breaks.
 */

/** Wrapped lines are never longer than this; a longer line is a whole paragraph. */
const MAX_WRAPPED_LINE = 100;
/** A wrapped line (not the block's last) is seldom shorter than this share of the block's longest line. */
const MIN_WRAPPED_SHARE = 0.55;
const MIN_WRAPPED_LINE = 30;

function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return true;
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, line.length);
  if (longest > MAX_WRAPPED_LINE) return false;
  const floor = Math.max(MIN_WRAPPED_LINE, longest * MIN_WRAPPED_SHARE);
  return lines.slice(0, -1).every((line) => line.length >= floor);
}

/**
 * The paragraphs of a plain-text body, each as its lines (trimmed): a wrapped
 * block is one paragraph of many lines, an unwrapped block one paragraph per line.
 */
export function plainParagraphLines(text: string): string[][] {
  const paragraphs: string[][] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00A0]*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (lines.length === 0) continue;
    if (isHardWrapped(lines)) paragraphs.push(lines);
    else for (const line of lines) paragraphs.push([line]);
  }
  return paragraphs;
}

/** The paragraphs of a plain-text body, wrapped lines joined, runs of spaces collapsed. */
export function plainTextParagraphs(text: string): string[] {
  return plainParagraphLines(text).map((lines) => lines.join(' ').replace(/[ \t]+/g, ' '));
}
