import type { ReactNode } from 'react';
import type { MethodOutput } from '../../../shared/api/contract.ts';
import { formatStoryCount } from '../archive/format-count.ts';
import { ToTranslateCount } from '../flags-queue/ToTranslateCount.tsx';
import { ImportButton } from '../import/ImportButton.tsx';
import { ExpiringLicencesCount } from '../licences/ExpiringLicencesCount.tsx';
import { useRejectedCount } from '../ingest-log/use-ingest-log.ts';
import { IngestProgress } from '../progress/IngestProgress.tsx';
import type { View } from './use-view.ts';

const comingSections = ['Sync'] as const;

export function Sidebar({
  info,
  view,
  onImport,
  importing,
}: {
  info: MethodOutput<'app.info'>;
  view: View;
  onImport: (files: File[]) => void;
  importing: boolean;
}) {
  const rejected = useRejectedCount();
  return (
    <aside className="sidebar" aria-label="Copydesk">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          C
        </span>
        <span className="brand-name">Copydesk</span>
      </div>
      <ImportButton onFiles={onImport} busy={importing} />
      <nav aria-label="Sections" className="sections">
        <ul>
          <SectionLink view="archive" current={view} label="Archive">
            <span className="section-count">{info.storyCount.toLocaleString('en')}</span>
          </SectionLink>
          <SectionLink view="ingest-log" current={view} label="Ingest log">
            {rejected !== null && rejected !== '0' && (
              <span className="section-badge" title="Files rejected">
                {rejected}
                <span className="visually-hidden"> rejected</span>
              </span>
            )}
          </SectionLink>
          <SectionLink view="translation" current={view} label="Translation desk">
            <ToTranslateCount />
          </SectionLink>
          <SectionLink view="licences" current={view} label="Licences">
            <ExpiringLicencesCount />
          </SectionLink>
          {comingSections.map((name) => (
            <li key={name}>
              <span className="section section-coming" aria-disabled="true">
                {name}
                <span className="chip chip-quiet">coming</span>
              </span>
            </li>
          ))}
          <SectionLink view="settings" current={view} label="Settings" />
        </ul>
      </nav>
      <IngestProgress />
      <footer className="sidebar-footer">
        <p>{formatStoryCount(info.storyCount, false)} in the archive</p>
        <p className="sidebar-path" title={info.dataDir}>
          {info.dataDir}
        </p>
        <p className="sidebar-version">
          v{info.appVersion} · {info.host === 'electron' ? 'desktop' : 'browser host'}
        </p>
      </footer>
    </aside>
  );
}

function SectionLink({ view, current, label, children }: { view: View; current: View; label: string; children?: ReactNode }) {
  const active = view === current;
  return (
    <li>
      <a className={`section${active ? ' section-active' : ''}`} href={`#${view}`} aria-current={active ? 'page' : undefined}>
        {label}
        {children}
      </a>
    </li>
  );
}
