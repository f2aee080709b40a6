import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Channel, IntendedUse, Licence, RightsDecision } from '../../../shared/model/licence.ts';
import { PubStatus, StoryState } from '../../../shared/model/story.ts';
import { checkRights, useInstant, type RightsStory } from '../../../shared/rights/rights-check.ts';

const DAY_MS = 86_400_000;
const from = new Date('2019-01-01T00:00:00Z');
const to = new Date('2031-01-01T00:00:00Z');
const instant = fc.date({ min: from, max: to, noInvalidDate: true });
const isoDay = instant.map((d) => d.toISOString().slice(0, 10));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const country = fc.constantFrom('ES', 'PT', 'US', 'FR', 'MX', 'es', ' de ');

/** Any licence the schema accepts, over the years around the use. */
const licence = fc
  .record({
    provider: fc.constantFrom('EFE', 'Agencia EFE', 'AP'),
    distributor: maybe(fc.constantFrom('Acquire Media (NewsEdge)', 'Acquire Media')),
    reference: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
    validFrom: isoDay,
    validTo: maybe(isoDay),
    channels: fc.uniqueArray(fc.constantFrom(...Channel.options), { minLength: 1, maxLength: 6 }),
    territories: fc.record({ mode: fc.constantFrom('worldwide', 'include', 'exclude'), countries: fc.array(country, { maxLength: 4 }) }),
    mayModify: fc.boolean(),
    mayTranslate: fc.boolean(),
    mayExcerpt: fc.boolean(),
    maxExcerptWords: maybe(fc.integer({ min: 1, max: 2000 })),
    attribution: fc.constantFrom('© {year} EFE News Services (U.S.) Inc.', '{provider} {distributor} {copyright}', '{reference} {unknown}'),
    embargoHoldHours: fc.integer({ min: 0, max: 24 * 365 }),
    killTakedownHours: maybe(fc.integer({ min: 1, max: 96 })),
    monthlyCap: maybe(fc.integer({ min: 1, max: 5 })),
    retired: fc.boolean(),
    id: fc.uuid(),
  })
  .map((terms) => Licence.parse({ ...terms, createdAt: '2019-01-01T00:00:00Z', updatedAt: '2019-01-01T00:00:00Z' }));

/** Dates as editors and scripts might type them: readable ones and nonsense. */
const useDate = fc.option(
  fc.oneof(
    isoDay,
    instant.map((d) => d.toISOString()),
    fc.constantFrom('2026-02-30', '2026-12-31T24:00Z', '2026-06-01T10:00:00+14:00', 'tomorrow', '', '  ', '0000-01-01', '9999-12-31T23:59:59.999999999-23:59'),
    fc.string({ maxLength: 40 }),
  ),
  { nil: undefined },
);

/** Any use the schema accepts. */
const use = fc
  .record({
    channel: fc.constantFrom(...Channel.options),
    territory: maybe(country),
    date: useDate,
    modified: fc.boolean(),
    translated: fc.boolean(),
    excerptWords: maybe(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
  })
  .map((raw) => IntendedUse.safeParse(raw))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data as IntendedUse);

const story = fc.record({
  provider: maybe(fc.constantFrom('EFE', 'AP')),
  distributor: maybe(fc.constantFrom('Acquire Media (NewsEdge)')),
  copyright: maybe(fc.constantFrom('© 2021 EFE News Services (U.S.) Inc.', '(c) AP', '')),
  usageTerms: maybe(fc.string({ maxLength: 20 })),
  state: fc.option(fc.constantFrom(...StoryState.options), { nil: undefined }),
  pubStatus: fc.constantFrom(...PubStatus.options),
  embargoedUntil: maybe(fc.oneof(instant.map((d) => d.toISOString()), fc.string({ maxLength: 10 }))),
  receivedAt: instant.map((d) => d.toISOString()),
  firstCreated: maybe(fc.oneof(instant.map((d) => d.toISOString()), fc.string({ maxLength: 10 }))),
  versionCreated: maybe(instant.map((d) => d.toISOString())),
}) satisfies fc.Arbitrary<RightsStory>;

const usesInMonth = fc.func(fc.nat({ max: 8 }));
const now = instant;

describe('checkRights on anything', () => {
  it('never throws, and its answer is a well-formed decision that agrees with itself', () => {
    fc.assert(
      fc.property(story, fc.array(licence, { maxLength: 4 }), use, now, usesInMonth, (s, licences, u, at, counts) => {
        const decision = checkRights({ story: s, licences, use: u, now: at, usesInMonth: (id, month) => counts(id, month) });
        expect(RightsDecision.safeParse(decision).success).toBe(true);
        const blocking = decision.reasons.filter((r) => r.blocking);
        expect(decision.allowed).toBe(blocking.length === 0);
        // Blocking reasons come first.
        expect(decision.reasons.slice(0, blocking.length)).toEqual(blocking);
        if (decision.allowed) {
          expect(decision.licence).not.toBeNull();
          expect(decision.licence?.retired).toBe(false);
          expect(licences).toContainEqual(decision.licence);
          expect(decision.attribution).not.toBeNull();
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never allows a killed story, whatever the licences, nor lets anyone override it', () => {
    const killed = fc.oneof(
      story.map((s) => ({ ...s, state: 'killed' as const })),
      story.map((s) => ({ ...s, state: undefined, pubStatus: 'canceled' as const })),
    );
    fc.assert(
      fc.property(killed, fc.array(licence, { maxLength: 4 }), use, now, (s, licences, u, at) => {
        const decision = checkRights({ story: s, licences, use: u, now: at, usesInMonth: () => 0 });
        expect(decision.allowed).toBe(false);
        expect(decision.overridable).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never allows a use before the embargo lifts, whatever the licences, nor lets anyone override it', () => {
    fc.assert(
      fc.property(
        story,
        fc.array(licence, { maxLength: 4 }),
        use,
        now,
        fc.integer({ min: 1, max: 400 * DAY_MS }),
        (s, licences, u, at, ahead) => {
          const when = useInstant(u, at);
          fc.pre(when !== null);
          const embargoed = { ...s, embargoedUntil: new Date(when.getTime() + ahead).toISOString() };
          const decision = checkRights({ story: embargoed, licences, use: u, now: at, usesInMonth: () => 0 });
          expect(decision.allowed).toBe(false);
          expect(decision.overridable).toBe(false);
          expect(decision.reasons.map((r) => r.code)).toContain('embargo');
        },
      ),
      { numRuns: 300 },
    );
  });
});
