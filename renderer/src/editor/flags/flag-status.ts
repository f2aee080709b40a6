import { FLAG_STATUSES, type FlagCounts, type FlagStatus, type TranslationFlag } from '../../../../shared/model/editing.ts';

export const FLAG_STATUS_LABELS: Record<FlagStatus, string> = {
  flagged: 'flagged',
  in_progress: 'in progress',
  translated: 'translated',
  approved: 'approved',
};

export function countFlags(flags: readonly TranslationFlag[]): FlagCounts {
  const counts: FlagCounts = { flagged: 0, in_progress: 0, translated: 0, approved: 0 };
  for (const flag of flags) counts[flag.status] += 1;
  return counts;
}

/** Counts worth showing, in workflow order: "2 flagged", "1 in progress"… */
export function flagCountLabels(counts: FlagCounts): Array<{ status: FlagStatus; label: string }> {
  return FLAG_STATUSES.filter((status) => counts[status] > 0).map((status) => ({ status, label: `${counts[status]} ${FLAG_STATUS_LABELS[status]}` }));
}

/**
 * Flags in the order their passages stand in the text as it is now (the
 * services' order lags behind an edit until it is saved); flags whose passage
 * is gone keep the services' order, after the rest.
 */
export function flagsInTextOrder<F extends Pick<TranslationFlag, 'markId'>>(flags: readonly F[], markOrder: readonly string[]): F[] {
  const position = new Map(markOrder.map((id, i) => [id, i]));
  const at = (flag: F) => position.get(flag.markId) ?? Number.POSITIVE_INFINITY;
  return flags
    .map((flag, i) => ({ flag, i }))
    .sort((a, b) => at(a.flag) - at(b.flag) || a.i - b.i)
    .map(({ flag }) => flag);
}

/** Each flag's mark and its status: the marks' data-state. */
export function flagStates(flags: readonly TranslationFlag[]): Map<string, FlagStatus> {
  return new Map(flags.map((f) => [f.markId, f.status]));
}
