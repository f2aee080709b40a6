/** How far a batch of files has got, as a bar screen readers can read too. */
export function FileProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((Math.min(done, total) / total) * 100);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      aria-valuetext={`${done} of ${total} files`}
    >
      <div className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
