import { describe, expect, it } from 'vitest';
import { parseNewsml12 } from '../../../../shared/wire/parse-newsml12.ts';
import { errorOf, expectValid, fixture, onlyStory, sample, storiesOf } from './support.ts';

describe('the AFP NewsML 1.2 sample', () => {
  const read = () => onlyStory(parseNewsml12(sample('newsml12/afp.com_newsml1.2_sample.xml')));

  it('is one story whose uri is the PublicIdentifier without its revision, and whose version is the revision', () => {
    const story = read();
    expectValid(story);
    expect(story.format).toBe('newsml-1.2');
    expect(story.uri).toBe('urn:newsml:afp.com:20210516T080625Z:TX-PAR-WGF71');
    expect(story.version).toBe(1);
    expect(story.pubStatus).toBe('usable');
    expect(story.urgency).toBe(4);
    expect(story.firstCreated).toBe('2021-05-16T08:06:25+00:00');
    expect(story.versionCreated).toBe('2021-05-16T08:06:25+00:00');
  });

  it('takes headline, NameLabel slug, the Creator as byline and the DateLine apart', () => {
    const story = read();
    expect(story.headline).toBe('Israel strikes key Hamas targets as UN Security Council to meet');
    expect(story.headlineDerived).toBe(false);
    expect(story.slugline).toBe('Israel-Palestinians-conflict');
    expect(story.byline).toBe('Adel Zaanoun with Guillaume Lavallee in Jerusalem');
    expect(story.dateline).toEqual({
      text: 'Gaza City, Palestinian Territories, May 16, 2021 (AFP) -',
      place: 'Gaza City, Palestinian Territories',
      date: '2021-05-16',
      agency: 'AFP',
    });
    expect(story.provider).toBe('AFP');
    expect(story.language).toBe('en');
  });

  it('reads the advisory line as the editorial note and the Update genre as a signal', () => {
    const story = read();
    expect(story.edNote).toBe('RECASTS with attack on Hamas targets, RAISES Gaza death toll, UPDATES throughout');
    expect(story.signals).toEqual(['update']);
    expect(story.subjects).toEqual(['subj:16000000', 'subj:16002000', 'subj:02003000', 'subj:11000000', 'subj:02000000', 'subj:02003001', 'Israel', 'Palestinians', 'conflict']);
  });

  it('reads the inline NITF body: paragraphs and subheads, the desk initials set aside', () => {
    const story = read();
    expect(story.body).toHaveLength(41);
    expect(story.body[0]).toBe(
      "Israel's army said Sunday it had bombed the home of the political leader of Islamist group Hamas in the Gaza Strip, as the UN Security Council was to meet amid global alarm about the escalating conflict.",
    );
    expect(story.body[10]).toBe('- Media offices destroyed -');
    expect(story.body[40]).toMatch(/^Pro-Palestinian demonstrators have repeatedly staged protests across the world/);
    expect(story.signoff).toBe('bur-dar-gl/fz');
    expect(story.removed).toEqual([{ kind: 'signoff', text: 'bur-dar-gl/fz' }]);
    // The photo keywords (Role="PersonInImage") are not the story's subjects.
    expect(story.subjects).not.toContain('Joe Biden');
  });
});

