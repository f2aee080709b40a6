import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../shell/api-context.tsx';
import { useThrottled } from '../../shell/use-throttled.ts';
import { useStoryTextProvider } from '../story-text-context.tsx';
import { foldUnchanged, type DiffRun } from './fold-unchanged.ts';
import { diffKey, useStoryDiff } from './use-revisions.ts';

const number = new Intl.NumberFormat();

/**
 * The current text against an older one, word by word: added words in green
 * (<ins>), removed ones struck through in red (<del>), long unchanged
 * stretches folded. It follows the text as the editor types.
 */
export function DiffView({ storyId, from, against, onClose }: { storyId: string; from: string; against: string; onClose: () => void }) {
  const diff = useStoryDiff(storyId, from);
  useFollowTheText(storyId, from);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="diff-view" aria-label={`Changes since ${against}`}>
      <header className="diff-header">
        <h3 ref={headingRef} tabIndex={-1}>
          Changes since {against}
        </h3>
        <button type="button" className="button button-small" onClick={onClose}>
          Back to revisions
        </button>
      </header>
      {diff.isPending && <p className="panel-note">Comparing…</p>}
      {diff.isError && (
        <p className="panel-error" role="alert">
          Could not compare: {diff.error.message}
        </p>
      )}
      {diff.data && (
        <>
          <p className="diff-summary" aria-label="Words changed">
            {diff.data.added === 0 && diff.data.removed === 0 ? (
              'No changes: the text is the same.'
            ) : (
              <>
                <span className="diff-count-added">{plural(diff.data.added, 'word')} added</span>
                <span className="diff-count-removed">{plural(diff.data.removed, 'word')} removed</span>
              </>
            )}
          </p>
          <DiffText runs={foldUnchanged(diff.data.parts)} />
        </>
      )}
    </section>
  );
}

function DiffText({ runs }: { runs: DiffRun[] }) {
  const [unfolded, setUnfolded] = useState<ReadonlySet<number>>(new Set());
  return (
    <div className="diff-text">
      {runs.map((run, i) => {
        if (run.kind === 'folded') {
          if (unfolded.has(i)) return <span key={i}>{run.text}</span>;
          return (
            <button key={i} type="button" className="diff-folded" onClick={() => setUnfolded(new Set(unfolded).add(i))}>
              … {plural(run.words, 'unchanged word')} …
            </button>
          );
        }
        if (run.kind === 'added') return <ins key={i}>{run.text}</ins>;
        if (run.kind === 'removed') return <del key={i}>{run.text}</del>;
        return <span key={i}>{run.text}</span>;
      })}
    </div>
  );
}

/** Compares again when the text changes here (once saved) or elsewhere, at most about once a second. */
function useFollowTheText(storyId: string, from: string): void {
  const api = useApi();
  const provider = useStoryTextProvider();
  const queryClient = useQueryClient();
  const refresh = useThrottled(() => void queryClient.invalidateQueries({ queryKey: diffKey(storyId, from) }), 1_000);
  useEffect(() => {
    let saving = false;
    const stopSaves = provider.subscribe(() => {
      const kind = provider.getStatus().save.kind;
      if (saving && kind === 'saved') refresh();
      saving = kind === 'saving';
    });
    const stopRemote = api.on('story.text.changed', ({ storyId: changed }) => {
      if (changed === storyId) refresh();
    });
    return () => {
      stopSaves();
      stopRemote();
    };
  }, [api, provider, refresh, storyId]);
}

function plural(n: number, noun: string): string {
  return `${number.format(n)} ${noun}${n === 1 ? '' : 's'}`;
}
