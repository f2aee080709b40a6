import { describe, expect, it } from 'vitest';
import type { Usage } from '../../../shared/model/licence.ts';
import { usageReportCsv } from '../../../shared/rights/usage-csv.ts';

const HEADER = 'date,story id,version id,headline,channel,territory,modified,translated,excerpt words,licence reference,attribution,recorded by,recorded at,override reason';

function usage(overrides: Partial<Usage> = {}): Usage {
  return {
    id: 'u1',
    storyId: 's1',
    versionId: 'v1',
    headline: 'Putin warns of extremist buildup in northern Afghanistan',
    channel: 'web',
    territory: 'ES',
    usedAt: '2026-03-14T12:00:00.000Z',
    recordedAt: '2026-03-14T12:00:05.000Z',
    licenceId: 'lic-1',
    licenceReference: 'EFE-NE-2026',
    modified: false,
    translated: true,
    excerptWords: null,
    user: 'Ana Ruiz',
    overrideReason: null,
    attribution: '© 2021 EFE News Services (U.S.) Inc.',
    ...overrides,
  };
}

/** An RFC 4180 reader, to see what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i] ?? '';
    const next = text[i + 1];
    i += 1;
    if (quoted && ch === '"' && next === '"') {
      cell += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += ch;
    } else if (ch === ',') {
      endCell();
    } else if (ch === '\r' && next === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i += 1;
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('the last record has no CRLF');
  return rows;
}

describe('usageReportCsv', () => {
  it('writes the header, then one row per use, every line ended by CRLF', () => {
    const csv = usageReportCsv([usage(), usage({ id: 'u2', channel: 'print', territory: null, excerptWords: 120, modified: true, translated: false })]);
    expect(csv.split('\r\n')).toEqual([
      HEADER,
      '2026-03-14T12:00:00.000Z,s1,v1,Putin warns of extremist buildup in northern Afghanistan,web,ES,no,yes,,EFE-NE-2026,© 2021 EFE News Services (U.S.) Inc.,Ana Ruiz,2026-03-14T12:00:05.000Z,',
      '2026-03-14T12:00:00.000Z,s1,v1,Putin warns of extremist buildup in northern Afghanistan,print,,yes,no,120,EFE-NE-2026,© 2021 EFE News Services (U.S.) Inc.,Ana Ruiz,2026-03-14T12:00:05.000Z,',
      '',
    ]);
  });

  it('writes only the header for a month without uses', () => {
    expect(usageReportCsv([])).toBe(`${HEADER}\r\n`);
  });

  it.each([
    ['a comma', 'Putin, Rahmon meet', '"Putin, Rahmon meet"'],
    ['quotes', 'Putin: "IS has 2,000 members"', '"Putin: ""IS has 2,000 members"""'],
    ['a line feed', 'Line one\nline two', '"Line one\nline two"'],
    ['a carriage return', 'Line one\r\nline two', '"Line one\r\nline two"'],
    ['a formula', '=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['a plus', '+34 600 000 000', "'+34 600 000 000"],
    ['a minus', '-2 dead in Moscow', "'-2 dead in Moscow"],
    ['an at sign', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['a tab', '\t=1+1', "'\t=1+1"],
    ['non-ASCII text', 'Málaga — 東京 «ça» 🙂', 'Málaga — 東京 «ça» 🙂'],
    ['a minus inside, not first', 'Covid-19 cases', 'Covid-19 cases'],
  ])('writes a headline with %s so a spreadsheet reads it as text', (_case, headline, cell) => {
    const csv = usageReportCsv([usage({ headline })]);
    expect(csv.split('\r\n')[0]).toBe(HEADER);
    expect(csv).toContain(`,v1,${cell},web,`);
    const rows = readCsv(csv);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveLength(14);
    const expectedText = /^[=+\-@\t]/u.test(headline) ? `'${headline}` : headline;
    expect(rows[1]?.[3]).toBe(expectedText);
  });

  it('guards every column that carries outside text, not just the headline', () => {
    const csv = usageReportCsv([usage({ attribution: '=cmd|"/c calc"!A1', user: '@evil', overrideReason: 'Editor-in-chief: "fine", go' })]);
    const [, row] = readCsv(csv);
    expect(row?.[10]).toBe(`'=cmd|"/c calc"!A1`);
    expect(row?.[11]).toBe("'@evil");
    expect(row?.[13]).toBe('Editor-in-chief: "fine", go');
  });
});