describe('an EFE NewsML 1.2 message with two items', () => {
  const stories = () => storiesOf(parseNewsml12(fixture('efe-newsml12-two-items.xml')));

  it('gives one story per NewsItem, each with valid ninjs, and reports no photo as a story', () => {
    const result = parseNewsml12(fixture('efe-newsml12-two-items.xml'));
    expect(storiesOf(result)).toHaveLength(2);
    for (const story of stories()) expectValid(story);
    if (result.ok) expect(result.notes).toBeUndefined();
  });

  it('reads NewsLines: headline, "Por" byline, slug, copyright and rights lines, advisory', () => {
    const story = stories()[0];
    expect(story?.headline).toBe('El Gobierno aprueba el anteproyecto de ley de vivienda');
    expect(story?.byline).toBe('Lucía Martín');
    expect(story?.slugline).toBe('ESPAÑA VIVIENDA');
    expect(story?.copyright).toBe('© EFE 2021');
    expect(story?.usageTerms).toBe('Está expresamente prohibida la redistribución y la redifusión de este contenido sin su previo y expreso consentimiento.');
    expect(story?.edNote).toBe('Amplía con declaraciones de la ministra');
    expect(story?.language).toBe('es');
    expect(story?.provider).toBe('EFE');
  });

  it('makes revision 2 of the item version 2 of the same uri, an update', () => {
    const story = stories()[0];
    expect(story?.uri).toBe('urn:newsml:efe.com:20211103:46123987');
    expect(story?.version).toBe(2);
    expect(story?.signals).toEqual(['update']);
    expect(story?.firstCreated).toBe('2021-11-03T09:30:00+01:00');
    expect(story?.versionCreated).toBe('2021-11-03T10:45:00+01:00');
  });

  it("completes the dateline from the lead and sets aside EFE's sign-off and desk initials", () => {
    const story = stories()[0];
    expect(story?.dateline).toEqual({ text: 'Madrid, 3 nov (EFE).-', place: 'Madrid', date: '2021-11-03', agency: 'EFE' });
    expect(story?.body).toEqual([
      'Madrid, 3 nov (EFE).- El Consejo de Ministros ha aprobado este martes el anteproyecto de ley por el derecho a la vivienda, que permitirá limitar las subidas del alquiler en las zonas declaradas tensionadas.',
      '"Es una ley que pone a las personas en el centro", ha afirmado la ministra en la rueda de prensa posterior.',
      'El texto iniciará ahora su tramitación parlamentaria.',
    ]);
    expect(story?.signoff).toBe('EFE\nlm/jlm');
  });

  it('reads a Canceled item as a kill, its plain-text notice as the body', () => {
    const kill = stories()[1];
    expect(kill?.pubStatus).toBe('canceled');
    expect(kill?.signals).toContain('kill');
    expect(kill?.uri).toBe('urn:newsml:efe.com:20211102:46119001');
    expect(kill?.version).toBe(2);
    expect(kill?.urgency).toBe(1);
    expect(kill?.headline).toBe('ANULADA: Incendio en una nave industrial de Getafe');
    expect(kill?.provider).toBe('EFE');
    expect(kill?.body).toEqual([
      'EFE anula la noticia "Incendio en una nave industrial de Getafe", transmitida a las 18.10 horas, por contener datos erróneos.',
      'Rogamos no la utilicen.',
    ]);
  });
});

describe('NewsML 1.2 edge cases', () => {
  it('builds the identity from NewsIdentifier parts when there is no PublicIdentifier, and reads an embargo', () => {
    const xml = `<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>afp.com</ProviderId><DateId>20211103</DateId><NewsItemId>TX-1</NewsItemId><RevisionId>3</RevisionId></NewsIdentifier></Identification>
      <NewsManagement><Status FormalName="Embargoed"/><StatusWillChange><FutureStatus FormalName="Usable"/><DateAndTime>20211104T060000Z</DateAndTime></StatusWillChange></NewsManagement>
      <NewsComponent><NewsLines><HeadLine>Embargoed report</HeadLine></NewsLines><ContentItem><DataContent><p>Text.</p></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>`;
    const story = onlyStory(parseNewsml12(xml));
    expect(story.uri).toBe('urn:newsml:afp.com:20211103:TX-1');
    expect(story.version).toBe(3);
    expect(story.pubStatus).toBe('usable');
    expect(story.embargoedUntil).toBe('2021-11-04T06:00:00Z');
    expect(story.body).toEqual(['Text.']);
  });

  it('reports a message of photos only as holding no text story', () => {
    const xml = `<NewsML><NewsItem><Identification><NewsIdentifier><PublicIdentifier>urn:newsml:afp.com:20211103:PH-1:1</PublicIdentifier></NewsIdentifier></Identification>
      <NewsComponent><ContentItem Href="x.jpg"><MediaType FormalName="Photo"/></ContentItem></NewsComponent></NewsItem></NewsML>`;
    expect(errorOf(parseNewsml12(xml))).toEqual({
      code: 'no-story',
      message: 'the NewsML 1.2 message holds no text story: a NewsML 1.2 news item (urn:newsml:afp.com:20211103:PH-1:1) holding photo, not a text story',
    });
  });

  it('refuses XML of another format', () => {
    expect(errorOf(parseNewsml12('<nitf/>')).code).toBe('unsupported-format');
  });
});
