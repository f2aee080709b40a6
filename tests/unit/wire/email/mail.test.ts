import { describe, expect, it } from 'vitest';
import type { WireStory } from '../../../../shared/model/story.ts';
import { parseEmail, parseEmailBytes } from '../../../../shared/wire/parse-email.ts';
import type { WireError } from '../../../../shared/wire/types.ts';
import { decodedText, expectAnswer, expectSound, onlyStory } from '../ninjs/support.ts';

const encoder = new TextEncoder();

/** A mail as bytes, CRLF line ends as on the wire; `parts` may hold raw bytes in other charsets. */
function mailBytes(...parts: Array<string | Uint8Array>): Uint8Array {
  const chunks = parts.map((p) => (typeof p === 'string' ? encoder.encode(p.replace(/\r?\n/g, '\r\n')) : p));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** As parseWire will call it: the file decoded first. Checked against the exact byte reading. */
function read(...parts: Array<string | Uint8Array>): WireStory {
  const bytes = mailBytes(...parts);
  const story = onlyStory(parseEmail(decodedText(bytes)));
  expectSound(story);
  return story;
}

function rejected(...parts: Array<string | Uint8Array>): WireError {
  const result = parseEmail(decodedText(mailBytes(...parts)));
  if (result.ok) throw new Error('read a story');
  return result.error;
}

const HEAD = `From: Desk <desk@example-newsroom.com>
To: wire@example-newsroom.com
Date: Wed, 3 Nov 2021 09:00:00 +0000
Message-ID: <test-1@example-newsroom.com>
`;

describe('who sent the mail', () => {
  it('an agency mailing another agency\'s copy is its distributor', () => {
    const story = read(`From: AAP Newswire <newswire@aap.com.au>
Subject: Lagarde pushes back on rate hike bets
Date: Wed, 3 Nov 2021 21:00:00 +1100
Content-Type: text/plain; charset=us-ascii

FRANKFURT, Nov 3 (Reuters) - The European Central Bank is very unlikely to raise rates next year, its president said.
`);
    expect(story.provider).toBe('Reuters');
    expect(story.distributor).toBe('AAP');
  });

  it('copy that names no agency takes it from a sender Copydesk knows, and says so', () => {
    const story = read(`From: "dpa Nachrichten" <service@dpa.com>
Subject: Bahn erhoeht Preise
Date: Wed, 3 Nov 2021 10:00:00 +0100

Die Bahn erhoeht zum Fahrplanwechsel die Preise im Fernverkehr um durchschnittlich 1,9 Prozent.
`);
    expect(story.provider).toBe('dpa');
    expect(story.warnings).toContain('The copy names no agency; it was taken from the mail\'s sender ("dpa Nachrichten" <service@dpa.com>).');
    expect(story.warnings.join(' ')).not.toMatch(/No agency found/);
  });
});

describe('the headline', () => {
  it('reply and forward prefixes come off the subject', () => {
    expect(read(`${HEAD}Subject: Re: FW: AW: Storm closes ports\n\nPorts along the coast were closed on Wednesday as the storm approached.\n`).headline).toBe('Storm closes ports');
  });

  it('a short first line that is not the subject, without a dateline, stays in the copy', () => {
    const story = read(`${HEAD}Subject: Storm closes ports\n\nHello desk\n\nPorts along the coast were closed on Wednesday as the storm approached.\n`);
    expect(story.headline).toBe('Storm closes ports');
    expect(story.body).toEqual(['Hello desk', 'Ports along the coast were closed on Wednesday as the storm approached.']);
  });

  it('a first line repeating the subject is not kept twice', () => {
    const story = read(`${HEAD}Subject: Storm closes ports\n\nStorm closes ports\n\nHAMBURG (dpa) - Ports along the coast were closed on Wednesday.\n`);
    expect(story.headline).toBe('Storm closes ports');
    expect(story.body).toEqual(['HAMBURG (dpa) - Ports along the coast were closed on Wednesday.']);
  });

  it('with no subject and no headline in the copy, one is derived and the editor told', () => {
    const story = read(`${HEAD}\nPorts along the coast were closed on Wednesday as the storm approached. More follows.\n`);
    expect(story.headline).toBe('Ports along the coast were closed on Wednesday as the storm approached');
    expect(story.headlineDerived).toBe(true);
  });
});

describe('what the mail wraps around the copy', () => {
  it('a forwarded mail: the original subject, sender and date are the story\'s; the forwarder\'s note is set aside', () => {
    const story = read(`${HEAD}Subject: Fwd: please run this
Content-Type: text/plain; charset=utf-8

FYI, for the evening edition.

---------- Forwarded message ---------
From: EFE Noticias <noticias@efe.com>
Date: Tue, 2 Nov 2021 18:30:00 +0100
Subject: Lluvias torrenciales en Valencia
To: clientes@efe.com

VALENCIA, 2 nov (EFE).- Las lluvias torrenciales obligaron este martes a cortar varias carreteras.
`);
    expect(story.headline).toBe('Lluvias torrenciales en Valencia');
    expect(story.versionCreated).toBe('2021-11-02T18:30:00+01:00');
    expect(story.provider).toBe('EFE');
    expect(story.body).toEqual(['VALENCIA, 2 nov (EFE).- Las lluvias torrenciales obligaron este martes a cortar varias carreteras.']);
    expect(story.removed[0]).toEqual({ kind: 'boilerplate', text: 'FYI, for the evening edition.' });
    expect(story.warnings).toContain("The mail forwards the copy; the forwarder's own note was set aside.");
  });

  it('a confidentiality footer under a rule is set aside even without a signature', () => {
    const story = read(`${HEAD}Subject: Storm closes ports\n\nPorts along the coast were closed on Wednesday.\n\n_______________\nThe information contained in this email is confidential and intended only for the addressee.\n`);
    expect(story.body).toEqual(['Ports along the coast were closed on Wednesday.']);
    expect(story.removed).toEqual([
      { kind: 'separator', text: '_______________' },
      { kind: 'boilerplate', text: 'The information contained in this email is confidential and intended only for the addressee.' },
    ]);
  });

  it('format=flowed lines are joined, and space-stuffing undone', () => {
    const story = read(`${HEAD}Subject: Flowed\nContent-Type: text/plain; charset=utf-8; format=flowed\n\nPorts along the coast were closed on \nWednesday as the storm approached. \n From the harbour master's office.\n\nSecond paragraph.\n`);
    expect(story.body).toEqual(["Ports along the coast were closed on Wednesday as the storm approached. From the harbour master's office.", 'Second paragraph.']);
  });

  it('hard-wrapped text keeps its blank-line paragraphs', () => {
    const story = read(`${HEAD}Subject: Wrapped\n\nLONDON (Reuters) - Britain's economy grew more slowly than expected in the\nthird quarter as supply chain problems weighed on output, official data\nshowed on Thursday.\n\nThe figures add to pressure on the Bank of England.\n`);
    expect(story.body).toEqual([
      "LONDON (Reuters) - Britain's economy grew more slowly than expected in the third quarter as supply chain problems weighed on output, official data showed on Thursday.",
      'The figures add to pressure on the Bank of England.',
    ]);
  });
});

describe('MIME structure', () => {
  it('an HTML-only mail is read as text: scripts and styles never reach the copy', () => {
    const story = read(`${HEAD}Subject: HTML only\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n<html><head><style>p{x:y}</style></head><body><p>ROME (ANSA) - Il governo ha approvato la manovra.</p><script>alert(1)</script><p>Secondo paragrafo =E2=80=93 fine.</p></body></html>\n`);
    expect(story.body).toEqual(['ROME (ANSA) - Il governo ha approvato la manovra.', 'Secondo paragrafo – fine.']);
    expect(story.provider).toBe('ANSA');
    expect(story.warnings).toContain("Left out of the mail's HTML: a script.");
  });

  it('a boundary that is the prefix of a nested one is not confused with it', () => {
    const story = read(`${HEAD}Subject: Nested\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: multipart/alternative; boundary="b-alt"\n\n--b-alt\nContent-Type: text/plain\n\nThe plain copy.\n--b-alt\nContent-Type: text/html\n\n<p>The HTML copy.</p>\n--b-alt--\n--b\nContent-Type: text/csv; name="table.csv"\n\na,b\n--b--\n`);
    expect(story.body).toEqual(['The plain copy.']);
    expect(story.warnings).toContain('Not read (attachments and other parts): “table.csv” (text/csv, 3 bytes).');
  });

  it('a mail cut short before its closing boundary is read, and the editor told', () => {
    const story = read(`${HEAD}Subject: Cut\nContent-Type: multipart/alternative; boundary=XYZ\n\n--XYZ\nContent-Type: text/plain\n\nWhat arrived of the copy.\n`);
    expect(story.body).toEqual(['What arrived of the copy.']);
    expect(story.warnings).toContain('A multipart section ends without its closing boundary (the mail may be cut short).');
  });

  it('a mail that only carries an attached message is read from that message', () => {
    const story = read(`${HEAD}Subject: Fwd: original\nContent-Type: multipart/mixed; boundary=OUT\n\n--OUT\nContent-Type: message/rfc822\n\nFrom: AFP <desk@afp.com>\nSubject: =?utf-8?Q?S=C3=A9isme_au_Japon?=\nDate: Wed, 3 Nov 2021 06:00:00 +0000\nMessage-ID: <inner@afp.com>\n\nTOKYO, 3 nov 2021 (AFP) - Un séisme a secoué mercredi le nord du Japon.\n--OUT--\n`);
    expect(story.headline).toBe('Séisme au Japon');
    expect(story.uri).toBe('mid:inner@afp.com');
    expect(story.warnings).toContain('The mail only carries an attached message; the story was read from that message.');
  });

  it('a mail with nothing but an attachment is no story, and says what it holds', () => {
    expect(rejected(`${HEAD}Subject: Results\nContent-Type: application/pdf; name="results.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n`)).toEqual({
      code: 'no-story',
      message: 'the mail has no text to read, only “results.pdf” (application/pdf, 9 bytes)',
    });
  });

  it('text with no mail headers is malformed as a mail', () => {
    expect(rejected('Just a line of text\n\nand another\n')).toEqual({ code: 'malformed', message: 'the file does not start with mail headers' });
  });

  it('a mail saved as UTF-16 is read from its decoded text', () => {
    const text = `\uFEFF${HEAD}Subject: Sauvegard\u00e9\n\nLe caf\u00e9 est pr\u00eat.\n`;
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      utf16[i * 2] = text.charCodeAt(i) & 0xff;
      utf16[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const story = onlyStory(parseEmailBytes(utf16));
    expect(story.headline).toBe('Sauvegardé');
    expect(story.body).toEqual(['Le café est prêt.']);
  });

  it('mbox "From " lines and blank lines before the headers are skipped', () => {
    expect(read(`\nFrom desk@example.com Wed Nov  3 09:00:00 2021\n${HEAD}Subject: Mbox\n\nThe copy.\n`).headline).toBe('Mbox');
  });

  it('nesting a thousand multiparts deep is bounded: an answer, not a stack overflow', () => {
    const depth = 1000;
    let body = 'Deep text.\n';
    for (let i = depth; i > 0; i--) body = `Content-Type: multipart/mixed; boundary=b${i}\n\n--b${i}\n${body}\n--b${i}--\n`;
    expectAnswer(parseEmail(decodedText(mailBytes(`${HEAD}Subject: Deep\n${body}`))));
  });
});

describe('charsets in a file that was decoded before the mail parser saw it', () => {
  const latinPart = (charset: string, bytes: number[]) =>
    mailBytes(`${HEAD}Subject: Accents\nContent-Type: text/plain; charset=${charset}\nContent-Transfer-Encoding: 8bit\n\n`, Uint8Array.from(bytes), '\n');
  // "Le café est prêt." in Latin-1
  const CAFE_LATIN1 = [0x4c, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x65, 0x73, 0x74, 0x20, 0x70, 0x72, 0xea, 0x74, 0x2e];

  it('an 8-bit Latin-1 part: the file fell back to Windows-1252, and the text is right', () => {
    const bytes = latinPart('iso-8859-1', CAFE_LATIN1);
    expect(onlyStory(parseEmail(decodedText(bytes))).body).toEqual(['Le café est prêt.']);
    expect(onlyStory(parseEmailBytes(bytes)).body).toEqual(['Le café est prêt.']);
  });

  it('a UTF-8 file whose text only holds Latin-1 letters reads the same as the Windows-1252 file would, with no false alarm', () => {
    const bytes = mailBytes(`${HEAD}Subject: Accents\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nLe café est prêt.\n`);
    const story = onlyStory(parseEmail(decodedText(bytes)));
    expect(story.body).toEqual(['Le café est prêt.']);
    expect(story.warnings.join(' ')).not.toMatch(/UTF-8/);
  });

  it('a part mislabelled UTF-8: from the raw bytes Copydesk can tell, and says so', () => {
    const bytes = latinPart('utf-8', CAFE_LATIN1);
    expect(onlyStory(parseEmail(decodedText(bytes))).body).toEqual(['Le café est prêt.']);
    const exact = onlyStory(parseEmailBytes(bytes));
    expect(exact.body).toEqual(['Le café est prêt.']);
    expect(exact.warnings).toContain('The text part says UTF-8 but is not valid UTF-8; it was read as Windows-1252.');
  });

  it('a part mislabelled Latin-1 that is really UTF-8 is read as UTF-8, and said', () => {
    const bytes = mailBytes(`${HEAD}Subject: Accents\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\nKRAKÓW (PAP) - Pociąg z Łodzi przyjechał — „punktualnie”.\n`);
    for (const story of [onlyStory(parseEmail(decodedText(bytes))), onlyStory(parseEmailBytes(bytes))]) {
      expect(story.body).toEqual(['KRAKÓW (PAP) - Pociąg z Łodzi przyjechał — „punktualnie”.']);
      expect(story.warnings).toContain('The text part says iso-8859-1 but its bytes are UTF-8; it was read as UTF-8.');
    }
  });

  it('the same with only Latin-1 letters: the text is right either way; only the raw bytes show the label was wrong', () => {
    const bytes = mailBytes(`${HEAD}Subject: Accents\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\nZürich — “café”.\n`);
    expect(onlyStory(parseEmail(decodedText(bytes))).body).toEqual(['Zürich — “café”.']);
    const exact = onlyStory(parseEmailBytes(bytes));
    expect(exact.body).toEqual(['Zürich — “café”.']);
    expect(exact.warnings).toContain('The text part says iso-8859-1 but its bytes are UTF-8; it was read as UTF-8.');
  });
});
