import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../../shared/wire/decode-text.ts';
import { fixtureBytes } from './fixtures.ts';

function decoded(bytes: Uint8Array) {
  const result = decodeText(bytes);
  if (!result.ok) throw new Error(result.message);
  return result.decoded;
}

describe('decoding wire bytes', () => {
  it('reads UTF-8 without a BOM and normalises CRLF and lone CR to LF', () => {
    const d = decoded(new TextEncoder().encode('Zürich\r\nline two\rline three\n'));
    expect(d).toEqual({ text: 'Zürich\nline two\nline three\n', encoding: 'utf-8', bom: false, warnings: [] });
  });

  it('drops a UTF-8 BOM and says it was there', () => {
    const d = decoded(fixtureBytes('ap-washington-bom.txt'));
    expect(d.encoding).toBe('utf-8');
    expect(d.bom).toBe(true);
    expect(d.text.startsWith('Senate passes')).toBe(true);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, including its 0x80–0x9F row', () => {
    const d = decoded(fixtureBytes('efe-madrid-es-cp1252.txt'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toContain('“Es la mayor inversión');
    expect(d.text).toContain('20 € al mes');
    expect(d.warnings).toHaveLength(1);
  });

  it('reads ISO-8859-1 text (a subset of Windows-1252) correctly', () => {
    const latin1 = Uint8Array.from([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e, 0x20, 0xe9, 0xe8, 0xf1]);
    expect(decoded(latin1).text).toBe('München éèñ');
  });

  it('maps the Windows-1252 row 0x80–0x9F to its typographic characters and the rest byte-for-byte', () => {
    const row = decodeWindows1252(Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f, 0x81]));
    expect(row).toBe('€…‘’“”–—™Ÿ\u0081');
    const rest = Uint8Array.from({ length: 128 }, (_, i) => (i < 64 ? i + 0x20 : i + 0xa0 - 64));
    expect([...decodeWindows1252(rest)].map((c) => c.codePointAt(0))).toEqual([...rest]);
  });

  it('reads UTF-16 files by their BOM', () => {
    const le = decoded(fixtureBytes('reuters-london-utf16le.txt'));
    const be = decoded(fixtureBytes('reuters-london-utf16be.txt'));
    expect(le.encoding).toBe('utf-16le');
    expect(be.encoding).toBe('utf-16be');
    expect(be.text).toBe(le.text);
    expect(le.text.startsWith('LONDON, Nov 3 (Reuters) -')).toBe(true);
  });

  it('replaces invalid bytes in a file that declares UTF-8 with a BOM, and warns', () => {
    const d = decoded(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]));
    expect(d.text).toBe('a\uFFFDb');
    expect(d.warnings[0]).toMatch(/invalid UTF-8/);
  });
});
