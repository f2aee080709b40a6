import type { FlagStatus } from '../../../shared/model/editing.ts';

/** A status as a filter and a chip name it. */
export const flagStatusLabels: Record<FlagStatus, string> = {
  flagged: 'Flagged',
  in_progress: 'In progress',
  translated: 'Translated',
  approved: 'Approved',
};

/** "1 flag", "12 flags". */
export function flagCount(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'flag' : 'flags'}`;
}
