/**
 * Agate: the tables agencies send as text (standings, results, weather). In
 * ANPA a table row starts with BS (the tab line indicator) and its cells are
 * split by ";" (AP) or by US after the first column with RS as fixed spaces.
 * Copydesk lines the cells up in columns and keeps the result preformatted.
 */

const ROW_START = /^[\t ]*\u0008/;
const CELL_CONTROLS = /[\u0000-\u001f\u007f]/g;

/** A table row by ANPA's own mark. */
export function isAgateRow(line: string): boolean {
  return ROW_START.test(line);
}

/** A row of AP's semicolon agate sent as an ordinary line ("Amsterdam;42;50;rn;0.08"). */
export function isSemicolonRow(text: string): boolean {
  if (text.length > 400 || !text.includes(';')) return false;
  const bare = text.match(/;(?=\S)/g)?.length ?? 0;
  if (bare < 2) return false;
  const cells = text.split(';');
  return cells.every((c) => c.length <= 40);
}

/** AP's 7-bit agate symbols: "{" is ½ ("3{" games back), a lone "_" is a dash. */
function agateSymbols(cell: string): string {
  if (cell === '_') return '—';
  return cell.includes('{') ? cell.replace(/(^|\d)\{/g, '$1½') : cell;
}

const UNTIDY = /[\u0000-\u001f\u007f]|\s\s/;

function tidy(cell: string): string {
  const t = UNTIDY.test(cell) ? cell.replace(CELL_CONTROLS, ' ').replace(/\s+/g, ' ') : cell;
  return agateSymbols(t.trim());
}

/** The cells of one table row, as the sender split them. */
export function agateCells(line: string): string[] {
  // BS opens the row; a caret after it marks the heading row; DLE marks a space band (the space after it stays).
  let row = line.replace(ROW_START, '');
  if (row.startsWith('^')) row = row.slice(1);
  if (row.includes('\u0010')) row = row.replaceAll('\u0010', '');
  row = row.trimEnd();
  if (row.endsWith('<') || row.endsWith('=')) row = row.slice(0, -1);
  let cells: string[];
  const us = row.indexOf('\u001f');
  if (us >= 0) {
    const rest = row.slice(us + 1).replace(CELL_CONTROLS, ' ').trim();
    cells = [row.slice(0, us), ...(rest === '' ? [] : rest.split(/\s+/))];
  } else if (row.includes(';')) {
    cells = row.split(';');
  } else if (row.includes('\t')) {
    cells = row.split('\t');
  } else {
    cells = row.trim().split(/ {2,}/);
  }
  const tidied = cells.map(tidy);
  while (tidied.length > 1 && tidied[tidied.length - 1] === '') tidied.pop();
  return tidied;
}

/** Rows of cells as aligned text: the first column (names) to the left, the figures to the right. */
export function formatTable(rows: readonly string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

/**
 * A line of a table laid out with spaces (7901 results and standings): at
 * least two gaps of two or more spaces, most fields figures or short headings.
 * Prose with double spaces after full stops has long fields and stays prose.
 */
export function isSpacedTableLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 200 || !(t.includes('  ') || t.includes('\t'))) return false;
  const fields = t.split(/ {2,}|\t+/);
  if (fields.length < 3 || fields.some((f) => f.length > 40)) return false;
  // Most cells of a table are figures or short headings ("Sp.", "Pkt."); sentences are neither.
  const cells = fields.filter((f) => f.length <= 5 || /^[\d.,:;+\-–½%/()]+$/.test(f)).length;
  return cells * 2 >= fields.length;
}

/** Spaced table lines kept as the sender laid them out, less their common indent. */
export function formatSpacedTable(lines: readonly string[]): string {
  const expanded = lines.map((l) => l.replace(/\t/g, '    ').trimEnd());
  const indent = Math.min(...expanded.map((l) => l.length - l.trimStart().length));
  return expanded.map((l) => l.slice(indent)).join('\n');
}
