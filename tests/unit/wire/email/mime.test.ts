import { describe, expect, it } from 'vitest';
import { bytesToByteString, byteStringToBytes } from '../../../../shared/wire/mime/byte-string.ts';
import { decodeCharset } from '../../../../shared/wire/mime/charset.ts';
import { decodeHeaderValue } from '../../../../shared/wire/mime/encoded-words.ts';
import { parseMailDate } from '../../../../shared/wire/mime/mail-date.ts';
import { decodeBase64, decodeQuotedPrintable } from '../../../../shared/wire/mime/transfer-encoding.ts';
import { parseStructured } from '../../../../shared/wire/mime/headers.ts';

/** Bytes written as a byte string, the form the MIME code works on. */
const latin1 = (bytes: number[]) => String.fromCharCode(...bytes);
const utf8 = (text: string) => bytesToByteString(new TextEncoder().encode(text));

describe('RFC 2047 encoded words', () => {
  it('Q and B words in several charsets', () => {
    expect(decodeHeaderValue('=?iso-8859-1?Q?Espa=F1a_gana_la_Eurocopa?=')).toBe('España gana la Eurocopa');
    expect(decodeHeaderValue('=?utf-8?B?Wm/DqyBHw7xudGhlcg==?=')).toBe('Zoë Günther');
    expect(decodeHeaderValue('=?ISO-8859-15?Q?Preis:_5_=A4?=')).toBe('Preis: 5 €');
    expect(decodeHeaderValue('=?windows-1252?Q?=93Quoted=94_=96_dash?=')).toBe('“Quoted” – dash');
    expect(decodeHeaderValue('=?koi8-r?B?8NLB18nUxczY09TXzw==?=')).toBe('Правительство');
  });

  it('joins adjacent words, dropping the folding whitespace between them but not the text around them', () => {
    expect(decodeHeaderValue('Fwd: =?utf-8?Q?Caf=C3=A9?=\t =?utf-8?Q?_cr=C3=A8me?= (AFP)')).toBe('Fwd: Café crème (AFP)');
  });

  it('a character split across two words is joined before decoding', () => {
    const bytes = new TextEncoder().encode('Überschrift');
    const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
    expect(decodeHeaderValue(`=?UTF-8?B?${b64(bytes.subarray(0, 1))}?= =?UTF-8?B?${b64(bytes.subarray(1))}?=`)).toBe('Überschrift');
  });

  it('raw 8-bit header bytes: UTF-8 when they are, Windows-1252 otherwise', () => {
    expect(decodeHeaderValue(utf8('Résumé du jour'))).toBe('Résumé du jour');
    expect(decodeHeaderValue(latin1([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9]))).toBe('Résumé');
  });

  it('raw bytes inside a Q word are read as the header\'s own, not the word\'s charset', () => {
    expect(decodeHeaderValue(`=?windows-1252?Q?TravTalk${utf8('’')}s_Special?=`)).toBe('TravTalk’s Special');
  });

  it('broken words are left readable', () => {
    expect(decodeHeaderValue('=?x-unknown?Q?Caf=E9?=')).toBe('Café');
    expect(decodeHeaderValue('=?utf-8?Q?unterminated')).toBe('=?utf-8?Q?unterminated');
  });
});

describe('transfer encodings', () => {
  it('quoted-printable: soft breaks, escapes, transport whitespace, stray "="', () => {
    expect(decodeQuotedPrintable('caf=E9 au lait =\nsans sucre  \n=3D 2+2=4 =ZZ')).toBe(latin1([...'caf'].map((c) => c.charCodeAt(0)).concat([0xe9])) + ' au lait sans sucre\n= 2+2=4 =ZZ');
  });

  it('base64: line breaks and junk skipped, missing padding forgiven', () => {
    expect(decodeBase64('SGVs\nbG8g\r\nV29y bGQ')).toBe('Hello World');
  });
});

