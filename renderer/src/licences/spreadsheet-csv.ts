const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The CSV as a file to open in a spreadsheet: Excel reads a CSV without a
 * byte-order mark in the machine's legacy code page, so "© 2021 EFE" or an
 * accented headline would come out garbled on the distributor's statement.
 * Excel's own "CSV UTF-8" format starts with the mark too.
 */
export function csvForSpreadsheets(csv: string): string {
  return csv.startsWith(BYTE_ORDER_MARK) ? csv : `${BYTE_ORDER_MARK}${csv}`;
}
