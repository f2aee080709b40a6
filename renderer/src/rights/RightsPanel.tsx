import { useId, useState } from 'react';
import type { Licence, StoryRights, Usage } from '../../../shared/model/licence.ts';
import { formatUseTime } from './format-use-time.ts';
import { channelLabel } from '../licences/channel-labels.ts';
import { todayUtc } from '../licences/licence-dates.ts';
import { useLicences } from '../licences/use-licences.ts';
import { CopyButton } from './CopyButton.tsx';
import { RepublishDialog } from './RepublishDialog.tsx';
import { expiryWarning } from './rights-text.ts';
import { useAssignLicence, useStoryRights } from './use-story-rights.ts';

/**
 * What the newsroom may do with the story, said plainly: the story's own
 * restrictions first (they win over any licence), then what its licence
 * allows and the credit to print, or that no licence is on file; then every
 * use recorded so far, and the way to republish it through the rights check.
 */
export function RightsPanel({ storyId, headline }: { storyId: string; headline: string }) {
  const rights = useStoryRights(storyId);
  const [republishing, setRepublishing] = useState(false);
  const [recorded, setRecorded] = useState<Usage | null>(null);
  const titleId = useId();
  return (
    <section className="rights-panel" aria-labelledby={titleId}>
      <div className="rights-head">
        <h3 id={titleId}>Rights</h3>
        <button
          type="button"
          className="button button-small button-primary"
          disabled={!rights.data}
          onClick={() => {
            setRecorded(null);
            setRepublishing(true);
          }}
        >
          Republish…
        </button>
      </div>
      {rights.isPending && <p className="rights-status">Checking the licences…</p>}
      {rights.isError && (
        <p className="field-error" role="alert">
          The rights could not be read: {rights.error.message}
        </p>
      )}
      {rights.data && <RightsBody storyId={storyId} rights={rights.data} />}
      {recorded && (
        <p className="rights-recorded" role="status">
          Use recorded: {channelLabel(recorded.channel)}
          {recorded.territory ? `, ${recorded.territory}` : ''}
          {recorded.overrideReason ? ' (override)' : ''}.
        </p>
      )}
      {rights.data && <UsesList usages={rights.data.usages} />}
      {republishing && (
        <RepublishDialog
          storyId={storyId}
          headline={headline}
          onClose={() => setRepublishing(false)}
          onRecorded={(usage) => {
            setRecorded(usage);
            setRepublishing(false);
          }}
        />
      )}
    </section>
  );
}

function RightsBody({ storyId, rights }: { storyId: string; rights: StoryRights }) {
  const first = rights.licences[0];
  return (
    <>
      {rights.restrictions.length > 0 && (
        <ul className="rights-restrictions" aria-label="Restrictions">
          {rights.restrictions.map((reason, i) => (
            <li key={`${reason.code}-${i}`}>{reason.message}</li>
          ))}
        </ul>
      )}
      {rights.source === 'none' || !first ? (
        <div className="rights-none">
          <p className="rights-none-title">No licence on file</p>
          <p className="rights-help">
            No licence matches this story’s agency, distributor and copyright line, so any republication is blocked. Assign a
            licence by hand, or add the agreement under Licences.
          </p>
          <AssignLicence storyId={storyId} current={null} />
        </div>
      ) : (
        <div className="rights-licence">
          <p className="rights-summary">{rights.summary ?? `Covered by ${first.reference}.`}</p>
          <p className="rights-source">
            <span className={`chip rights-source-${rights.source}`}>{rights.source === 'manual' ? 'assigned by hand' : 'matched'}</span>
            <span>
              {first.reference} · {first.provider}
              {first.distributor ? ` via ${first.distributor}` : ''}
            </span>
            {rights.licences.length > 1 && (
              <span className="rights-also">
                also {rights.licences
                  .slice(1)
                  .map((licence) => licence.reference)
                  .join(', ')}
              </span>
            )}
          </p>
          {rights.expiresSoon && rights.expiresOn && (
            <p className="rights-expiry">
              <span aria-hidden="true">⚠ </span>
              {expiryWarning(rights.expiresOn, todayUtc())}
            </p>
          )}
          {rights.attribution && (
            <div className="rights-credit">
              <span className="rights-credit-label">Credit</span>
              <q className="attribution-line">{rights.attribution}</q>
              <CopyButton text={rights.attribution} label="Copy the credit" />
            </div>
          )}
          {rights.source === 'manual' ? (
            <BackToAutomatic storyId={storyId} />
          ) : (
            <details className="rights-assign-other">
              <summary>Assign another licence</summary>
              <AssignLicence storyId={storyId} current={first.id} />
            </details>
          )}
        </div>
      )}
    </>
  );
}

