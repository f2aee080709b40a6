/**
 * News agencies as they print their own names in datelines and sign-offs.
 * Any capitalised name in a dateline's parentheses is accepted; this list lets
 * Copydesk also recognise lowercase names (dpa) and find the agency in a
 * sign-off or copyright line when the dateline has none.
 */
export const KNOWN_AGENCIES = [
  'EFE', 'Reuters', 'AP', 'AFP', 'dpa', 'ANSA', 'Europa Press', 'Xinhua', 'Kyodo', 'Yonhap', 'UPI',
  'Bloomberg', 'AAP', 'CP', 'PA', 'TASS', 'Interfax', 'Lusa', 'ANP', 'Belga', 'TT', 'NTB', 'STT',
  'Ritzau', 'SDA', 'Keystone-SDA', 'APA', 'PAP', 'CTK', 'ČTK', 'MTI', 'Notimex', 'Télam', 'Anadolu',
  'PTI', 'IANS', 'KNA', 'epd', 'AGI', 'Adnkronos', 'Agencia Brasil', 'IPS', 'Prensa Latina', 'dpa-AFX',
] as const;

const KNOWN_LOWER = new Map(KNOWN_AGENCIES.map((a) => [a.toLowerCase(), a]));

/** The agency's usual spelling when Copydesk knows it, e.g. "DPA" → "dpa". */
export function knownAgency(name: string): string | undefined {
  return KNOWN_LOWER.get(name.trim().toLowerCase());
}

/** Names in copyright and credit lines that identify an agency. */
const AGENCY_MENTIONS: ReadonlyArray<{ pattern: RegExp; agency: string }> = [
  { pattern: /\bAgencia EFE\b|\bEFE\b/, agency: 'EFE' },
  // Before AP: "Australian Associated Press" also contains "Associated Press".
  { pattern: /\bAustralian Associated Press\b|\bAAP\b/, agency: 'AAP' },
  { pattern: /\bAssociated Press\b|\bAP\b/, agency: 'AP' },
  { pattern: /\bThomson Reuters\b|\bReuters\b/, agency: 'Reuters' },
  { pattern: /\bAgence France[- ]Presse\b|\bAFP\b/, agency: 'AFP' },
  { pattern: /\bDeutsche Presse-Agentur\b|\bdpa\b/i, agency: 'dpa' },
  { pattern: /\bANSA\b/, agency: 'ANSA' },
  { pattern: /\bEuropa Press\b/, agency: 'Europa Press' },
  { pattern: /\bXinhua\b/, agency: 'Xinhua' },
  { pattern: /\bKyodo\b/, agency: 'Kyodo' },
  { pattern: /\bYonhap\b/, agency: 'Yonhap' },
  { pattern: /\bUnited Press International\b|\bUPI\b/, agency: 'UPI' },
  { pattern: /\bAgência Lusa\b|\bLusa\b/, agency: 'Lusa' },
];

/** The agency a copyright or credit line names, if any. */
export function agencyMentionedIn(text: string): string | undefined {
  return AGENCY_MENTIONS.find(({ pattern }) => pattern.test(text))?.agency;
}
