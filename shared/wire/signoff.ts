import { KNOWN_AGENCIES } from './agencies.ts';

/** Agencies that close their copy with their own name, sometimes followed by desk initials ("dpa grj rmo", "EFE abc/xyz"). */
const SIGNING_AGENCIES = ['EFE', 'AFP', 'dpa', 'ANSA', 'Xinhua', 'Europa Press', 'Lusa', 'Notimex', 'Prensa Latina', 'KNA', 'epd', 'APA', 'SDA'];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const INITIALS = String.raw`(?:[ /][a-z]{1,4}){0,4}`;

function agencyAlternatives(agency: string | undefined): string {
  const names = new Set<string>(SIGNING_AGENCIES);
  if (agency !== undefined && agency.trim() !== '') names.add(agency.trim());
  return [...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** Patterns per dateline agency, built once: a wire batch has a handful of agencies and thousands of stories. */
const patternCache = new Map<string, { paragraph: RegExp; atEnd: RegExp }>();

function agencyPatterns(agency: string | undefined): { paragraph: RegExp; atEnd: RegExp } {
  const key = agency ?? '';
  let patterns = patternCache.get(key);
  if (!patterns) {
    const names = agencyAlternatives(agency);
    patterns = {
      paragraph: new RegExp(String.raw`^(?:${names})${INITIALS}\.?$`),
      atEnd: new RegExp(String.raw`([.!?…"”’»)])\s+((?:${names})${INITIALS})\.?$`),
    };
    if (patternCache.size < 64) patternCache.set(key, patterns);
  }
  return patterns;
}

const CREDIT_WORDS = String.raw`(?:Reporting|Additional reporting|Writing|Editing|Compiled|Research|Reported|Translated|Graphics)\b`;
const CREDIT_BODY = String.raw`\(${CREDIT_WORDS}[^()]*(?:\([^()]*\)[^()]*)*\)`;
const CREDIT_PARAGRAPH = new RegExp(String.raw`^${CREDIT_BODY}$`, 'i');
const CREDIT_AT_END = new RegExp(String.raw`([.!?…"”’»)])\s+(${CREDIT_BODY})$`, 'i');

/** The longest tail a sign-off can occupy; end-anchored patterns only ever see this much. */
const TAIL = 400;

/** True when the whole paragraph is a sign-off: "EFE", "dpa grj rmo", "(Reporting by …; Editing by …)". */
export function isSignoffParagraph(paragraph: string, agency: string | undefined): boolean {
  if (paragraph.length > TAIL) return false;
  if (CREDIT_PARAGRAPH.test(paragraph)) return true;
  return agencyPatterns(agency).paragraph.test(paragraph);
}

/**
 * Splits a sign-off off the end of a paragraph: "… the Afghan people. EFE" or
 * "… the ministry said. (Reporting by …; Editing by …)". Only after a sentence
 * end, so "… told the AP" stays in the story.
 */
export function splitTrailingSignoff(paragraph: string, agency: string | undefined): { text: string; signoff: string } | undefined {
  const offset = Math.max(0, paragraph.length - TAIL);
  const tail = paragraph.slice(offset);
  for (const pattern of [CREDIT_AT_END, agencyPatterns(agency).atEnd]) {
    const m = pattern.exec(tail);
    if (m) {
      const cut = offset + m.index + (m[1] as string).length;
      return { text: paragraph.slice(0, cut).trimEnd(), signoff: (m[2] as string).trim() };
    }
  }
  return undefined;
}

/** The agency a sign-off names, if Copydesk knows it. */
export function agencyOfSignoff(signoff: string): string | undefined {
  return KNOWN_AGENCIES.find((a) => new RegExp(String.raw`^${escapeRegExp(a)}\b`).test(signoff));
}
