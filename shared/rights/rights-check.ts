import type { IntendedUse, Licence, RightsDecision, RightsReason } from '../model/licence.ts';
import type { PubStatus, StoryState } from '../model/story.ts';
import { attributionFor } from './attribution.ts';
import { channelList, channelWord, dayOf, formatDay, formatInstant } from './describe-licence.ts';
import type { StoryCredit } from './licence-match.ts';
import { rankLicences } from './rank-licences.ts';

/**
 * The rights check: may this story be used this way, under the licences that
 * cover it? The story's own restrictions (kill, hold, embargo) always win;
 * among the licences, the most permissive one that allows the use applies.
 */

export interface RightsStory extends StoryCredit {
  state: StoryState | undefined;
  pubStatus: PubStatus;
  embargoedUntil: string | null;
  receivedAt: string;
  firstCreated: string | null;
  versionCreated: string | null;
}

export interface RightsCheckInput {
  story: RightsStory;
  /** The story's licences: the one an editor assigned, or those matched. */
  licences: readonly Licence[];
  use: IntendedUse;
  now: Date;
  /** Uses already recorded under a licence in a calendar month (YYYY-MM). */
  usesInMonth: (licenceId: string, month: string) => number;
}

const HOUR_MS = 3_600_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/u;

/** Wire text in a message: one line, and not a page of it. */
function quoted(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

interface CalendarTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/** The instant a calendar time names at an offset from UTC, or null when there is no such day or time (2026-02-30, 25:00). */
function utcInstant(t: CalendarTime, offsetMinutes: number): Date | null {
  if (t.hour > 23 || t.minute > 59 || t.second > 59) return null;
  const at = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  at.setUTCFullYear(t.year, t.month - 1, t.day);
  if (at.getUTCFullYear() !== t.year || at.getUTCMonth() !== t.month - 1 || at.getUTCDate() !== t.day) return null;
  at.setUTCHours(t.hour, t.minute, t.second, t.ms);
  const time = at.getTime() - offsetMinutes * 60_000;
  return Number.isFinite(time) ? new Date(time) : null;
}

/**
 * When the use happens: its date (a bare YYYY-MM-DD is the start of that day,
 * UTC; a date-time without an offset is UTC too, so the answer never depends
 * on the machine's time zone), now when it gives none, null when it cannot be
 * read.
 */
export function useInstant(use: IntendedUse, now: Date): Date | null {
  if (use.date === undefined) return Number.isFinite(now.getTime()) ? now : null;
  const text = use.date.trim();
  const day = ISO_DAY.exec(text);
  const parts = day ?? ISO_DATE_TIME.exec(text);
  if (!parts) return null;
  const [, year, month, date, hour, minute, second, fraction, , sign, offsetHours, offsetMinutes] = parts;
  const oh = Number(offsetHours ?? 0);
  const om = Number(offsetMinutes ?? 0);
  if (oh > 23 || om > 59) return null;
  const time: CalendarTime = {
    year: Number(year),
    month: Number(month),
    day: Number(date),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    ms: fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000),
  };
  return utcInstant(time, (sign === '-' ? -1 : 1) * (oh * 60 + om));
}

function reason(code: RightsReason['code'], message: string, licenceId: string | null = null): RightsReason {
  return { code, blocking: true, message, licenceId };
}

/** The story's own restrictions at that instant: they hold whatever any licence says. */
export function storyRestrictions(story: RightsStory, at: Date): RightsReason[] {
  const reasons: RightsReason[] = [];
  if (story.state === 'killed' || story.pubStatus === 'canceled') {
    reasons.push(reason('killed', 'The agency killed this story: it must not be used.'));
  }
  if (story.state === 'withheld' || story.pubStatus === 'withheld') {
    reasons.push(reason('withheld', 'The agency is withholding this story: it must not be used until it is released.'));
  }
  if (story.embargoedUntil !== null) {
    const until = Date.parse(story.embargoedUntil);
    if (!Number.isFinite(until)) {
      // An embargo nobody can read holds until an editor settles it with the agency.
      reasons.push(reason('embargo', `The story carries an embargo Copydesk cannot read ("${quoted(story.embargoedUntil)}"): check it with the agency.`));
    } else if (until > at.getTime()) {
      reasons.push(reason('embargo', `The story is embargoed until ${formatInstant(new Date(until))}.`));
    }
  } else if (story.state === 'embargoed') {
    reasons.push(reason('embargo', 'The story is under embargo.'));
  }
  return reasons;
}

/** When the wire sent the story: its first transmission, else this version's, else when it arrived. */
function transmittedAt(story: RightsStory): number | null {
  for (const text of [story.firstCreated, story.versionCreated, story.receivedAt]) {
    const ms = text === null ? Number.NaN : Date.parse(text);
    if (Number.isFinite(ms)) return ms;
  }
  return null;
}

