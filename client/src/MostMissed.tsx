import type { ScoreReport } from '../../shared/agreement/index.js';
import { kindInfo } from './annotations/kinds.js';

/** The spans of the key the class missed most; a click shows one in the article. */
export function MostMissed({
  missed,
  onShowSpan,
}: {
  missed: ScoreReport['mostMissed'];
  onShowSpan: (start: number, end: number) => void;
}) {
  return (
    <>
      <h3>Most missed</h3>
      {missed.length === 0 ? (
        <p>No one missed a span of the key.</p>
      ) : (
        <ol className="most-missed">
          {missed.map((span) => (
            <li key={`${span.kind}-${span.start}-${span.end}`}>
              <button
                type="button"
                className="link-button"
                title={`Missed by ${span.missedBy.join(', ')}`}
                onClick={() => onShowSpan(span.start, span.end)}
              >
                <span className={`kind-tag kind-${span.kind}`}>{kindInfo[span.kind].label}</span> “{span.quote}”
              </button>{' '}
              <span className="count">
                missed by {span.missed} of {span.total}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
