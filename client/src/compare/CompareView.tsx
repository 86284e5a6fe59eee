import type { Comparison } from '../../../shared/compare/compare.js';
import { plural } from '../plural.js';
import { AlignedRows } from './AlignedRows.js';
import { People } from './People.js';
import { Quotations } from './Quotations.js';
import { useDifferenceNavigation } from './useDifferenceNavigation.js';

/**
 * The comparison side by side: a row per aligned sentence, changed words,
 * changed figures and flagged speakers highlighted, both versions'
 * annotations in place; then the quotations. `j`/`n` and `k`/`p` move to the
 * next and previous difference.
 */
export function CompareView({ comparison }: { comparison: Comparison }) {
  const { summary } = comparison;
  const { differences, current, rowRefs, move } = useDifferenceNavigation(comparison);

  return (
    <section className="compare-view" aria-label="Comparison">
      <p className="cmp-summary">
        Sentences: {summary.sentences.same} same, {summary.sentences.changed} changed ({summary.sentences.moved} moved),{' '}
        {summary.sentences.onlyA} only in A, {summary.sentences.onlyB} only in B · Quotations: {summary.quotations.verbatim} verbatim,{' '}
        {summary.quotations.reworded} reworded, {summary.quotations.onlyA} only in A, {summary.quotations.onlyB} only in B ·{' '}
        {summary.speakerFlags} speaker changes · {summary.titleDrifts} title drifts · {summary.changedFigures} changed figures ·{' '}
        {summary.droppedDetails} details in one version only
        {(comparison.skipped?.length ?? 0) > 0 && ` · ${comparison.skipped?.length} damaged annotations not shown`}
      </p>
      <div className="cmp-toolbar">
        <div className="cmp-legend" aria-label="Legend">
          <span className="annotation annotation-claim">Claim</span>
          <span className="annotation annotation-denial">Denial</span>
          <span className="annotation annotation-attribution">Attribution</span>
          <span className="cmp-change">Changed words</span>
          <span className="cmp-figure">Changed number, date or time</span>
          <span className="cmp-speaker">Speaker or title differs</span>
        </div>
        <span className="cmp-nav">
          <button type="button" className="secondary" onClick={() => move(-1)} aria-keyshortcuts="k p" disabled={differences.length === 0}>
            ↑ Previous difference
          </button>
          <button type="button" className="secondary" onClick={() => move(1)} aria-keyshortcuts="j n" disabled={differences.length === 0}>
            ↓ Next difference
          </button>
          <span className="cmp-keys">
            {differences.length === 0 ? 'No differences.' : `${plural(differences.length, 'difference')} · j/n next, k/p previous`}
          </span>
        </span>
      </div>
      <AlignedRows comparison={comparison} current={current} rowRefs={rowRefs} />
      <Quotations comparison={comparison} />
      <People people={comparison.people} />
    </section>
  );
}
