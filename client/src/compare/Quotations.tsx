import type { Comparison } from '../../../shared/compare/compare.js';
import { quotationHighlights } from '../../../shared/compare/highlights.js';
import type { QuotationPair } from '../../../shared/compare/quotationPairs.js';
import { Highlighted } from './Highlighted.js';
import { SpeakerFlag, written } from './SpeakerFlag.js';

const quotationStatusLabels: Record<QuotationPair['status'], string> = {
  verbatim: 'Verbatim',
  reworded: 'Reworded',
  'only-a': 'Only in A',
  'only-b': 'Only in B',
};

/** The quotations of both versions paired: verbatim, reworded or in one only, with who says each. */
export function Quotations({ comparison }: { comparison: Comparison }) {
  return (
    <>
      <h2>Quotations</h2>
      {comparison.quotations.length === 0 ? (
        <p className="empty">Neither version quotes anyone.</p>
      ) : (
        <table className="cmp-rows cmp-quotations" aria-label="Quotations">
          <tbody>
            {comparison.quotations.map((pair, index) => (
              <tr key={index} className={`cmp-row cmp-${pair.status}`}>
                <td className="cmp-status">{quotationStatusLabels[pair.status]}</td>
                {(['a', 'b'] as const).map((side) => {
                  const quotationIndex = pair[side];
                  const quotation = quotationIndex === null ? undefined : comparison[side].quotations[quotationIndex];
                  if (quotation === undefined)
                    return (
                      <td key={side} className="cmp-missing">
                        not in this version
                      </td>
                    );
                  return (
                    <td key={side}>
                      “
                      <Highlighted text={comparison[side].text} span={quotation} highlights={quotationHighlights(comparison, pair, side)} />
                      ”<div className="cmp-note">{written(pair.speakers[side])}</div>
                      {side === 'b' && <SpeakerFlag speakers={pair.speakers} />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
