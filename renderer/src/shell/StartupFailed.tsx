export function StartupFailed({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <main className="gate-screen" aria-labelledby="startup-failed-title">
      <div className="gate-card" role="alert">
        <p className="gate-brand">Copydesk</p>
        <h1 id="startup-failed-title">The archive did not open</h1>
        <p className="gate-detail">{error.message}</p>
        <button type="button" className="button button-primary" onClick={onRetry}>
          Try again
        </button>
      </div>
    </main>
  );
}
