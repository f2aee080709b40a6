import type { MethodOutput } from '../../../shared/api/contract.ts';
import { ImportButton } from '../import/ImportButton.tsx';
import { formatStoryCount } from '../archive/format-count.ts';

const comingSections = ['Flags', 'Licences', 'Sync'] as const;

export function Sidebar({
  info,
  onImport,
  importing,
}: {
  info: MethodOutput<'app.info'>;
  onImport: (files: File[]) => void;
  importing: boolean;
}) {
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
          <li>
            <a className="section section-active" href="#archive" aria-current="page">
              Archive
              <span className="section-count">{info.storyCount.toLocaleString('en')}</span>
            </a>
          </li>
          {comingSections.map((name) => (
            <li key={name}>
              <span className="section section-coming" aria-disabled="true">
                {name}
                <span className="chip chip-quiet">coming</span>
              </span>
            </li>
          ))}
        </ul>
      </nav>
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
