import type { StoryDetail } from '../../../shared/model/story.ts';
import { formatDateline } from './format-dateline.ts';
import { RemovedParts } from './RemovedParts.tsx';
import { StoryFacts } from './StoryFacts.tsx';

/** One story as an editor reads it: the copy first, then where it came from, then what was split off. */
export function StoryView({ detail }: { detail: StoryDetail }) {
  const { story } = detail;
  const headlineId = `story-headline-${detail.id}`;
  return (
    <article className="story" aria-labelledby={headlineId}>
      <header className="story-header">
        <p className="story-kicker">
          {story.provider && <span className="story-provider">{story.provider}</span>}
          {story.slugline && <span className="story-slugline">{story.slugline}</span>}
          <span className={`chip chip-status-${story.pubStatus}`}>{story.pubStatus}</span>
          {story.urgency !== undefined && story.urgency <= 3 && <span className="chip chip-urgent">urgent {story.urgency}</span>}
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
      {story.edNote && (
        <aside className="story-ednote" aria-label="Editor's note">
          {story.edNote}
        </aside>
      )}
      <div className="story-body">
        {story.body.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      {story.copyright && <p className="story-copyright">{story.copyright}</p>}
      <StoryFacts detail={detail} />
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
