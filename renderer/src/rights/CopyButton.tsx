import { useEffect, useState } from 'react';

/** How long "Copied" stays on the button. */
const SHOWN_MS = 2000;

/** Copies a line to the clipboard, and says so on the button. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <button
      type="button"
      className="button button-small copy-button"
      aria-label={state === 'idle' ? label : undefined}
      onClick={() => {
        // No clipboard outside a secure context: say so rather than throw.
        const clipboard = navigator.clipboard as Clipboard | undefined;
        if (!clipboard) {
          setState('failed');
          return;
        }
        clipboard.writeText(text).then(
          () => setState('copied'),
          () => setState('failed'),
        );
      }}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Not copied: select it and copy' : 'Copy'}
    </button>
  );
}
