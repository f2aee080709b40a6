/**
 * A NewsML-G2 newsItem in the shape agencies send (bare newsItem, XHTML
 * body), for tests that need values only known at run time, such as an
 * embargo relative to now.
 */
export function newsMlG2Item(options: {
  guid: string;
  version: number;
  headline: string;
  paragraphs: string[];
  embargoedUntil?: Date;
  sent: Date;
}): string {
  const sent = options.sent.toISOString();
  const embargo = options.embargoedUntil ? `\n    <embargoed>${options.embargoedUntil.toISOString()}</embargoed>` : '';
  const paragraphs = options.paragraphs.map((p) => `        <p>${p}</p>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${options.guid}" version="${options.version}" standard="NewsML-G2" standardversion="2.29" conformance="power" xml:lang="en">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_36.xml"/>
  <rightsInfo>
    <copyrightHolder literal="Agence France-Presse"/>
    <copyrightNotice>Copyright 2024 AFP. All rights reserved.</copyrightNotice>
  </rightsInfo>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="AFP"/>
    <versionCreated>${sent}</versionCreated>
    <firstCreated>${sent}</firstCreated>
    <pubStatus qcode="stat:usable"/>${embargo}
  </itemMeta>
  <contentMeta>
    <urgency>4</urgency>
    <infoSource literal="AFP" role="cRole:origProv"/>
    <language tag="en"/>
    <slugline>${options.guid.split(':').at(-1)}</slugline>
    <headline>${options.headline}</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml">
      <head><title/></head>
      <body>
${paragraphs}
      </body>
      </html>
    </inlineXML>
  </contentSet>
</newsItem>
`;
}
