import { FLAG_STATUSES, type EditState, type FlagStatus } from '../../../shared/model/editing.ts';
import '../common/flag-status.css';
import './edit-chips.css';

/** What each status's chip says after its count; its title and screen readers get "flag(s)" too. */
const flagWords: Record<FlagStatus, string> = {
  flagged: 'to translate',
  in_progress: 'in translation',
  translated: 'translated',
  approved: 'approved',
};

/** More chips than this and the flag chips drop their words (the colour and the title still say which is which). */
const ROOMY_CHIPS = 2;

/** True when the row has anything to show: rows without editing stay as they were. */
export function hasEditChips(edit: EditState | undefined): edit is EditState {
  return edit !== undefined && (edit.edited || edit.openThreads > 0 || FLAG_STATUSES.some((status) => edit.flags[status] > 0));
}

/**
 * A story's editing at a glance, on the row's meta line (the list is
 * virtualised, so rows keep their height): "edited", a bubble with the open
 * comment threads, one coloured chip per translation status with flags.
 */
export function EditChips({ edit, id }: { edit: EditState; id: string }) {
  const threads = edit.openThreads;
  const statuses = FLAG_STATUSES.filter((status) => edit.flags[status] > 0);
  const chips = statuses.length + (threads > 0 ? 1 : 0) + (edit.edited ? 1 : 0);
  return (
    <span className={`edit-chips${chips > ROOMY_CHIPS ? ' is-crowded' : ''}`} id={id}>
      {edit.edited && (
        <span className="chip edit-chip edit-chip-edited" title="Edited">
          edited
        </span>
      )}
      {threads > 0 && (
        <span className="edit-chip-threads" title={threadsLabel(threads)}>
          <svg className="edit-chip-bubble" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3 2.5h10a1.5 1.5 0 0 1 1.5 1.5v6a1.5 1.5 0 0 1-1.5 1.5H7.5L4.5 14v-2.5H3A1.5 1.5 0 0 1 1.5 10V4A1.5 1.5 0 0 1 3 2.5Z" />
          </svg>
          <span aria-hidden="true">{threads.toLocaleString('en')}</span>
          <span className="visually-hidden">{threadsLabel(threads)}</span>
        </span>
      )}
      {statuses.map((status) => {
        const count = edit.flags[status];
        const number = count.toLocaleString('en');
        const label = `${number} ${count === 1 ? 'flag' : 'flags'} ${flagWords[status]}`;
        return (
          <span key={status} className={`chip edit-chip flag-state flag-state-${status}`} title={label}>
            <span aria-hidden="true">
              {number}
              <span className="edit-chip-words"> {flagWords[status]}</span>
            </span>
            <span className="visually-hidden">{label}</span>
          </span>
        );
      })}
    </span>
  );
}

function threadsLabel(count: number): string {
  return `${count.toLocaleString('en')} open comment ${count === 1 ? 'thread' : 'threads'}`;
}
