import { useId, type ReactNode } from 'react';
import type { StoryDetail } from '../../../shared/model/story.ts';
import { formatBytes } from '../common/format-bytes.ts';
import { formatLanguage } from '../common/format-language.ts';
import { formatFullTime } from '../common/format-time.ts';
import { formatDateline } from './format-dateline.ts';

/** Where the story came from and what the wire file was: one labelled fact per line. */
export function StoryFacts({ detail, position }: { detail: StoryDetail; /** The shown version's place in the chain, from 1. */ position: number }) {
  const { story, version, versions } = detail;
  return (
    <section className="story-facts" aria-label="Wire details">
      <h3>Wire details</h3>
      <dl>
        <Fact term="Agency">{story.provider}</Fact>
        <Fact term="Distributor">{story.distributor}</Fact>
        <Fact term="Dateline">{story.dateline && formatDateline(story.dateline)}</Fact>
        <Fact term="Byline">{story.byline}</Fact>
        <Fact term="Copyright">{story.copyright}</Fact>
        <Fact term="Usage terms">{story.usageTerms}</Fact>
        <Fact term="Language">{story.language && formatLanguage(story.language)}</Fact>
        <Fact term="Embargoed until">{story.embargoedUntil && formatFullTime(story.embargoedUntil)}</Fact>
        <Fact term="First created">{story.firstCreated && formatFullTime(story.firstCreated)}</Fact>
        <Fact term="Version">
          {versions.length > 1 ? `${position} of ${versions.length}` : String(position)}
          {version.version !== position && ` (wire version ${version.version})`}
        </Fact>
        <Fact term="Format">{version.format}</Fact>
        <Fact term="File">{version.fileName}</Fact>
        <Fact term="Size">{formatBytes(version.byteLength)}</Fact>
        <Fact term="SHA-256">
          <code className="fact-hash">{version.sha256}</code>
        </Fact>
        <Fact term="Received">
          <time dateTime={version.receivedAt}>{formatFullTime(version.receivedAt)}</time>
        </Fact>
      </dl>
    </section>
  );
}

/** A term and its value; the value is named by its term so tests and screen readers find it. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  const id = useId();
  if (children === undefined || children === null || children === '' || children === false) return null;
  return (
    <div className="fact">
      <dt id={id}>{term}</dt>
      <dd aria-labelledby={id}>{children}</dd>
    </div>
  );
}
