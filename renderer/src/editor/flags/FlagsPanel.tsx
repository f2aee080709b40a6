import { useId, useMemo } from 'react';
import type { TranslationFlag } from '../../../../shared/model/editing.ts';
import { $removeMark } from '../marks/remove-mark.ts';
import { revealMark } from '../marks/reveal-mark.ts';
import { useMarks } from '../marks/use-marks.ts';
import { FlagCard } from './FlagCard.tsx';
import { flagsInTextOrder } from '../../../../shared/editor/flag-order.ts';
import { countFlags, flagCountLabels } from './flag-status.ts';
import { useStoryFlags } from './use-story-flags.ts';
import '../../common/flag-status.css';
import './flags.css';

/**
 * The side-by-side view: every flagged passage of the story in the order of
 * the text, each beside its translation, with counts by status on top.
 */
export function FlagsPanel({ storyId }: { storyId: string }) {
  const { editor, marks } = useMarks();
  const flags = useStoryFlags(storyId);
  const titleId = useId();
  const ordered = useMemo(() => flagsInTextOrder(flags.data ?? [], marks.order), [flags.data, marks.order]);
  const counts = flagCountLabels(countFlags(ordered));

  const removeMark = (flag: TranslationFlag) => editor.update(() => void $removeMark(flag.markId));

  return (
    <section className="flags-panel" aria-labelledby={titleId}>
      <header className="flags-panel-head">
        <h2 id={titleId}>Translation</h2>
        {counts.length > 0 && (
          <ul className="flag-counts" aria-label="Flags by status">
            {counts.map(({ status, label }) => (
              <li key={status} className="flag-chip" data-status={status}>
                {label}
              </li>
            ))}
          </ul>
        )}
      </header>
      {flags.isPending ? (
        <p className="flags-panel-note">Loading flags…</p>
      ) : flags.isError ? (
        <p className="field-error" role="alert">
          Translation flags could not be loaded: {flags.error.message}
        </p>
      ) : ordered.length === 0 ? (
        <p className="flags-panel-note">Nothing is flagged for translation. Select a passage or put the cursor in a paragraph and flag it.</p>
      ) : (
        <ol className="flag-list" aria-label="Translation flags">
          {ordered.map((flag) => (
            <li key={flag.id}>
              <FlagCard
                storyId={storyId}
                flag={flag}
                // Until the text has loaded, every mark would look deleted.
                inText={!marks.hasText || marks.present.has(flag.markId)}
                active={marks.active.has(flag.markId)}
                onReveal={() => revealMark(editor, flag.markId)}
                onRemoved={removeMark}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
