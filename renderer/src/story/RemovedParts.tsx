import type { RemovedPart } from '../../../shared/model/story.ts';

const kindLabels: Record<RemovedPart['kind'], string> = {
  rating: 'rating',
  'page-debris': 'page debris',
  separator: 'separator',
  syndication: 'syndication',
  signoff: 'sign-off',
  boilerplate: 'boilerplate',
};

/** What the parser split off the story text: kept and shown, never silently dropped. */
export function RemovedParts({ parts }: { parts: RemovedPart[] }) {
  return (
    <details className="removed">
      <summary>
        Removed from the wire copy <span className="chip chip-quiet">{parts.length}</span>
      </summary>
      {parts.length === 0 ? (
        <p className="removed-note">Nothing was split off this story.</p>
      ) : (
        <>
          <p className="removed-note">Copydesk took these parts out of the story text. The original file keeps them.</p>
          <ul className="removed-list">
            {parts.map((part, i) => (
              <li key={i}>
                <span className={`chip chip-kind chip-kind-${part.kind}`}>{kindLabels[part.kind]}</span>
                <span className="removed-text">{part.text}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
