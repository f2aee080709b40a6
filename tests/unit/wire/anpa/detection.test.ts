import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../shared/wire/decode-text.ts';
import { detectFormat } from '../../../../shared/wire/detect-format.ts';
import { parseWire } from '../../../../shared/wire/parse.ts';
import { sniffText } from '../../../../shared/wire/sniff.ts';
import { repoRoot, samplesDir } from '../../../support/paths.ts';
import { DC1, DC3, EOT, ETX, SOH, STX, SYN, US, anpaFixtures, bytes, readTransmission, storiesOf } from './transmissions.ts';

function text(file: string): string {
  const decoded = decodeText(readFileSync(file));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.decoded.text;
}

function controlShare(t: string): number {
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  return (t.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0) / t.length;
}

describe('transmissions are recognised by content and are not taken for binary junk', () => {
  it.each(['anpa1312/anpa-1.tst', 'anpa1312/ap_anpa-1.tst', 'iptc7901/IPTC7901.txt', 'iptc7901/dpa_two_line.txt'])('%s', (file) => {
    const t = text(path.join(samplesDir, 'wire', file));
    expect(sniffText(t)).toBeUndefined();
    expect(detectFormat(t)).toBe('iptc7901');
  });

  it('a short kill notice is mostly framing codes and is still copy', () => {
    const kill = `${SYN}${SYN}${SOH}a0470${US}-----\nb a${DC3}${DC1} BC-US--X KILL   10-12 0004\r\n${STX}^BC-US--X, KILL<\r\n^KILL<\r\n${ETX}AP-NY-10-12-13 2241EDT\r\n\u007f\r\n\u007f\f${EOT}`;
    expect(controlShare(kill)).toBeGreaterThan(0.1);
    expect(sniffText(kill)).toBeUndefined();
    const [story] = storiesOf(readTransmission(bytes(kill)));
    expect(story?.pubStatus).toBe('canceled');
    expect(story?.signals).toEqual(['kill']);
  });

  it('an agate table spaced with RS and US codes is still copy', () => {
    const row = (name: string, w: string, l: string) => `\u0008${name}\u001f\u001e ${w}\u001e \u001e ${l}\u001e \u001e \u001e _\r\n`;
    const table = `${SYN}${SYN}${SOH}s0284${US}-----\nr s\u0014\u0012 BC-BBO--Glance     08-18 \r\n${STX}^BC-BBO--Glance<\r\n^Glance=\r\n${row('Tampa', '73', '52')}${row('Cleveland', '73', '51')}${row('Oakland', '71', '52')}${ETX}AP-WF-08-18-19 2017GMT<\r\n${EOT}`;
    expect(controlShare(table)).toBeGreaterThan(0.1);
    expect(sniffText(table)).toBeUndefined();
    const [story] = storiesOf(readTransmission(bytes(table)));
    expect(story?.body).toEqual(['Tampa      73  52  —\nCleveland  73  51  —\nOakland    71  52  —']);
    expect(story?.preformatted).toEqual([0]);
  });

  it('binary junk is still junk, even when it starts with SOH', () => {
    expect(sniffText(text(path.join(repoRoot, 'tests/fixtures/wire/control-junk.bin')))?.code).toBe('binary');
    const junk = `${SOH}${'\u0005\u0006A\u0007\u000eB\u0015\u0017'.repeat(60)}`;
    expect(sniffText(junk)?.code).toBe('binary');
  });

  it('AP copy whose control characters a gateway stripped is still read as ANPA', () => {
    const stripped = '^BC-US--Port-Strike,120<\n^Dock workers end strike at three ports<\n^By JOHN DOE=\n^Associated Press=\n\t   BALTIMORE (AP) _ Dock workers ended a three-day strike on Wednesday.\n';
    expect(detectFormat(stripped)).toBe('iptc7901');
    const [story] = storiesOf(readTransmission(bytes(stripped)));
    expect(story).toMatchObject({ headline: 'Dock workers end strike at three ports', byline: 'JOHN DOE, Associated Press', slugline: 'BC-US--Port-Strike' });
    expect(story?.body).toEqual(['BALTIMORE (AP) — Dock workers ended a three-day strike on Wednesday.']);
    expect(story?.warnings).toEqual([]);
  });

  it('a transmission whose header was cut off, opening with STX, is read without a header', () => {
    const cut = `${STX}^BC-US--Port-Strike,120<\r\n^Dock workers end strike<\r\n\t   BALTIMORE (AP) _ Dock workers ended a strike.\r\n${ETX}AP-NY-03-04-15 1210EST\r\n${EOT}`;
    expect(detectFormat(cut)).toBe('iptc7901');
    const [story] = storiesOf(readTransmission(bytes(cut)));
    expect(story).toMatchObject({ headline: 'Dock workers end strike', versionCreated: '2015-03-04T12:10:00-05:00', uri: 'urn:copydesk:anpa:ap:us-port-strike:2015-03-04' });
  });

  it('plain agency text with a caret in it stays plain text', () => {
    expect(detectFormat('Markets rally\n\nNEW YORK (Reuters) - Stocks rose 2^3 percent, traders said.\n')).toBe('text');
    expect(detectFormat('^ Not a header line\nMADRID, 3 nov (EFE).- El Gobierno aprobó hoy el presupuesto.\n')).toBe('text');
  });

  it('end to end through parseWire: language detected, Latin-1 decoding said', () => {
    const ap = storiesOf(parseWire(readFileSync(path.join(samplesDir, 'wire/anpa1312/anpa-1.tst'))));
    expect(ap[0]).toMatchObject({ format: 'anpa1312', language: 'en', uri: 'urn:copydesk:anpa:ap:lt-argentina-cancer-beauty:2013-11-13' });
    const dpa = storiesOf(parseWire(readFileSync(path.join(anpaFixtures, 'dpa-bundesliga-de-latin1.txt'))));
    expect(dpa[0]).toMatchObject({ format: 'iptc7901', language: 'de', headline: 'Leverkusen bleibt vorn - Bayern müht sich zum Sieg' });
    expect(dpa[0]?.warnings).toEqual(['The file is not UTF-8; it was read as Windows-1252 (Western European).']);
  });
});
