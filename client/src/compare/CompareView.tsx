import { plural } from '../plural.js';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Comparison } from '../../../shared/compare/compare.js';
import type { QuotationPair } from '../../../shared/compare/quotationPairs.js';
import type { AlignedRow } from '../../../shared/compare/rows.js';
import { quotationHighlights, rowFigureNotes, rowHighlights, segmentSpan, type Highlight } from '../../../shared/compare/highlights.js';
import type { SpeakerComparison, SpeakerMention } from '../../../shared/compare/speakers.js';
import type { TextSpan } from '../../../shared/prose/span.js';

const rowStatusLabels: Record<AlignedRow['status'], string> = {
  same: 'Same',
  changed: 'Changed',
  'only-a': 'Only in A',
  'only-b': 'Only in B',
};
const quotationStatusLabels: Record<QuotationPair['status'], string> = {
  verbatim: 'Verbatim',
  reworded: 'Reworded',
  'only-a': 'Only in A',
  'only-b': 'Only in B',
};
const highlightClasses: Record<Highlight['kind'], string> = {
  claim: 'annotation annotation-claim',
  denial: 'annotation annotation-denial',
  attribution: 'annotation annotation-attribution',
  change: 'cmp-change',
  figure: 'cmp-figure',
  speaker: 'cmp-speaker',
};

/** A span of a version's text with its highlights as nested spans, outermost first. */
function Highlighted({ text, span, highlights }: { text: string; span: TextSpan; highlights: Highlight[] }) {
  return (
    <>
      {segmentSpan(span, highlights)
        .map((segment) =>
          [...segment.highlights].reverse().reduce<ReactNode>(
            (inner, highlight) => (
              <span className={highlightClasses[highlight.kind]} title={highlight.label}>
                {inner}
              </span>
            ),
            text.slice(segment.start, segment.end),
          ),
        )
        .map((node, index) => (
          <span key={index}>{node}</span>
        ))}
    </>
  );
}

function written(mention: SpeakerMention | null): string {
  if (mention === null) return 'not named';
  return mention.role === '' ? mention.name : `${mention.name}, “${mention.role}”`;
}

function SpeakerFlag({ speakers }: { speakers: SpeakerComparison | null }) {
  if (speakers === null || speakers.differs.length === 0) return null;
  return (
    <div className="cmp-note cmp-flag">
      ⚑ {speakers.differs.includes('name') ? 'Speaker differs' : 'Title differs'}: A {written(speakers.a)} · B {written(speakers.b)}
    </div>
  );
}

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

/** Whether a row shows a difference worth stopping at with the keyboard. */
function isDifference(row: AlignedRow): boolean {
  return row.status !== 'same' || row.moved || (row.speakers?.differs.length ?? 0) > 0;
}

/**
 * The comparison side by side: a row per aligned sentence, changed words,
 * changed figures and flagged speakers highlighted, both versions'
 * annotations in place; then the quotations. `j`/`n` and `k`/`p` move to the
 * next and previous difference.
 */
export function CompareView({ comparison }: { comparison: Comparison }) {
  const { a, b, summary } = comparison;
  const differences = useMemo(() => comparison.rows.flatMap((row, index) => (isDifference(row) ? [index] : [])), [comparison]);
  const [current, setCurrent] = useState<number | null>(null);
  const rowRefs = useRef(new Map<number, HTMLTableRowElement>());

  const move = useCallback(
    (step: 1 | -1) => {
      if (differences.length === 0) return;
      const position = current === null ? -1 : differences.indexOf(current);
      const next =
        position === -1
          ? step === 1
            ? differences[0]
            : differences[differences.length - 1]
          : differences[Math.min(differences.length - 1, Math.max(0, position + step))];
      if (next === undefined) return;
      setCurrent(next);
      rowRefs.current.get(next)?.scrollIntoView({ block: 'center' });
    },
    [current, differences],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey || target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      if (event.key === 'j' || event.key === 'n') move(1);
      else if (event.key === 'k' || event.key === 'p') move(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move]);

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
    <section className="compare-view" aria-label="Comparison">
      <p className="cmp-summary">
        Sentences: {summary.sentences.same} same, {summary.sentences.changed} changed ({summary.sentences.moved} moved),{' '}
        {summary.sentences.onlyA} only in A, {summary.sentences.onlyB} only in B · Quotations: {summary.quotations.verbatim} verbatim,{' '}
        {summary.quotations.reworded} reworded, {summary.quotations.onlyA} only in A, {summary.quotations.onlyB} only in B ·{' '}
        {summary.speakerFlags} speaker flags · {summary.titleDrifts} title drifts · {summary.changedFigures} changed figures ·{' '}
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
      <People people={comparison.people} />
    </section>
  );
}

/** Everyone either version gives a title, with the titles of each version and a flag where they differ. */
function People({ people }: { people: Comparison['people'] }) {
  const titled = people.filter((person) => person.a.length + person.b.length > 0);
  const titles = (list: Comparison['people'][number]['a']) => list.map((title) => title.title).join('; ') || '—';
  return (
    <>
      <h2>People</h2>
      {titled.length === 0 ? (
        <p className="empty">Neither version gives anyone a title.</p>
      ) : (
        <table className="cmp-rows cmp-people" aria-label="People">
          <thead>
            <tr>
              <th>Person</th>
              <th>Titles in A</th>
              <th>Titles in B</th>
            </tr>
          </thead>
          <tbody>
            {titled.map((person) => (
              <tr key={person.name} className={person.drift === null ? 'cmp-row' : 'cmp-row cmp-changed'}>
                <td>
                  {person.name}
                  {person.drift !== null && <div className="cmp-note cmp-flag">⚑ Title differs</div>}
                </td>
                <td>{titles(person.a)}</td>
                <td>{titles(person.b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
