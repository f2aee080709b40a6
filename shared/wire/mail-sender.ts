import { agencyMentionedIn, knownAgency } from './agencies.ts';

/** Who sent a mail: the From header, decoded. */
export interface MailSender {
  /** As the header reads, e.g. "AAP Sport <sport@aap.com.au>". */
  text: string;
  name?: string;
  address?: string;
}

/** Mail domains of agencies and wire distributors → the name Copydesk uses for them. */
const DOMAINS: ReadonlyArray<readonly [string, string]> = [
  ['ap.org', 'AP'], ['apnews.com', 'AP'], ['reuters.com', 'Reuters'], ['thomsonreuters.com', 'Reuters'], ['afp.com', 'AFP'],
  ['efe.com', 'EFE'], ['efe.es', 'EFE'], ['dpa.com', 'dpa'], ['dpa.de', 'dpa'], ['ansa.it', 'ANSA'], ['aap.com.au', 'AAP'],
  ['pa.media', 'PA'], ['pressassociation.com', 'PA'], ['ntb.no', 'NTB'], ['stt.fi', 'STT'], ['tt.se', 'TT'], ['ritzau.dk', 'Ritzau'],
  ['europapress.es', 'Europa Press'], ['xinhua.net', 'Xinhua'], ['news.cn', 'Xinhua'], ['kyodonews.jp', 'Kyodo'], ['yna.co.kr', 'Yonhap'],
  ['upi.com', 'UPI'], ['bloomberg.net', 'Bloomberg'], ['bloomberg.com', 'Bloomberg'], ['lusa.pt', 'Lusa'], ['anp.nl', 'ANP'],
  ['belga.be', 'Belga'], ['apa.at', 'APA'], ['keystone-sda.ch', 'Keystone-SDA'], ['pap.pl', 'PAP'], ['ctk.cz', 'ČTK'], ['mti.hu', 'MTI'],
  ['aa.com.tr', 'Anadolu'], ['ptinews.com', 'PTI'], ['epd.de', 'epd'], ['agi.it', 'AGI'], ['adnkronos.com', 'Adnkronos'],
  ['kna.de', 'KNA'], ['tass.ru', 'TASS'], ['tass.com', 'TASS'], ['interfax.ru', 'Interfax'], ['thecanadianpress.com', 'CP'],
];

/** "Name <addr>", "addr (Name)", or a bare address. */
export function parseSender(value: string): MailSender {
  const text = value.slice(0, 2000).replace(/\s+/g, ' ').trim();
  const sender: MailSender = { text };
  const angle = /^(.*?)<([^<>\s]{1,320})>/.exec(text);
  if (angle) {
    const name = (angle[1] as string).trim().replace(/^"(.*)"$/, '$1').trim();
    if (name !== '') sender.name = name;
    sender.address = angle[2] as string;
    return sender;
  }
  const comment = /^([^\s()<>]{1,320}@[^\s()<>]{1,255})\s*(?:\((.{1,200})\))?$/.exec(text);
  if (comment) {
    sender.address = comment[1] as string;
    if (comment[2] !== undefined && comment[2].trim() !== '') sender.name = comment[2].trim();
  }
  return sender;
}

/** The agency or distributor a sender stands for, by display name or mail domain, when Copydesk knows it. */
export function agencyOfSender(sender: MailSender): string | undefined {
  if (sender.name !== undefined) {
    const byName = knownAgency(sender.name) ?? agencyMentionedIn(sender.name);
    if (byName !== undefined) return byName;
  }
  const host = sender.address?.split('@')[1]?.toLowerCase().replace(/\.$/, '');
  if (host === undefined) return undefined;
  return DOMAINS.find(([domain]) => host === domain || host.endsWith(`.${domain}`))?.[1];
}