describe('charsets', () => {
  it('Windows-1252 labels go through Copydesk\'s own table (curly quotes, not C1 controls)', () => {
    expect(decodeCharset(latin1([0x93, 0x41, 0x94]), 'iso-8859-1', 'part').text).toBe('“A”');
    expect(decodeCharset(latin1([0x93, 0x41, 0x94]), '"Windows-1252"', 'part').text).toBe('“A”');
  });

  it('UTF-8 under a Latin-1 label is read as UTF-8, and said', () => {
    const result = decodeCharset(utf8('Zürich — café'), 'iso-8859-1', 'text part');
    expect(result).toEqual({ text: 'Zürich — café', warning: 'The text part says iso-8859-1 but its bytes are UTF-8; it was read as UTF-8.', problem: 'utf8-under-other-label' });
  });

  it('a part that says UTF-8 but is not falls back to Windows-1252, and says so', () => {
    expect(decodeCharset(latin1([0x63, 0x61, 0x66, 0xe9]), 'utf-8', 'text part')).toMatchObject({ text: 'café', problem: 'not-utf8' });
  });

  it('other charsets TextDecoder knows, and unknown labels', () => {
    expect(decodeCharset(latin1([0xa4, 0x20, 0x35]), 'iso-8859-15', 'part').text).toBe('€ 5');
    expect(decodeCharset(latin1([0x50, 0xf8, 0xed, 0x6c, 0x69, 0x9a]), 'windows-1250', 'part').text).toBe('Příliš');
    expect(decodeCharset(latin1([0x63, 0x61, 0x66, 0xe9]), 'x-mac-klingon', 'part')).toMatchObject({ text: 'café', problem: 'unknown-charset' });
  });
});

describe('Date headers', () => {
  it.each([
    ['Thu, 19 Feb 2015 17:18:40 +1100', '2015-02-19T17:18:40+11:00'],
    ['Tue, 10 Mar 2015 14:17:01 -0700 (PDT)', '2015-03-10T14:17:01-07:00'],
    ['3 Nov 2021 10:20 GMT', '2021-11-03T10:20:00+00:00'],
    ['Wed, 3 Nov 21 10:20:00 EST', '2021-11-03T10:20:00-05:00'],
    ['Wednesday, 03 November 2021 09:15:00 CET', '2021-11-03T09:15:00+01:00'],
    ['2021-11-03T10:20:00Z', '2021-11-03T10:20:00Z'],
  ])('%s', (header, value) => {
    expect(parseMailDate(header)?.value).toBe(value);
  });

  it('a date without a zone is taken as UTC and said; impossible dates are refused', () => {
    expect(parseMailDate('3 Nov 2021 10:20:00')).toEqual({ value: '2021-11-03T10:20:00+00:00', warning: "The mail's Date has no time zone; UTC was assumed." });
    expect(parseMailDate('31 Feb 2021 10:20:00 +0000')).toBeUndefined();
    expect(parseMailDate('yesterday')).toBeUndefined();
  });
});

describe('structured header values', () => {
  it('quoted parameters, RFC 2231 encoded and continued file names', () => {
    const type = parseStructured('text/plain; charset="UTF-8"; format=flowed; delsp=yes');
    expect(type.value).toBe('text/plain');
    expect(Object.fromEntries(type.params)).toEqual({ charset: 'UTF-8', format: 'flowed', delsp: 'yes' });
    const disposition = parseStructured("attachment; filename*0*=utf-8''Ergebnisse%20Bundes; filename*1*=liga%20%C3%BCbersicht.pdf");
    expect(disposition.params.get('filename')).toBe('Ergebnisse Bundesliga übersicht.pdf');
    expect(parseStructured('multipart/mixed; boundary="a;b\\"c"').params.get('boundary')).toBe('a;b"c');
  });
});

describe('byte strings', () => {
  it('round-trip every byte value', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    expect(byteStringToBytes(bytesToByteString(all))).toEqual(all);
  });
});
