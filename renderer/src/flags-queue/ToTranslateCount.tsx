import { useToTranslateCount } from './use-flag-queue.ts';
import './desk.css';

/** The sidebar's pill beside "Translation desk": passages flagged or in progress. Nothing when none wait. */
export function ToTranslateCount() {
  const count = useToTranslateCount();
  if (count === null || count === 0) return null;
  const label = `${count.toLocaleString('en')} to translate`;
  return (
    <span className="section-pill" title={label}>
      {count.toLocaleString('en')}
      <span className="visually-hidden"> to translate</span>
    </span>
  );
}
