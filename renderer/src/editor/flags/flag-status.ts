import { FLAG_STATUSES, type FlagCounts, type FlagStatus, type TranslationFlag } from '../../../../shared/model/editing.ts';
import { flagStatusLabels } from '../../common/flag-status.ts';

/** A status inside a sentence or a chip of the panel: "in progress". */
export function flagStatusWord(status: FlagStatus): string {
  return flagStatusLabels[status].toLowerCase();
}

export function countFlags(flags: readonly TranslationFlag[]): FlagCounts {
  const counts: FlagCounts = { flagged: 0, in_progress: 0, translated: 0, approved: 0 };
  for (const flag of flags) counts[flag.status] += 1;
  return counts;
}

/** Counts worth showing, in workflow order: "2 flagged", "1 in progress"… */
export function flagCountLabels(counts: FlagCounts): Array<{ status: FlagStatus; label: string }> {
  return FLAG_STATUSES.filter((status) => counts[status] > 0).map((status) => ({ status, label: `${counts[status]} ${flagStatusWord(status)}` }));
}

/** Each flag's mark and its status: the marks' data-state. */
export function flagStates(flags: readonly TranslationFlag[]): Map<string, FlagStatus> {
  return new Map(flags.map((f) => [f.markId, f.status]));
}
