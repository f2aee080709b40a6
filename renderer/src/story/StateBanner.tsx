import type { StoryState } from '../../../shared/model/story.ts';
import { formatFullTime } from '../common/format-time.ts';

/**
 * What the agency said about the whole story, above the copy, where no editor
 * can miss it: whichever version is on screen, a killed story stays killed.
 */
export function StateBanner({ state, embargoedUntil }: { state: StoryState; embargoedUntil: string | undefined }) {
  switch (state) {
    case 'killed':
      return (
        <div className="state-banner state-banner-killed" role="alert">
          <strong>Killed by the agency — do not use.</strong> Do not publish this story, and take it down wherever it
          already ran.
        </div>
      );
    case 'embargoed':
      return (
        <div className="state-banner state-banner-embargoed" role="alert">
          <strong>
            {embargoedUntil ? `Embargoed until ${formatFullTime(embargoedUntil)}` : 'Embargoed'} — do not publish before.
          </strong>
        </div>
      );
    case 'withheld':
      return (
        <div className="state-banner state-banner-withheld" role="alert">
          <strong>Withheld by the agency — hold it.</strong> Do not publish until the agency releases it.
        </div>
      );
    default:
      return null;
  }
}
