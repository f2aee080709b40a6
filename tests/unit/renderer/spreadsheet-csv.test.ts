import { describe, expect, it } from 'vitest';
import { csvForSpreadsheets } from '../../../renderer/src/licences/spreadsheet-csv.ts';

describe('the usage report as a spreadsheet file', () => {
  it('starts with a UTF-8 byte-order mark, once, so Excel reads "© 2021 EFE" and accents as written', () => {
    const csv = 'date,headline\r\n2026-11-29,Reunión en Moscú © 2021 EFE\r\n';
    const file = csvForSpreadsheets(csv);
    expect([...new TextEncoder().encode(file).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.slice(1)).toBe(csv);
    expect(csvForSpreadsheets(file)).toBe(file);
  });
});
