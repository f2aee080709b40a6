import type { ApiYjsProvider } from './api-yjs-provider.ts';
import { useProviderStatus } from './story-text-context.tsx';

/** Whether what the editor typed is safe: "Saved" once the services stored it, the reason and a retry when they could not. */
export function SaveIndicator({ provider }: { provider: ApiYjsProvider }) {
  const { open, save } = useProviderStatus(provider);
  if (open.kind === 'opening') return <Indicator state="opening">Opening…</Indicator>;
  if (save.kind === 'saving') return <Indicator state="saving">Saving…</Indicator>;
  if (save.kind === 'failed') {
    return (
      <span className="save-state is-failed" role="alert" aria-label="Save state">
        Not saved: {sentence(save.reason)}{' '}
        <button type="button" className="link-button" onClick={() => provider.retry()}>
          Retry now
        </button>
        <span className="save-state-note"> (Copydesk also tries again by itself; keep this window open.)</span>
      </span>
    );
  }
  return (
    <Indicator state="saved" title="Everything typed is stored in the archive">
      Saved
    </Indicator>
  );
}

function Indicator({ state, title, children }: { state: string; title?: string; children: string }) {
  return (
    <span className={`save-state is-${state}`} role="status" aria-label="Save state" title={title}>
      {children}
    </span>
  );
}

/** A reason as one sentence, whether or not the message ended with its own full stop. */
export function sentence(reason: string): string {
  return `${reason.replace(/[\s.]+$/, '')}.`;
}
