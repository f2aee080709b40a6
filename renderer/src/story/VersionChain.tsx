import type { Ref } from 'react';
import { formatFullTime } from '../common/format-time.ts';
import type { ChainLink } from './version-chain.ts';
import { versionMarks } from './version-chain.ts';

/**
 * Every version the wire sent of this story, oldest first: the newest is the
 * current one; any can be opened to read what it said.
 */
export function VersionChain({
  sectionRef,
  chain,
  shownId,
  onShow,
}: {
  sectionRef?: Ref<HTMLElement>;
  chain: ChainLink[];
  shownId: string;
  onShow: (versionId: string) => void;
}) {
  return (
    <section ref={sectionRef} className="version-chain" aria-label="Versions">
      <h3>
        Versions <span className="chip chip-quiet">{chain.length}</span>
      </h3>
      <ol className="version-list">
        {chain.map(({ info, number, current }) => {
          const shown = info.id === shownId;
          return (
            <li key={info.id}>
              <button
                type="button"
                className={`version-link${shown ? ' is-shown' : ''}${current ? ' is-current' : ''}`}
                aria-current={shown ? 'true' : undefined}
                onClick={() => onShow(info.id)}
              >
                <span className="version-number">Version {number}</span>
                <time className="version-time" dateTime={info.receivedAt}>
                  {formatFullTime(info.receivedAt)}
                </time>
                <span className="version-marks">
                  {versionMarks(info).map((mark) => (
                    <span key={mark} className={`chip chip-signal chip-signal-${mark.toLowerCase()}`}>
                      {mark}
                    </span>
                  ))}
                  {current && <span className="chip chip-current">current</span>}
                  {shown && chain.length > 1 && <span className="chip chip-shown">showing</span>}
                </span>
                <span className="version-file">
                  {info.fileName}
                  {info.version !== number && <> · wire version {info.version}</>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