function licenceName(licence: Licence): string {
  return `${licence.reference} · ${licence.provider}${licence.distributor ? ` via ${licence.distributor}` : ''}`;
}

/** A licence chosen by hand for a story no licence matches (or matches wrongly). */
function AssignLicence({ storyId, current }: { storyId: string; current: string | null }) {
  const licences = useLicences();
  const assign = useAssignLicence(storyId);
  const [choice, setChoice] = useState('');
  const selectId = useId();
  const choices = (licences.data?.licences ?? []).filter((licence) => !licence.retired && licence.id !== current);
  if (licences.data && choices.length === 0) {
    return <p className="rights-help">{current ? 'No other licence is on file.' : 'There is no licence on file to assign yet.'}</p>;
  }
  return (
    <form
      className="rights-assign"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice !== '') assign.mutate(choice, { onSuccess: () => setChoice('') });
      }}
    >
      <label htmlFor={selectId}>Assign a licence</label>
      <div className="settings-row">
        <select id={selectId} className="select-input" value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">Choose a licence…</option>
          {choices.map((licence) => (
            <option key={licence.id} value={licence.id}>
              {licenceName(licence)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-small" disabled={choice === '' || assign.isPending}>
          Assign
        </button>
      </div>
      {assign.error && (
        <p className="field-error" role="alert">
          Not assigned: {assign.error.message}
        </p>
      )}
    </form>
  );
}

function BackToAutomatic({ storyId }: { storyId: string }) {
  const assign = useAssignLicence(storyId);
  return (
    <div className="rights-assign">
      <button type="button" className="button button-small" disabled={assign.isPending} onClick={() => assign.mutate(null)}>
        Back to automatic
      </button>
      <span className="rights-help"> Match the story to its licences by agency and distributor again.</span>
      {assign.error && (
        <p className="field-error" role="alert">
          Not changed: {assign.error.message}
        </p>
      )}
    </div>
  );
}

/** Every recorded use of the story, newest first, overrides marked. */
function UsesList({ usages }: { usages: Usage[] }) {
  const titleId = useId();
  return (
    <div className="rights-uses">
      <h4 id={titleId}>Uses</h4>
      {usages.length === 0 ? (
        <p className="rights-help">Not republished yet.</p>
      ) : (
        <ul aria-labelledby={titleId}>
          {usages.map((usage) => (
            <li key={usage.id} className="rights-use">
              <span className="chip chip-channel">{channelLabel(usage.channel)}</span>
              {usage.territory && <span className="rights-use-territory">{usage.territory}</span>}
              <time dateTime={usage.usedAt}>{formatUseTime(usage.usedAt)}</time>
              <span className="rights-use-who">{usage.user}</span>
              {usage.licenceReference && <span className="rights-use-licence">{usage.licenceReference}</span>}
              {usage.modified && <span className="chip chip-quiet">modified</span>}
              {usage.translated && <span className="chip chip-quiet">translated</span>}
              {usage.excerptWords !== null && <span className="chip chip-quiet">{usage.excerptWords} words</span>}
              {usage.overrideReason && (
                <span className="rights-use-override">
                  <span className="chip chip-override">override</span> {usage.overrideReason}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
