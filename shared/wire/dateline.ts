import type { Dateline } from '../model/story.ts';
import { knownAgency } from './agencies.ts';

/** A day and month as printed in a dateline; the year only when printed too. */
export interface DatelineDay {
  day: number;
  month: number;
  year?: number;
}

export interface DatelineLead {
  dateline: Dateline;
  /** The day the dateline names, before any year is known from elsewhere. */
  day?: DatelineDay;
  /** The lead paragraph after the dateline. */
  rest: string;
}

/** Month names and abbreviations in en, es, fr, de, it, pt, without diacritics. */
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['jan', 'january', 'ene', 'enero', 'janv', 'janvier', 'januar', 'jan', 'janner', 'gen', 'gennaio', 'janeiro'],
  ['feb', 'february', 'febrero', 'fevr', 'fev', 'fevrier', 'februar', 'febbraio', 'fevereiro'],
  ['mar', 'march', 'marzo', 'mars', 'marz', 'maerz', 'marco'],
  ['apr', 'april', 'abr', 'abril', 'avr', 'avril', 'aprile'],
  ['may', 'mayo', 'mai', 'mag', 'maggio', 'maio'],
  ['jun', 'june', 'junio', 'juin', 'juni', 'giu', 'giugno', 'junho'],
  ['jul', 'july', 'julio', 'juil', 'juillet', 'juli', 'lug', 'luglio', 'julho'],
  ['aug', 'august', 'ago', 'agosto', 'aout'],
  ['sep', 'sept', 'september', 'set', 'septiembre', 'setiembre', 'septembre', 'settembre', 'setembro'],
  ['oct', 'october', 'octubre', 'octobre', 'okt', 'oktober', 'ott', 'ottobre', 'out', 'outubro'],
  ['nov', 'november', 'noviembre', 'novembre', 'novembro'],
  ['dec', 'december', 'dic', 'diciembre', 'decembre', 'dez', 'dezember', 'dicembre', 'dezembro'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function makeDay(dayText: string, monthText: string, yearText: string | undefined): DatelineDay | undefined {
  const month = MONTHS[foldDiacritics(monthText)];
  const day = Number(dayText);
  const year = yearText === undefined ? undefined : Number(yearText);
  if (month === undefined || day < 1 || day > daysInMonth(month, year)) return undefined;
  return year === undefined ? { day, month } : { day, month, year };
}

const DAY_MONTH = /^(\d{1,2})\.?\s*(?:de\s+)?(\p{L}+)\.?(?:,?\s*(?:de\s+)?(\d{4}))?$/u;
const MONTH_DAY = /^(\p{L}+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?\.?(?:,?\s*(\d{4}))?$/u;

/** "3 nov", "Nov. 3", "3. November", "3 de noviembre de 2021", "November 3, 2021". */
export function parseDatelineDay(text: string): DatelineDay | undefined {
  const t = text.trim();
  const dm = DAY_MONTH.exec(t);
  if (dm) return makeDay(dm[1] as string, dm[2] as string, dm[3]);
  const md = MONTH_DAY.exec(t);
  if (md) return makeDay(md[2] as string, md[1] as string, md[3]);
  return undefined;
}

export function isoDate(day: DatelineDay, year: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(day.month)}-${pad(day.day)}`;
}

/** Words kept lowercase inside a place name written in capitals: "RIO DE JANEIRO" → "Rio de Janeiro". */
const PLACE_PARTICLES = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'la', 'le', 'el', 'of', 'the', 'and', 'y', 'e', 'am', 'an', 'der', 'upon', 'on', 'sur']);

function titleCase(segment: string): string {
  if (segment !== segment.toUpperCase() || !/\p{Lu}/u.test(segment)) return segment;
  let first = true;
  return segment.toLowerCase().replace(/\p{L}[\p{L}\p{M}'’]*/gu, (word) => {
    const keepLower = !first && PLACE_PARTICLES.has(word);
    first = false;
    return keepLower ? word : word.charAt(0).toUpperCase() + word.slice(1);
  });
}

/**
 * Agencies print the dateline's city in capitals by house style; the place's
 * name is mixed case. Each comma-separated part is judged on its own, so
 * "GROSSETO, Italy" becomes "Grosseto, Italy".
 */
export function placeName(printed: string): string {
  return printed.split(/(,\s*)/).map(titleCase).join('');
}

// "PLACE[, date] (AGENCY) <sep>": sep is ".-" (EFE), "-", "--", "–", "—" or ":".
const LEAD = /^(?:([^()\n]{1,80}?)\s*)?\(([^()\n]{1,40})\)\s*(\.\s*[-–—]{1,2}|[-–—]{1,2}|:)\s*/u;
const PLACE_TEXT = /^\p{Lu}[\p{L}\p{M}\d .,'’/-]*$/u;
const AGENCY_TEXT = /^\p{Lu}[\p{L}\p{M}\d&.'’]*(?:[ /-]\p{L}[\p{L}\p{M}\d&.'’]*){0,3}$/u;

/** A city (and region or country) as datelines print it: a few words, each capitalised or a particle. */
function looksLikePlace(place: string): boolean {
  return place.split(/\s*,\s*/).every((part) => {
    const words = part.split(/[\s-]+/).filter((w) => w !== '');
    return words.length >= 1 && words.length <= 5 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || PLACE_PARTICLES.has(w.toLowerCase()));
  });
}

function splitPlaceAndDay(pre: string): { place?: string; day?: DatelineDay } {
  const segments = pre.split(/\s*,\s*/).filter((s) => s !== '');
  for (const take of [2, 1]) {
    if (segments.length < take) continue;
    const day = parseDatelineDay(segments.slice(-take).join(', '));
    if (day) {
      const place = segments.slice(0, -take).join(', ');
      return place === '' ? { day } : { place, day };
    }
  }
  return { place: segments.join(', ') };
}

/**
 * Reads the dateline at the start of a lead paragraph: "Moscow (EFE).-",
 * "MADRID, 3 nov (EFE).-", "PARIS, Nov 3 (Reuters) -", "WASHINGTON (AP) —",
 * "BERLIN, 3. November (dpa) -", "(Reuters) -".
 */
export function parseDatelineLead(paragraph: string): DatelineLead | undefined {
  const m = LEAD.exec(paragraph.slice(0, 200));
  if (!m) return undefined;
  const pre = m[1]?.trim() ?? '';
  const agencyText = (m[2] as string).trim();
  if (pre !== '' && (!PLACE_TEXT.test(pre) || pre.split(/\s+/).length > 8 || pre.split(',').length > 4)) return undefined;
  const agency = knownAgency(agencyText) ?? (AGENCY_TEXT.test(agencyText) ? agencyText : undefined);
  if (agency === undefined) return undefined;
  const rest = paragraph.slice(m[0].length);
  if (rest.trim() === '') return undefined;

  const { place, day } = pre === '' ? {} : splitPlaceAndDay(pre);
  if (place !== undefined && !looksLikePlace(place)) return undefined;
  const dateline: Dateline = { text: m[0].trim(), agency };
  if (place !== undefined) dateline.place = placeName(place);
  if (day?.year !== undefined) dateline.date = isoDate(day, day.year);
  const lead: DatelineLead = { dateline, rest };
  if (day) lead.day = day;
  return lead;
}
