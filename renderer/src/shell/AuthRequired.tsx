/** What an editor sees when the page reached the host without its launch token. */
export function AuthRequired({ reason }: { reason: string }) {
  return (
    <main className="gate-screen" aria-labelledby="auth-title">
      <div className="gate-card">
        <p className="gate-brand">Copydesk</p>
        <h1 id="auth-title">This window is not signed in to Copydesk</h1>
        <p>
          Open the address printed by <code>copydesk serve</code>, with its token. It looks like{' '}
          <code>http://127.0.0.1:PORT/?token=…</code>
        </p>
        <p className="gate-note">
          Each launch of <code>copydesk serve</code> makes a new token, so an address from an earlier launch no longer
          works.
        </p>
        <p className="gate-detail">{reason}</p>
      </div>
    </main>
  );
}
