import type { Dateline } from '../model/story.ts';
import { knownAgency } from './agencies.ts';
import { isoDate, parseDatelineDay, placeName, type DatelineLead } from './dateline.ts';

// "LOS ANGELES, March 10 AAP – …": AAP (and agencies copying its style) print the
// agency without brackets. Without brackets anything could pass for an agency,
// so only a place in capitals followed by an agency Copydesk knows is accepted.
const BARE_LEAD = /^([\p{Lu}][\p{Lu}\p{M}\d .'’-]{0,50}?)(?:,\s*([\p{L}\d .]{3,24}?))?\s+([\p{L}-]{2,16})\s+([-–—]{1,2})\s+/u;

/** A dateline without brackets around the agency, e.g. AAP's "LOS ANGELES, March 10 AAP –". */
export function parseBareDatelineLead(paragraph: string): DatelineLead | undefined {
  const m = BARE_LEAD.exec(paragraph.slice(0, 120));
  if (!m) return undefined;
  const place = (m[1] as string).trim();
  const agency = knownAgency(m[3] as string);
  if (agency === undefined || place !== place.toUpperCase() || !/\p{Lu}{2}/u.test(place)) return undefined;
  const day = m[2] === undefined ? undefined : parseDatelineDay(m[2]);
  if (m[2] !== undefined && day === undefined) return undefined;
  const rest = paragraph.slice(m[0].length);
  if (rest.trim() === '') return undefined;
  const dateline: Dateline = { text: m[0].trim(), place: placeName(place), agency };
  if (day?.year !== undefined) dateline.date = isoDate(day, day.year);
  const lead: DatelineLead = { dateline, rest };
  if (day) lead.day = day;
  return lead;
}
