import { useId, useRef, useState } from 'react';
import type { Licence } from '../../../shared/model/licence.ts';
import { LicenceFileButtons } from './LicenceFileButtons.tsx';
import { LicenceFormPanel } from './LicenceFormPanel.tsx';
import { monthUtc, todayUtc } from './licence-dates.ts';
import { LicenceTable } from './LicenceTable.tsx';
import { UsageReportPanel } from './UsageReportPanel.tsx';
import { useLicences, useRetireLicence } from './use-licences.ts';

/** The form is open on a new licence or on one to edit; closed otherwise. */
type Editing = { licence: Licence | null } | null;

/**
 * The Licences section: every agreement on file, the form to add or change
 * one, licence files in and out, and the usage report per licence and month.
 */
export function LicencesView() {
  const licences = useLicences();
  const retire = useRetireLicence();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const today = todayUtc();
  const thisMonth = monthUtc();
  const [reportLicence, setReportLicence] = useState<string | null>(null);
  const [reportMonth, setReportMonth] = useState(thisMonth);
  const reportRef = useRef<HTMLSelectElement>(null);
  const titleId = useId();
  const list = licences.data?.licences ?? [];

  function openForm(licence: Licence | null) {
    setNotice(null);
    setEditing({ licence });
  }

  function formDone(saved: Licence | null) {
    setEditing(null);
    if (saved) setNotice(`Saved licence ${saved.reference}.`);
  }

  function showReport(licence: Licence) {
    setReportLicence(licence.id);
    reportRef.current?.scrollIntoView({ block: 'center' });
    reportRef.current?.focus();
  }

  return (
    <section className="view-pane licences-pane" aria-labelledby={titleId}>
      <header className="pane-header">
        <div className="pane-title-row">
          <h1 id={titleId} className="pane-title">
            Licences
          </h1>
          {licences.data && (
            <p className="result-count">{list.length === 1 ? '1 licence' : `${list.length.toLocaleString('en')} licences`}</p>
          )}
        </div>
        <p className="pane-note">
          What each agreement lets the newsroom do with an agency’s copy. Every story is matched to the licences of its agency and
          distributor; its rights panel says what they allow.
        </p>
        <div className="licence-tools">
          <button type="button" className="button button-primary" disabled={editing?.licence === null} onClick={() => openForm(null)}>
            New licence
          </button>
          <LicenceFileButtons />
        </div>
      </header>
      <div className="licences-body">
        {notice && (
          <p className="licence-notice" role="status">
            {notice}
          </p>
        )}
        {editing && (
          // Keyed by the licence, so switching from one to another starts the form over.
          <LicenceFormPanel key={editing.licence?.id ?? 'new'} licence={editing.licence} today={today} onDone={formDone} />
        )}
        {licences.isPending && <p className="reading-status">Reading the licences…</p>}
        {licences.isError && (
          <p className="pane-error" role="alert">
            The licences could not be read: {licences.error.message}
          </p>
        )}
        {retire.error && (
          <p className="field-error" role="alert">
            Not changed: {retire.error.message}
          </p>
        )}
        {licences.data && list.length === 0 && !editing && (
          <div className="empty-list">
            <p className="empty-title">No licence on file</p>
            <p>Add the newsroom’s agreements with New licence, or import a licence file. Until then every story says “No licence on file”.</p>
          </div>
        )}
        {list.length > 0 && (
          <LicenceTable
            licences={list}
            today={today}
            busyId={retire.isPending ? (retire.variables?.id ?? null) : null}
            onEdit={(licence) => openForm(licence)}
            onRetire={(licence, retired) => retire.mutate({ id: licence.id, retired })}
            onReport={showReport}
          />
        )}
        {list.length > 0 && (
          <UsageReportPanel
            licences={list}
            licenceId={reportLicence}
            month={reportMonth}
            thisMonth={thisMonth}
            selectRef={reportRef}
            onLicence={setReportLicence}
            onMonth={setReportMonth}
          />
        )}
      </div>
    </section>
  );
}
