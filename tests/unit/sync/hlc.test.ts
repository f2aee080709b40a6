import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ClockDriftError,
  CounterOverflowError,
  DEFAULT_MAX_DRIFT_MS,
  MAX_COUNTER,
  compareHlc,
  formatHlc,
  initialClock,
  isSiteId,
  parseHlc,
  recv,
  send,
  type Hlc,
} from '../../../shared/sync/hlc.ts';

const SITE_A = '0123456789abcdef';
const SITE_B = 'fedcba9876543210';
const T0 = Date.UTC(2024, 4, 1, 9, 30, 0, 0);

const arbSite = fc.stringMatching(/^[0-9a-f]{16}$/);
const arbHlc = fc.record({
  millis: fc.integer({ min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }),
  counter: fc.integer({ min: 0, max: MAX_COUNTER }),
  site: arbSite,
});

describe('timestamp strings', () => {
  it('have the Actual Budget shape: ISO millis, 4 hex counter, 16 hex site', () => {
    expect(formatHlc({ millis: T0, counter: 26, site: SITE_A })).toBe('2024-05-01T09:30:00.000Z-001A-0123456789abcdef');
  });

  it('read back to the same clock value', () => {
    fc.assert(
      fc.property(arbHlc, (ts) => {
        expect(parseHlc(formatHlc(ts))).toEqual(ts);
      }),
    );
  });

  it('sort as strings exactly as the clock orders them', () => {
    fc.assert(
      fc.property(arbHlc, arbHlc, (a, b) => {
        const [x, y] = [formatHlc(a), formatHlc(b)];
        const byString = x < y ? -1 : x > y ? 1 : 0;
        expect(byString).toBe(Math.sign(compareHlc(a, b)));
      }),
    );
  });

  it('refuse malformed text', () => {
    for (const bad of [
      '',
      '2024-05-01T09:30:00.000Z-001A',
      '2024-05-01T09:30:00.000Z-001a-0123456789abcdef', // counter must be upper-case hex
      '2024-05-01T09:30:00.000Z-001A-0123456789ABCDEF', // site must be lower-case hex
      '2024-02-31T09:30:00.000Z-0000-0123456789abcdef', // no such day
      '2024-05-01T09:30:00Z-0000-0123456789abcdef',
      "2024-05-01T09:30:00.000Z-0000-0123456789abcdef'; --",
    ]) {
      expect(parseHlc(bad), bad).toBeNull();
    }
  });

  it('site ids are 16 lower-case hex characters', () => {
    expect(isSiteId(SITE_A)).toBe(true);
    expect(isSiteId('0123456789ABCDEF')).toBe(false);
    expect(isSiteId('0123456789abcde')).toBe(false);
    expect(() => initialClock('not-a-site')).toThrow(/site id/);
  });
});

describe('send', () => {
  it('takes the wall time when it moves forward and restarts the counter', () => {
    const clock = { millis: T0, counter: 7, site: SITE_A };
    expect(send(clock, T0 + 5)).toEqual({ millis: T0 + 5, counter: 0, site: SITE_A });
  });

  it('counts up within one millisecond and when the wall clock steps back', () => {
    const clock = { millis: T0, counter: 7, site: SITE_A };
    expect(send(clock, T0)).toEqual({ millis: T0, counter: 8, site: SITE_A });
    expect(send(clock, T0 - 1000)).toEqual({ millis: T0, counter: 8, site: SITE_A });
  });

  it('refuses to run more than the allowed drift ahead of the wall clock', () => {
    const clock = { millis: T0 + DEFAULT_MAX_DRIFT_MS + 1, counter: 0, site: SITE_A };
    expect(() => send(clock, T0)).toThrow(ClockDriftError);
    expect(() => send(clock, T0, { maxDriftMs: DEFAULT_MAX_DRIFT_MS + 1 })).not.toThrow();
  });

  it('refuses a 65,537th event in one millisecond', () => {
    expect(() => send({ millis: T0, counter: MAX_COUNTER, site: SITE_A }, T0)).toThrow(CounterOverflowError);
    expect(send({ millis: T0, counter: MAX_COUNTER - 1, site: SITE_A }, T0).counter).toBe(MAX_COUNTER);
  });
});

describe('recv', () => {
  it('moves past a remote timestamp from the future (within the drift)', () => {
    const local = { millis: T0, counter: 3, site: SITE_A };
    const remote = { millis: T0 + 1000, counter: 9, site: SITE_B };
    const next = recv(local, formatHlc(remote), T0 + 10);
    expect(next).toEqual({ millis: T0 + 1000, counter: 10, site: SITE_A });
    expect(compareHlc(send(next, T0 + 10), remote)).toBeGreaterThan(0);
  });

  it('takes the larger counter when local, remote and the clock agree on the millisecond', () => {
    const next = recv({ millis: T0, counter: 3, site: SITE_A }, { millis: T0, counter: 9, site: SITE_B }, T0);
    expect(next).toEqual({ millis: T0, counter: 10, site: SITE_A });
  });

  it('keeps the local clock when the remote one is behind, and the wall time when both are', () => {
    const local = { millis: T0, counter: 3, site: SITE_A };
    expect(recv(local, { millis: T0 - 50, counter: 9, site: SITE_B }, T0 - 10)).toEqual({ millis: T0, counter: 4, site: SITE_A });
    expect(recv(local, { millis: T0 - 50, counter: 9, site: SITE_B }, T0 + 10)).toEqual({ millis: T0 + 10, counter: 0, site: SITE_A });
  });

  it('refuses a remote clock too far ahead, and leaves nothing half-done (pure)', () => {
    const local = { millis: T0, counter: 0, site: SITE_A };
    const remote = { millis: T0 + DEFAULT_MAX_DRIFT_MS + 1, counter: 0, site: SITE_B };
    expect(() => recv(local, remote, T0)).toThrow(ClockDriftError);
    expect(local).toEqual({ millis: T0, counter: 0, site: SITE_A });
  });

  it('refuses a counter overflow', () => {
    const remote = { millis: T0, counter: MAX_COUNTER, site: SITE_B };
    expect(() => recv({ millis: T0, counter: 0, site: SITE_A }, remote, T0)).toThrow(CounterOverflowError);
  });

  it('refuses text that is not a timestamp', () => {
    expect(() => recv(initialClock(SITE_A), 'yesterday', T0)).toThrow(/not a clock timestamp/);
  });
});

describe('a replica clock', () => {
  type Step = { kind: 'send'; wall: number } | { kind: 'recv'; wall: number; remote: Hlc };
  const arbStep: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('send' as const), wall: fc.integer({ min: -2000, max: 2000 }) }),
    fc.record({
      kind: fc.constant('recv' as const),
      wall: fc.integer({ min: -2000, max: 2000 }),
      remote: fc.record({
        millis: fc.integer({ min: T0 - 5000, max: T0 + 5000 }),
        counter: fc.integer({ min: 0, max: 1000 }),
        site: fc.constant(SITE_B),
      }),
    }),
  );

  it('issues strictly increasing timestamps, each after everything it has received', () => {
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 60 }), (steps) => {
        let clock: Hlc = { millis: T0, counter: 0, site: SITE_A };
        let wall = T0;
        for (const step of steps) {
          wall += step.wall; // the wall clock jumps back and forth
          const next = step.kind === 'send' ? send(clock, wall) : recv(clock, step.remote, wall);
          expect(formatHlc(next) > formatHlc(clock)).toBe(true);
          if (step.kind === 'recv') expect(formatHlc(next) > formatHlc(step.remote)).toBe(true);
          clock = next;
        }
      }),
    );
  });
});
