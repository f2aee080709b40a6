/**
 * A hybrid logical clock, as Actual Budget ships it (crdt/timestamp.ts): wall
 * time in milliseconds, a counter for events within one millisecond, and the
 * site (replica) id that breaks ties. Timestamps are strings that sort in
 * causal order:
 *
 *   2024-05-01T09:30:00.000Z-0000-0123456789abcdef
 *   └ ISO millis (UTC) ────┘ └ctr┘ └ site id ──────┘
 *
 * Pure: the caller passes the wall time in, keeps the returned clock, and
 * persists it.
 */

/** The clock's state; it is also the last timestamp the clock issued. */
export interface Hlc {
  readonly millis: number;
  readonly counter: number;
  readonly site: string;
}

export const MAX_COUNTER = 0xffff;
/** How far a clock may run ahead of this machine's wall time before we refuse it. */
export const DEFAULT_MAX_DRIFT_MS = 5 * 60 * 1000;
/** toISOString() keeps its fixed width only for years 0000–9999; sorting relies on that width. */
const MAX_MILLIS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const SITE_ID = /^[0-9a-f]{16}$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-([0-9a-f]{16})$/;

export interface HlcOptions {
  maxDriftMs?: number;
}

export class ClockDriftError extends Error {
  constructor(readonly clockMillis: number, readonly wallMillis: number, readonly maxDriftMs: number) {
    super(
      `clock drift too large: the clock is at ${describe(clockMillis)}, this machine's time is ${describe(wallMillis)} ` +
        `(more than ${maxDriftMs} ms apart); check the computer's date and time`,
    );
    this.name = 'ClockDriftError';
  }
}

export class CounterOverflowError extends Error {
  constructor(readonly millis: number) {
    super(`clock counter overflow: more than ${MAX_COUNTER + 1} events within the millisecond ${describe(millis)}`);
    this.name = 'CounterOverflowError';
  }
}

export function isSiteId(value: string): boolean {
  return SITE_ID.test(value);
}

/** A fresh clock for a site that has issued nothing yet. */
export function initialClock(site: string): Hlc {
  if (!isSiteId(site)) throw new TypeError(`not a site id (16 lowercase hex characters): ${JSON.stringify(site)}`);
  return { millis: 0, counter: 0, site };
}

/** The next timestamp for a local event; the result is also the clock's new state. */
export function send(clock: Hlc, now: number, options: HlcOptions = {}): Hlc {
  const maxDrift = options.maxDriftMs ?? DEFAULT_MAX_DRIFT_MS;
  const millis = Math.max(clock.millis, now);
  const counter = millis === clock.millis ? clock.counter + 1 : 0;
  return checked({ millis, counter, site: clock.site }, now, maxDrift);
}

/**
 * Moves the clock past a timestamp received from another site, so that every
 * later local event sorts after it. A timestamp of this very site is accepted:
 * a bundle relayed through another laptop may carry our own changes back.
 */
export function recv(clock: Hlc, remote: Hlc | string, now: number, options: HlcOptions = {}): Hlc {
  const maxDrift = options.maxDriftMs ?? DEFAULT_MAX_DRIFT_MS;
  const msg = typeof remote === 'string' ? parseHlcOrThrow(remote) : remote;
  const millis = Math.max(clock.millis, now, msg.millis);
  let counter = 0;
  if (millis === clock.millis && millis === msg.millis) counter = Math.max(clock.counter, msg.counter) + 1;
  else if (millis === clock.millis) counter = clock.counter + 1;
  else if (millis === msg.millis) counter = msg.counter + 1;
  return checked({ millis, counter, site: clock.site }, now, maxDrift);
}

export function formatHlc(ts: Hlc): string {
  if (!Number.isInteger(ts.millis) || ts.millis < 0 || ts.millis > MAX_MILLIS) {
    throw new RangeError(`clock time out of range: ${ts.millis}`);
  }
  if (!Number.isInteger(ts.counter) || ts.counter < 0 || ts.counter > MAX_COUNTER) {
    throw new RangeError(`clock counter out of range: ${ts.counter}`);
  }
  if (!isSiteId(ts.site)) throw new TypeError(`not a site id: ${JSON.stringify(ts.site)}`);
  return `${iso(ts.millis)}-${ts.counter.toString(16).toUpperCase().padStart(4, '0')}-${ts.site}`;
}

/** Reads a timestamp string; null when it is not one (wrong shape, impossible date). */
export function parseHlc(text: string): Hlc | null {
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  const millis = Date.parse(m[1] as string);
  // Date.parse rolls 2024-02-31 over to March; a real timestamp formats back to itself.
  if (!Number.isFinite(millis) || iso(millis) !== m[1]) return null;
  return { millis, counter: parseInt(m[2] as string, 16), site: m[3] as string };
}

export function parseHlcOrThrow(text: string): Hlc {
  const ts = parseHlc(text);
  if (!ts) throw new TypeError(`not a clock timestamp: ${JSON.stringify(text.slice(0, 80))}`);
  return ts;
}

/** Total order of timestamps; the same order as comparing their strings. */
export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.millis !== b.millis) return a.millis < b.millis ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.site < b.site ? -1 : a.site > b.site ? 1 : 0;
}

function checked(next: Hlc, now: number, maxDrift: number): Hlc {
  if (next.millis - now > maxDrift) throw new ClockDriftError(next.millis, now, maxDrift);
  if (next.counter > MAX_COUNTER) throw new CounterOverflowError(next.millis);
  return next;
}

// A write stamps many ops within one millisecond; formatting its date once is enough.
let lastIso = { millis: NaN, text: '' };

function iso(millis: number): string {
  if (millis !== lastIso.millis) lastIso = { millis, text: new Date(millis).toISOString() };
  return lastIso.text;
}

/** For messages: a time even when it is out of range (a hostile remote timestamp). */
function describe(millis: number): string {
  return Number.isFinite(millis) && Math.abs(millis) <= 8.64e15 ? iso(millis) : String(millis);
}
