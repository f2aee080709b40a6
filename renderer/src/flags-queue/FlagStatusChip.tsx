import type { FlagStatus } from '../../../shared/model/editing.ts';
import { flagStatusLabels } from '../common/flag-status.ts';
import '../common/flag-status.css';

/** Where a flag stands, in the colour the archive list uses for the same status. */
export function FlagStatusChip({ status }: { status: FlagStatus }) {
  return <span className={`chip flag-state flag-state-${status}`}>{flagStatusLabels[status]}</span>;
}
