import type { Licence, Takedown } from '../../../shared/model/licence.ts';
import type { KilledUse } from '../../../db/repositories/usages.ts';

const HOUR_MS = 3_600_000;

/**
 * The uses of killed stories that must come down: by when the licence says
 * (killed + its takedown hours), the most urgent first: those not done, by
 * deadline (none last), then by when the kill came.
 */
export function takedownsOf(killed: readonly KilledUse[], licenceOf: (id: string) => Licence | undefined): Takedown[] {
  const takedowns = killed.map(({ usage, storyHeadline, killedAt, takedown }): Takedown => {
    const hours = usage.licenceId === null ? null : (licenceOf(usage.licenceId)?.killTakedownHours ?? null);
    const killedMs = Date.parse(killedAt);
    const dueBy = hours === null || !Number.isFinite(killedMs) ? null : new Date(killedMs + hours * HOUR_MS).toISOString();
    return { usage, storyHeadline, killedAt, dueBy, doneAt: takedown?.doneAt ?? null, doneBy: takedown?.doneBy ?? null };
  });
  return takedowns.sort(mostUrgentFirst);
}

function mostUrgentFirst(a: Takedown, b: Takedown): number {
  if ((a.doneAt === null) !== (b.doneAt === null)) return a.doneAt === null ? -1 : 1;
  if (a.dueBy !== b.dueBy) {
    if (a.dueBy === null) return 1;
    if (b.dueBy === null) return -1;
    return a.dueBy < b.dueBy ? -1 : 1;
  }
  if (a.killedAt !== b.killedAt) return a.killedAt < b.killedAt ? -1 : 1;
  return a.usage.usedAt < b.usage.usedAt ? -1 : a.usage.usedAt > b.usage.usedAt ? 1 : 0;
}
