/** Shown while files are dragged over the window: the whole window is the drop target. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" role="status">
      <div className="drop-card">
        <p className="drop-title">Drop wire files to import</p>
        <p>Agency text, one story per file. Each file is checked and archived; the original bytes are kept.</p>
      </div>
    </div>
  );
}
