import { Channel, type Licence } from '../model/licence.ts';

/**
 * The rights panel's plain-language line for a licence ("Web and print until
 * 31 Dec 2026 · no translation · credit: © 2021 EFE…"), and the words the
 * rights check's reasons share with it. English, dates in UTC.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DAY_MS = 86_400_000;
/** A licence ending within this many days is flagged in the rights panel. */
const EXPIRY_WARNING_DAYS = 30;

const CHANNEL_WORDS: Record<Channel, string> = {
  web: 'web',
  print: 'print',
  broadcast: 'broadcast',
  newsletter: 'newsletter',
  social: 'social',
  archive: 'archive',
};

/** "31 Dec 2026" for 2026-12-31; a day that is not one is shown as written. */
export function formatDay(day: string): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day);
  const month = parts ? MONTHS[Number(parts[2]) - 1] : undefined;
  if (!parts || month === undefined) return day;
  return `${Number(parts[3])} ${month} ${parts[1]}`;
}

/** "14 Mar 2026, 09:00 UTC". */
export function formatInstant(at: Date): string {
  const day = formatDay(at.toISOString().slice(0, 10));
  return `${day}, ${at.toISOString().slice(11, 16)} UTC`;
}

/** The calendar day (UTC) of an instant, YYYY-MM-DD. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function channelWord(channel: Channel): string {
  return CHANNEL_WORDS[channel];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Web", "Web and print", "Web, print and social": in the order the channel list gives them, whatever the licence's. */
export function channelList(channels: readonly Channel[]): string {
  const words = Channel.options.filter((c) => channels.includes(c)).map(channelWord);
  const last = words.pop() ?? '';
  return capitalise(words.length === 0 ? last : `${words.join(', ')} and ${last}`);
}

function countryList(countries: readonly string[]): string {
  return [...new Set(countries)].join(', ');
}

function periodPart(licence: Licence, now: Date | undefined): string {
  let text = channelList(licence.channels);
  if (now !== undefined && dayOf(now) < licence.validFrom) text += ` from ${formatDay(licence.validFrom)}`;
  if (licence.validTo !== null) text += ` until ${formatDay(licence.validTo)}`;
  return text;
}

function territoryPart(licence: Licence): string | null {
  const { mode, countries } = licence.territories;
  if (mode === 'include') return countries.length === 0 ? 'no countries listed' : `only in ${countryList(countries)}`;
  if (mode === 'exclude' && countries.length > 0) return `not in ${countryList(countries)}`;
  return null;
}

function excerptPart(licence: Licence): string | null {
  if (!licence.mayExcerpt) return null;
  return licence.maxExcerptWords === null ? 'excerpts allowed' : `excerpts up to ${licence.maxExcerptWords} words`;
}

/** The licence in one line, the credit last. `now` adds "from D Mon YYYY" when the licence has not started. */
export function describeLicence(licence: Licence, attribution: string, now?: Date): string {
  const parts = [
    periodPart(licence, now),
    territoryPart(licence),
    licence.mayModify ? null : 'no changes',
    licence.mayTranslate ? null : 'no translation',
    excerptPart(licence),
    licence.embargoHoldHours > 0 ? `hold ${licence.embargoHoldHours} h after transmission` : null,
    licence.killTakedownHours === null ? null : `take down within ${licence.killTakedownHours} h of a kill`,
    licence.monthlyCap === null ? null : `${licence.monthlyCap} ${licence.monthlyCap === 1 ? 'use' : 'uses'} a month`,
    `credit: ${attribution}`,
  ];
  return parts.filter((part): part is string => part !== null).join(' · ');
}

/** Whether the rights panel should warn: the licence's last day is within 30 days of now, or has passed. */
export function licenceExpiry(licence: Licence, now: Date): { expiresOn: string | null; expiresSoon: boolean } {
  if (licence.validTo === null) return { expiresOn: null, expiresSoon: false };
  const lastDay = Date.parse(`${licence.validTo}T00:00:00Z`);
  if (!Number.isFinite(lastDay)) return { expiresOn: null, expiresSoon: false };
  const today = Date.parse(`${dayOf(now)}T00:00:00Z`);
  const daysLeft = Math.round((lastDay - today) / DAY_MS);
  return daysLeft <= EXPIRY_WARNING_DAYS
    ? { expiresOn: licence.validTo, expiresSoon: true }
    : { expiresOn: null, expiresSoon: false };
}
