import type { ArchiveView } from './filters/filter-state.ts';

export interface SpikeOutcome {
  ids: string[];
  spiked: boolean;
  changed: number;
}

/**
 * What the marked stories can have done to them, impossible to miss while
 * any are marked; after a spike or restore, what happened and an Undo.
 */
export function SelectionBar({
  count,
  view,
  busy,
  error,
  outcome,
  onSpike,
  onClear,
  onUndo,
}: {
  count: number;
  view: ArchiveView;
  busy: boolean;
  error: Error | null;
  outcome: SpikeOutcome | null;
  onSpike: () => void;
  onClear: () => void;
  onUndo: () => void;
}) {
  if (count > 0) {
    const restoring = view === 'spiked';
    return (
      <div className="selection-bar" role="toolbar" aria-label="Selection">
        <span className="selection-count" role="status">
          <span className="selection-number">{count.toLocaleString('en')}</span> selected
        </span>
        <button type="button" className={`button button-small ${restoring ? 'button-restore' : 'button-spike'}`} disabled={busy} onClick={onSpike}>
          {restoring ? 'Restore' : 'Spike'}
        </button>
        <button type="button" className="selection-clear" aria-label="Clear selection" title="Clear selection (Esc)" onClick={onClear}>
          ×
        </button>
        {error && (
          <p className="selection-error" role="alert">
            {restoring ? 'Not restored' : 'Not spiked'}: {error.message}
          </p>
        )}
      </div>
    );
  }
  if (outcome) {
    const n = outcome.changed;
    const stories = `${n.toLocaleString('en')} ${n === 1 ? 'story' : 'stories'}`;
    return (
      <div className="selection-bar is-done" role="toolbar" aria-label="Selection">
        <span className="selection-count" role="status">
          {outcome.spiked ? `Spiked ${stories}` : `Restored ${stories}`}
        </span>
        {n > 0 && (
          <button type="button" className="link-button selection-undo" disabled={busy} onClick={onUndo}>
            Undo
          </button>
        )}
      </div>
    );
  }
  return null;
}
