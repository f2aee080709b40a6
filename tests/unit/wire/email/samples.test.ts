import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WireStory } from '../../../../shared/model/story.ts';
import { parseEmail, parseEmailBytes } from '../../../../shared/wire/parse-email.ts';
import { decodedText, emailSamples, expectSound, onlyStory } from '../ninjs/support.ts';

/** The sample read as parseWire would (decoded text), checked against the byte-exact reading. */
function sample(name: string): WireStory {
  const bytes = readFileSync(path.join(emailSamples, name));
  const story = onlyStory(parseEmail(decodedText(bytes)));
  expectSound(story);
  expect(onlyStory(parseEmailBytes(bytes))).toEqual(story);
  return story;
}

describe('AAP copy mailed from Apple Mail (odd_charset_email.txt)', () => {
  const story = sample('odd_charset_email.txt');

  it('takes the headline from the copy\'s "Headline:" label, not the unrelated subject', () => {
    expect(story.headline).toBe('Senden defends but Scott favourite');
    expect(story.headlineDerived).toBe(false);
    // The subject is a raw ’ inside a windows-1252 encoded word; it is read, and the editor told it was not used.
    expect(story.warnings).toContain('The mail\'s subject (“TravTalk’s Special for TAAI convention”) differs from the headline in the copy, which was used.');
  });

  it('reads AAP\'s front: slug above the byline, routing code set aside, abstract kept beside the story', () => {
    expect(story.slugline).toBe('Gol PGA');
    expect(story.byline).toBe('Ben Everill');
    expect(story.removed.slice(0, 2)).toEqual([
      { kind: 'boilerplate', text: 'SDA' },
      { kind: 'boilerplate', text: 'Abstract: John Senden defends his Valspar Championship this week but countryman Adam Scott is getting the headlines.' },
    ]);
    expect(story.warnings).toContain('Set aside as routing codes above the headline: “SDA”.');
  });

  it('reads AAP\'s bracketless dateline, dated with the year the mail was sent', () => {
    expect(story.dateline).toEqual({ text: 'LOS ANGELES, March 10 AAP –', place: 'Los Angeles', agency: 'AAP', date: '2015-03-10' });
    expect(story.provider).toBe('AAP');
  });

  it('decodes the quoted-printable Windows-1252 text part: curly quotes and dashes, one paragraph per line', () => {
    expect(story.body).toHaveLength(17);
    expect(story.body[0]).toBe(
      'LOS ANGELES, March 10 AAP – Adam Scott is hoping to live up to his favourite tag as he searches for more competitive reps in his Masters preparations.',
    );
    expect(story.body[5]).toMatch(/^“I think it's a good little stretch for me to challenge myself into a bit of form into Augusta,” Scott said/);
    expect(story.body[16]).toBe('Robert Allenby, Steven Bowditch, Marc Leishman, Greg Chalmers and Rod Pampling are also in the field.');
    expect(story.body.join(' ')).not.toMatch(/=\n|=[0-9A-F]{2}|<span|MsoNormal/);
  });

  it('ends the copy at the desk sign-off "AAP be/": signature, rule and confidentiality footer set aside', () => {
    expect(story.signoff).toBe('AAP be/');
    expect(story.removed.slice(2)).toEqual([
      { kind: 'signoff', text: 'AAP be/' },
      {
        kind: 'boilerplate',
        text: 'Ben Everill\nGolf Writer\nAustralian Associated Press - US PGA Tour\nPh USA: +1 310 699 0500\nPh AUS: +61 2 8003 3164\nTwitter: @beneverill\nSkype: ben.everill',
      },
      { kind: 'separator', text: '________________________________' },
      { kind: 'boilerplate', text: 'This email may contain information that is confidential. If you receive an email in error please delete it immediately.' },
    ]);
  });

  it('takes the uri from the Message-ID and the time from the Date header', () => {
    expect(story.uri).toBe('mid:7173E056-46C9-4D5A-A851-9FC2C587C691@gmail.com');
    expect(story.versionCreated).toBe('2015-03-10T14:17:01-07:00');
    expect(story.pubStatus).toBe('usable');
    expect(story.format).toBe('email');
  });
});

describe('a plain test message (simple_email.txt)', () => {
  const story = sample('simple_email.txt');

  it('the subject is the headline; the text part (not the HTML one) is the body; the "-- " signature is cut', () => {
    expect(story.headline).toBe('Test message 1234');
    expect(story.headlineDerived).toBe(false);
    expect(story.body).toEqual(['body text']);
  });

  it('folded and CRLF headers are read: Date with offset, Message-ID as a mid: URI', () => {
    expect(story.versionCreated).toBe('2015-02-19T17:18:40+11:00');
    expect(story.pubStatus).toBe('usable');
    expect(story.uri).toBe('mid:CAHU3GgVHd6C_RSMQXvOhr6V-Ya0LwdBkqpbZ_qUwGF8JvhrQVg@mail.gmail.com');
  });

  it('says that the sender is no agency Copydesk knows', () => {
    expect(story.provider).toBeUndefined();
    expect(story.warnings).toContain('The mail came from a sender <asender@a.com.au>, which Copydesk does not know as an agency or distributor.');
  });
});
