import type { Takedown } from '../../../shared/model/licence.ts';

/** "2 uses of killed stories must be taken down"; one: "1 use of a killed story must be taken down". */
export function takedownTitle(count: number): string {
  return count === 1 ? '1 use of a killed story must be taken down' : `${count.toLocaleString('en')} uses of killed stories must be taken down`;
}

/** Past its deadline and still up. A takedown with no deadline is never overdue, only urgent. */
export function isOverdue(takedown: Pick<Takedown, 'dueBy' | 'doneAt'>, now: number = Date.now()): boolean {
  if (takedown.doneAt !== null || takedown.dueBy === null) return false;
  const due = Date.parse(takedown.dueBy);
  return !Number.isNaN(due) && due < now;
}
