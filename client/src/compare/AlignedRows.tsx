import type { RefObject } from 'react';
import type { Comparison } from '../../../shared/compare/compare.js';
import { rowFigureNotes, rowHighlights } from '../../../shared/compare/highlights.js';
import type { AlignedRow } from '../../../shared/compare/rows.js';
import { Highlighted } from './Highlighted.js';
import { SpeakerFlag } from './SpeakerFlag.js';

const rowStatusLabels: Record<AlignedRow['status'], string> = {
  same: 'Same',
  changed: 'Changed',
  'only-a': 'Only in A',
  'only-b': 'Only in B',
};

/** Whether a row starts a new paragraph on either side, to draw the paragraph breaks. */
function startsParagraph(comparison: Comparison, index: number): boolean {
  const row = comparison.rows[index];
  const previous = comparison.rows[index - 1];
  if (row === undefined || previous === undefined) return false;
  const paragraphOf = (item: AlignedRow, side: 'a' | 'b') => {
    const sentence = item[side];
    return sentence === null ? undefined : comparison[side].sentences[sentence]?.paragraph;
  };
  return (['a', 'b'] as const).some((side) => row[side] !== null && paragraphOf(row, side) !== paragraphOf(previous, side));
}

interface AlignedRowsProps {
  comparison: Comparison;
  /** The row gone to with the difference navigation. */
  current: number | null;
  rowRefs: RefObject<Map<number, HTMLTableRowElement>>;
}

/** A row per aligned sentence of the two versions, with its notes on changed figures and speakers beneath. */
export function AlignedRows({ comparison, current, rowRefs }: AlignedRowsProps) {
  const { a, b } = comparison;
  const sentenceCell = (row: AlignedRow, side: 'a' | 'b') => {
    const index = row[side];
    const sentence = index === null ? undefined : comparison[side].sentences[index];
    if (sentence === undefined) return <td className="cmp-missing">not in this version</td>;
    return (
      <td>
        <Highlighted text={comparison[side].text} span={sentence} highlights={rowHighlights(comparison, row, side)} />
      </td>
    );
  };

  return (
    <table className="cmp-rows" aria-label="Aligned sentences">
      <thead>
        <tr>
          <th scope="col" className="cmp-status">
            <span className="visually-hidden">Difference</span>
          </th>
          <th scope="col">A: {a.title}</th>
          <th scope="col">B: {b.title}</th>
        </tr>
      </thead>
      <tbody>
        {comparison.rows.flatMap((row, index) => {
          const figureNotes = rowFigureNotes(comparison, row);
          const figures = figureNotes.length;
          const flagged = (row.speakers?.differs.length ?? 0) > 0;
          const sentences = (
            <tr
              key={index}
              ref={(element) => {
                if (element === null) rowRefs.current.delete(index);
                else rowRefs.current.set(index, element);
              }}
              className={`cmp-row cmp-${row.status}${row.moved ? ' cmp-moved' : ''}${startsParagraph(comparison, index) ? ' cmp-para' : ''}${
                current === index ? ' cmp-current' : ''
              }`}
              aria-current={current === index ? 'true' : undefined}
            >
              <td className="cmp-status">
                {rowStatusLabels[row.status]}
                {row.moved ? ' (moved)' : ''}
              </td>
              {sentenceCell(row, 'a')}
              {sentenceCell(row, 'b')}
            </tr>
          );
          if (figures === 0 && !flagged) return [sentences];
          return [
            sentences,
            <tr key={`${index}-notes`} className="cmp-notes-row">
              <td />
              <td colSpan={2}>
                <SpeakerFlag speakers={row.speakers} />
                {figureNotes.map((note) => (
                  <div key={note} className="cmp-note">
                    {note}
                  </div>
                ))}
              </td>
            </tr>,
          ];
        })}
      </tbody>
    </table>
  );
}
