import type { Ref } from 'react';

export function SearchBox({
  value,
  onChange,
  onLeave,
  busy,
  inputRef,
}: {
  value: string;
  onChange: (value: string) => void;
  /** The editor is done typing (Escape / ArrowDown): hand the keyboard back to the list. */
  onLeave: (into: 'list' | 'nowhere') => void;
  busy: boolean;
  inputRef: Ref<HTMLInputElement>;
}) {
  return (
    <form className="search" role="search" onSubmit={(event) => event.preventDefault()}>
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        aria-label="Search the archive"
        placeholder="Search headlines, bylines, body text"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value === '') {
            event.currentTarget.blur();
            onLeave('nowhere');
          } else if (event.key === 'ArrowDown') {
            event.preventDefault();
            onLeave('list');
          }
        }}
      />
      <kbd className="search-key" aria-hidden="true">
        /
      </kbd>
      {busy && <span className="search-busy" aria-hidden="true" />}
    </form>
  );
}
