import { useRef } from 'react';
import type { StoryDetail } from '../../../shared/model/story.ts';
import { formatFullTime } from '../common/format-time.ts';
import { StateChip } from '../common/StateChip.tsx';
import { effectiveState } from '../common/story-state.ts';
import { RightsPanel } from '../rights/RightsPanel.tsx';
import { formatDateline } from './format-dateline.ts';
import { RemovedParts } from './RemovedParts.tsx';
import { StateBanner } from './StateBanner.tsx';
import { StoryActions } from './StoryActions.tsx';
import { StoryFacts } from './StoryFacts.tsx';
import { VersionChain } from './VersionChain.tsx';
import { versionChain } from './version-chain.ts';

/** One story as an editor reads it: what the agency says of it, the copy, its versions, where it came from, what was split off. */
export function StoryView({
  detail,
  onShowVersion,
  switching = false,
}: {
  detail: StoryDetail;
  /** null: back to the current version. */
  onShowVersion: (versionId: string | null) => void;
  /** Another version is on its way; this one stays until it arrives. */
  switching?: boolean;
}) {
  const { story } = detail;
  const headlineId = `story-headline-${detail.id}`;
  const chain = versionChain(detail);
  const shown = chain.find((link) => link.info.id === detail.version.id);
  const newest = chain.at(-1);
  const state = effectiveState(detail.state, newest?.info.pubStatus ?? story.pubStatus, story.embargoedUntil);
  const chainRef = useRef<HTMLElement | null>(null);
  return (
    <article className={`story${switching ? ' is-switching' : ''}${detail.spiked ? ' is-spiked' : ''}`} aria-labelledby={headlineId} aria-busy={switching}>
      <StateBanner state={state} embargoedUntil={story.embargoedUntil} />
      {shown && !shown.current && (
        <div className="older-version" role="status">
          <span>
            You are reading version {shown.number} of {chain.length}, received {formatFullTime(shown.info.receivedAt)}: not
            the current one.
          </span>
          <button type="button" className="link-button" onClick={() => onShowVersion(null)}>
            Show the current version
          </button>
        </div>
      )}
      <header className="story-header">
        <StoryActions storyId={detail.id} spiked={detail.spiked === true} />
        <p className="story-kicker">
          {story.provider && <span className="story-provider">{story.provider}</span>}
          {story.slugline && <span className="story-slugline">{story.slugline}</span>}
          {detail.spiked && (
            <span className="chip chip-spiked" title="Spiked by an editor: out of the archive’s lists until restored">
              spiked
            </span>
          )}
          <StateChip state={state} embargoedUntil={story.embargoedUntil} showUsable />
          {story.urgency !== undefined && story.urgency <= 3 && <span className="chip chip-urgent">urgent {story.urgency}</span>}
          {chain.length > 1 && shown && (
            // The chain sits below the copy; this says at once which version is on screen and leads there.
            <button
              type="button"
              className="badge-versions badge-button"
              aria-label={`Go to the versions: this is version ${shown.number} of ${chain.length}`}
              onClick={() => chainRef.current?.scrollIntoView({ block: 'start' })}
            >
              v{shown.number} of {chain.length}
            </button>
          )}
        </p>
        <h2 className="story-headline" id={headlineId}>
          {story.headline}
          {story.headlineDerived && (
            <span className="badge-derived" title="The copy has no headline; Copydesk derived this one from the lead.">
              derived
            </span>
          )}
        </h2>
        {story.byline && <p className="story-byline">{story.byline}</p>}
        {story.dateline && <p className="story-dateline">{formatDateline(story.dateline)}</p>}
      </header>
      {/* Before the copy: what the newsroom may do with it is the first thing an editor needs. */}
      <RightsPanel storyId={detail.id} headline={story.headline} />
      {story.edNote && (
        <aside className="story-ednote" aria-label="Editor's note">
          {story.edNote}
        </aside>
      )}
      <div className="story-body">
        {story.body.length === 0 && <p className="story-body-empty">This version carries no story text.</p>}
        {story.body.map((paragraph, i) => (
          <p key={i} className={story.preformatted?.includes(i) ? 'is-preformatted' : undefined}>
            {paragraph}
          </p>
        ))}
      </div>
      {story.copyright && <p className="story-copyright">{story.copyright}</p>}
      <VersionChain sectionRef={chainRef} chain={chain} shownId={detail.version.id} onShow={(id) => onShowVersion(id === newest?.info.id ? null : id)} />
      <StoryFacts detail={detail} position={shown?.number ?? chain.length} />
      <RemovedParts parts={story.removed} />
      {story.warnings.length > 0 && (
        <section className="story-warnings" aria-label="Parser notes">
          <h3>Parser notes</h3>
          <ul>
            {story.warnings.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