function territoryReason(licence: Licence, territory: string | null): string | null {
  const { mode } = licence.territories;
  const countries = [...new Set(licence.territories.countries)];
  if (mode === 'worldwide' || (mode === 'exclude' && countries.length === 0)) return null;
  if (mode === 'include' && countries.length === 0) return 'The licence lists no country where the copy may appear.';
  const list = countries.join(', ');
  if (territory === null) {
    return mode === 'include'
      ? `The licence covers only ${list}: say where the copy will appear.`
      : `The licence does not cover ${list}: say where the copy will appear.`;
  }
  if (mode === 'include' && !countries.includes(territory)) return `The licence covers only ${list}, not ${territory}.`;
  if (mode === 'exclude' && countries.includes(territory)) return `The licence does not cover ${territory}.`;
  return null;
}

function excerptReason(licence: Licence, words: number | null): string | null {
  if (words === null) return null;
  if (!licence.mayExcerpt) return 'The licence does not allow excerpts.';
  if (licence.maxExcerptWords !== null && words > licence.maxExcerptWords) {
    return `The licence allows excerpts of up to ${licence.maxExcerptWords} words; this one has ${words}.`;
  }
  return null;
}

function monthName(month: string): string {
  return formatDay(`${month}-01`).replace(/^1 /u, '');
}

/** Everything in this licence that forbids the use; none: it allows it. */
function licenceReasons(licence: Licence, input: RightsCheckInput, at: Date): RightsReason[] {
  const { story, use } = input;
  const reasons: RightsReason[] = [];
  const add = (code: RightsReason['code'], message: string | null): void => {
    if (message !== null) reasons.push(reason(code, message, licence.id));
  };
  const day = dayOf(at);
  if (licence.retired) add('retired', `The licence ${licence.reference} has been retired.`);
  if (day < licence.validFrom) add('not-yet-valid', `The licence starts on ${formatDay(licence.validFrom)}.`);
  if (licence.validTo !== null && day > licence.validTo) add('expired', `The licence expired on ${formatDay(licence.validTo)}.`);
  if (!licence.channels.includes(use.channel)) {
    const allowed = new Set(licence.channels).size;
    add('channel', `${channelList(licence.channels)} ${allowed === 1 ? 'is' : 'are'} allowed; ${channelWord(use.channel)} is not.`);
  }
  add('territory', territoryReason(licence, use.territory));
  if (use.modified && !licence.mayModify) add('modification', 'The licence does not allow changes to the copy.');
  if (use.translated && !licence.mayTranslate) add('translation', 'The licence does not allow translation.');
  add('excerpt', excerptReason(licence, use.excerptWords));
  const sent = transmittedAt(story);
  if (licence.embargoHoldHours > 0 && sent !== null) {
    const from = sent + licence.embargoHoldHours * HOUR_MS;
    if (at.getTime() < from) {
      add('hold', `The licence holds copy for ${licence.embargoHoldHours} h after transmission: it may appear from ${formatInstant(new Date(from))}.`);
    }
  }
  if (licence.monthlyCap !== null) {
    const month = day.slice(0, 7);
    const used = input.usesInMonth(licence.id, month);
    if (used >= licence.monthlyCap) {
      const cap = `${licence.monthlyCap} ${licence.monthlyCap === 1 ? 'use' : 'uses'} a month`;
      add('monthly-cap', `The licence allows ${cap}; ${used} already recorded for ${monthName(month)}.`);
    }
  }
  return reasons;
}

function creditOf(licence: { provider: string; distributor: string | null }): string {
  return licence.distributor === null || licence.distributor === '' ? licence.provider : `${licence.provider} via ${licence.distributor}`;
}

function noLicence(story: RightsStory): RightsReason {
  const source = quoted(story.provider ?? story.copyright ?? '');
  const via = story.distributor === null ? '' : quoted(story.distributor);
  const whose = source === '' ? '' : ` (${via === '' ? source : `${source} via ${via}`})`;
  return reason('no-licence', `No licence on file covers this story${whose}.`);
}

export function checkRights(input: RightsCheckInput): RightsDecision {
  const { story, use } = input;
  const at = useInstant(use, input.now);
  if (at === null) {
    const message = `The date "${quoted(use.date ?? '')}" cannot be read: write it as YYYY-MM-DD or an ISO date-time such as 2026-03-14T09:00Z.`;
    // Not overridable: a use must be recorded with a date the report can place.
    return { allowed: false, reasons: [reason('bad-date', message)], attribution: null, licence: null, overridable: false };
  }
  const restrictions = storyRestrictions(story, at);
  const overridable = restrictions.length === 0;
  const ranked = rankLicences(input.licences);
  if (ranked.length === 0) {
    return { allowed: false, reasons: [...restrictions, noLicence(story)], attribution: null, licence: null, overridable };
  }
  const assessed = ranked.map((licence) => ({ licence, reasons: licenceReasons(licence, input, at) }));
  // The fewest reasons against, the most permissive on a tie: the widest licence that allows the use, else the nearest to allowing it.
  const chosen = assessed.reduce((best, a) => (a.reasons.length < best.reasons.length ? a : best));
  const { licence } = chosen;
  const allowed = overridable && chosen.reasons.length === 0;
  const reasons = [...restrictions, ...chosen.reasons];
  if (allowed) {
    reasons.push({ code: 'allowed', blocking: false, message: `Allowed by ${licence.reference} (${creditOf(licence)})`, licenceId: licence.id });
  }
  const attribution = attributionFor(licence, story);
  return { allowed, reasons, attribution, licence, overridable };
}
