import type { ReactNode } from 'react';
import type { ArchiveView } from './filters/filter-state.ts';

/** Archive or Spiked: the stories in use, or those editors set aside. */
export function ViewTabs({
  view,
  spikedCount,
  listId,
  onChange,
}: {
  view: ArchiveView;
  spikedCount: string | null;
  listId: string;
  onChange: (view: ArchiveView) => void;
}) {
  return (
    <div className="view-tabs" role="tablist" aria-label="Archive views">
      <Tab name="archive" view={view} listId={listId} onChange={onChange}>
        Archive
      </Tab>
      <Tab name="spiked" view={view} listId={listId} onChange={onChange}>
        Spiked
        {spikedCount !== null && spikedCount !== '0' && (
          <span className="tab-count" title={`${spikedCount} spiked`}>
            {spikedCount}
          </span>
        )}
      </Tab>
    </div>
  );
}

function Tab({
  name,
  view,
  listId,
  onChange,
  children,
}: {
  name: ArchiveView;
  view: ArchiveView;
  listId: string;
  onChange: (view: ArchiveView) => void;
  children: ReactNode;
}) {
  const selected = name === view;
  return (
    <button
      type="button"
      role="tab"
      className={`view-tab view-tab-${name}${selected ? ' is-selected' : ''}`}
      aria-selected={selected}
      aria-controls={listId}
      tabIndex={selected ? 0 : -1}
      onClick={() => onChange(name)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
          event.preventDefault();
          const other = name === 'archive' ? 'spiked' : 'archive';
          onChange(other);
          const sibling = event.key === 'ArrowRight' ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling;
          if (sibling instanceof HTMLElement) sibling.focus();
        }
      }}
    >
      {children}
    </button>
  );
}
