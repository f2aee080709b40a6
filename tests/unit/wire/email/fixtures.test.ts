import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WireStory } from '../../../../shared/model/story.ts';
import { decodeText, decodeWindows1252 } from '../../../../shared/wire/decode-text.ts';
import { parseEmail, parseEmailBytes } from '../../../../shared/wire/parse-email.ts';
import { decodedText, emailFixtures, expectSound, onlyStory } from '../ninjs/support.ts';

function fixture(name: string): { text: WireStory; bytes: WireStory; raw: Uint8Array } {
  const raw = new Uint8Array(readFileSync(path.join(emailFixtures, name)));
  const text = onlyStory(parseEmail(decodedText(raw)));
  const bytes = onlyStory(parseEmailBytes(raw));
  expectSound(text);
  expectSound(bytes);
  return { text, bytes, raw };
}

describe('EFE in quoted-printable ISO-8859-1, with an HTML alternative (efe-madrid-qp-latin1.eml)', () => {
  const { text: story, bytes } = fixture('efe-madrid-qp-latin1.eml');

  it('joins the two encoded words of the subject, and it matches the copy\'s headline', () => {
    expect(story.headline).toBe('El Gobierno aprueba la subida del salario mínimo a 1.000 euros');
    expect(story.warnings).toEqual([]);
  });

  it('reads the text/plain part: soft line breaks undone, Latin-1 accents right', () => {
    expect(story.body).toEqual([
      'MADRID, 3 nov (EFE).- El Consejo de Ministros ha aprobado este miércoles la subida del salario mínimo interprofesional (SMI) hasta los 1.000 euros mensuales en catorce pagas, con efectos desde el 1 de septiembre.',
      'La ministra de Trabajo, Yolanda Díaz, ha destacado que la subida beneficiará a cerca de dos millones de trabajadores, según los cálculos de su departamento.',
    ]);
  });

  it('applies EFE\'s conventions: dateline, sign-off, copyright with its redistribution ban', () => {
    expect(story.dateline).toEqual({ text: 'MADRID, 3 nov (EFE).-', place: 'Madrid', agency: 'EFE', date: '2021-11-03' });
    expect(story.provider).toBe('EFE');
    expect(story.distributor).toBeUndefined();
    expect(story.signoff).toBe('EFE');
    expect(story.copyright).toBe('© EFE 2021.');
    expect(story.usageTerms).toBe('Está expresamente prohibida la redistribución y la redifusión de este contenido sin su previo y expreso consentimiento.');
  });

  it('takes language, time and uri from the headers', () => {
    expect(story.language).toBe('es');
    expect(story.versionCreated).toBe('2021-11-03T11:42:05+01:00');
    expect(story.uri).toBe('mid:20211103104205.12345.efe-madrid@efe.com');
  });

  it('reads the same from the raw bytes', () => {
    expect(bytes).toEqual(story);
  });
});

describe('AFP in base64 UTF-8, with a PDF and a photo attached (afp-glasgow-base64-attachments.eml)', () => {
  const { text: story, bytes } = fixture('afp-glasgow-base64-attachments.eml');

  it('joins a subject whose "à" is split across two base64 encoded words', () => {
    expect(story.headline).toBe('Climat: Macron appelle à «accélérer» à la COP26');
  });

  it('reads the French copy: "Par" byline, dateline with its year, AFP copyright', () => {
    expect(story.byline).toBe('Jérôme CARTILLIER');
    expect(story.dateline).toEqual({ text: 'GLASGOW, 3 novembre 2021 (AFP) -', place: 'Glasgow', agency: 'AFP', date: '2021-11-03' });
    expect(story.provider).toBe('AFP');
    expect(story.copyright).toBe('© 2021 AFP');
    expect(story.body).toHaveLength(3);
    expect(story.body[1]).toBe('«Nous devons tenir nos engagements», a-t-il déclaré devant les délégués, évoquant un «moment de vérité» pour l\'accord de Paris.');
  });

  it('lists the attachments by name (RFC 2231 name decoded), type and size, and reads none of them', () => {
    expect(story.warnings).toEqual([
      'Not read (attachments and other parts): “programme-COP26.pdf” (application/pdf, 3 KB); “Président Macron.jpg” (image/jpeg, 206 bytes).',
    ]);
    expect(story.body.join(' ')).not.toMatch(/PDF|%%EOF|JFIF/);
  });

  it('takes the time from a Date header with a "(CET)" comment', () => {
    expect(story.versionCreated).toBe('2021-11-03T14:05:33+01:00');
    expect(story.uri).toBe('mid:afp.20211103130533.COP26-macron@desk.afp.com');
  });

  it('reads the same from the raw bytes', () => {
    expect(bytes).toEqual(story);
  });
});

describe('Reuters with 8-bit parts in two charsets (reuters-zurich-8bit-mixed-charsets.eml)', () => {
  const { text: story, bytes, raw } = fixture('reuters-zurich-8bit-mixed-charsets.eml');

  it('the file as a whole is not UTF-8, so parseWire decodes it as Windows-1252, garbling the UTF-8 part', () => {
    const decoding = decodeText(raw);
    expect(decoding.ok && decoding.decoded.encoding).toBe('windows-1252');
    expect(decodeWindows1252(raw)).toContain('safety â€” and');
  });

  it('the UTF-8 part is re-read from its recovered bytes: dashes, quotes and umlauts right', () => {
    expect(story.body).toEqual([
      'ZURICH, Nov 3 (Reuters) - The Swiss franc rose to its strongest level against the euro in more than six years on Wednesday, as investors sought safety — and the Swiss National Bank held back.',
      '“We see no reason to intervene at these levels,” a spokesperson for the central bank in Zürich said.',
    ]);
    expect(story.signoff).toBe('(Reporting by John Revill; Editing by Alex Richardson)');
  });

  it('the Latin-1 part is listed, not read into the story', () => {
    expect(story.warnings).toContain('Not read (attachments and other parts): another text/plain part (78 bytes).');
    expect(story.body.join(' ')).not.toMatch(/abonnés/);
  });

  it('reads a "GMT" Date and dates the bracketed dateline with the mail\'s year', () => {
    expect(story.versionCreated).toBe('2021-11-03T10:20:00+00:00');
    expect(story.dateline).toEqual({ text: 'ZURICH, Nov 3 (Reuters) -', place: 'Zurich', agency: 'Reuters', date: '2021-11-03' });
    expect(story.warnings.join(' ')).not.toMatch(/no year/);
    expect(story.provider).toBe('Reuters');
  });

  it('reads the same from the raw bytes', () => {
    expect(bytes).toEqual(story);
  });
});
