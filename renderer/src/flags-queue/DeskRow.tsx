import type { QueuedFlag } from '../../../shared/model/editing.ts';
import { formatLanguage } from '../common/format-language.ts';
import { formatFullTime, formatListTime } from '../common/format-time.ts';
import { FlagStatusChip } from './FlagStatusChip.tsx';

/**
 * One flagged passage: its story, the passage (clamped), the languages, where
 * it stands, the note and who flagged it when. The whole row opens the story;
 * the headline is the button the keyboard reaches.
 */
export function DeskRow({ flag, onOpenStory }: { flag: QueuedFlag; onOpenStory: (storyId: string) => void }) {
  const source = flag.sourceLanguage;
  const languages = `${source ? formatLanguage(source) : 'Unknown language'} into ${formatLanguage(flag.targetLanguage)}`;
  return (
    <li className={`desk-row desk-row-${flag.status}`} onClick={() => onOpenStory(flag.storyId)}>
      <div className="desk-row-meta">
        <FlagStatusChip status={flag.status} />
        <span className="desk-languages" title={languages}>
          <span aria-hidden="true">
            {source ?? '?'} → {flag.targetLanguage}
          </span>
          <span className="visually-hidden">{languages}</span>
        </span>
        <span className="desk-author">{flag.author}</span>
        <time className="desk-time" dateTime={flag.createdAt} title={`Flagged ${formatFullTime(flag.createdAt)}`}>
          {formatListTime(flag.createdAt)}
        </time>
      </div>
      <button
        type="button"
        className="desk-headline"
        onClick={(event) => {
          event.stopPropagation();
          onOpenStory(flag.storyId);
        }}
      >
        {flag.headline}
      </button>
      <p className="desk-passage" lang={source ?? undefined} title={flag.sourceText}>
        {flag.sourceText}
      </p>
      {flag.translation && (
        <p className="desk-translation" lang={flag.targetLanguage}>
          <span className="desk-label">Translation</span> {flag.translation}
        </p>
      )}
      {flag.note && (
        <p className="desk-note">
          <span className="desk-label">Note</span> {flag.note}
        </p>
      )}
    </li>
  );
}
