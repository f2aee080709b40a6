import { useRef } from 'react';

/** The Import button opens the system file picker; the input itself stays hidden. */
export function ImportButton({ onFiles, busy }: { onFiles: (files: File[]) => void; busy: boolean }) {
  const inputRef = useRef<HTMLInputElement | null>(null);
  return (
    <>
      <button type="button" className={`button button-primary import-button${busy ? ' is-busy' : ''}`}
        aria-describedby={busy ? 'import-progress' : undefined}
        onClick={() => inputRef.current?.click()}>
        Import
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Clear it so picking the same file again still fires change.
          event.currentTarget.value = '';
          onFiles(files);
        }}
      />
    </>
  );
}
