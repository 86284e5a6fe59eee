import type { AnnotationKind } from '../annotation.js';
import type { Comparison } from './compare.js';
import type { QuotationPair } from './quotationPairs.js';
import type { AlignedRow } from './rows.js';
import { quotationCore } from './quotations.js';
import type { TextSpan } from '../prose/index.js';

/** What a highlight shows: an annotation of its kind, changed words, a changed figure, or a speaker whose name or title differs. */
export type HighlightKind = AnnotationKind | 'change' | 'figure' | 'speaker';

/** A stretch of a version's text to draw highlighted, with a label to show on hover. */
export interface Highlight extends TextSpan {
  kind: HighlightKind;
  label: string;
}

/** A run of text covered by the same highlights. */
export interface Segment extends TextSpan {
  highlights: Highlight[];
}

/**
 * Cuts a span of text into runs at every edge of the highlights inside it,
 * each run with the highlights that cover it (outermost first), so a view
 * can draw overlapping and nested highlights as flat runs.
 */
export function segmentSpan(span: TextSpan, highlights: readonly Highlight[]): Segment[] {
  const inside = highlights.filter(
    (highlight) => highlight.start < span.end && span.start < highlight.end && highlight.start < highlight.end,
  );
  const edges = new Set([span.start, span.end]);
  for (const highlight of inside) {
    edges.add(Math.max(span.start, highlight.start));
    edges.add(Math.min(span.end, highlight.end));
  }
  const sorted = Array.from(edges).sort((x, y) => x - y);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < sorted.length; index++) {
    const start = sorted[index] ?? 0;
    const end = sorted[index + 1] ?? 0;
    const covering = inside
      .filter((highlight) => highlight.start <= start && end <= highlight.end)
      .sort((x, y) => y.end - y.start - (x.end - x.start));
    segments.push({ start, end, highlights: covering });
  }
  return segments;
}

/** The annotations of one version that overlap a span, as highlights. */
function annotationHighlights(comparison: Comparison, side: 'a' | 'b', span: TextSpan): Highlight[] {
  return comparison[side].annotations
    .filter((annotation) => annotation.start < span.end && span.start < annotation.end)
    .map((annotation) => {
      const speaker = annotation.kind === 'attribution' && annotation.speaker.name !== '' ? `: ${annotation.speaker.name}` : '';
      const note = annotation.note === '' ? '' : ` — ${annotation.note}`;
      return { start: annotation.start, end: annotation.end, kind: annotation.kind, label: `${annotation.kind}${speaker}${note}` };
    });
}

function speakerHighlight(pair: AlignedRow['speakers'] | QuotationPair['speakers'], side: 'a' | 'b'): Highlight[] {
  const mention = pair?.[side] ?? null;
  if (pair === null || pair === undefined || mention === null || pair.differs.length === 0) return [];
  const other = pair[side === 'a' ? 'b' : 'a'];
  const written = (person: typeof mention) => (person.role === '' ? person.name : `${person.name}, ${person.role}`);
  const label = `${pair.differs.includes('name') ? 'Speaker' : 'Title'} differs: ${written(mention)}${other === null ? '' : ` / ${written(other)}`}`;
  return [{ start: mention.start, end: mention.end, kind: 'speaker', label }];
}

/** Everything to draw in one side's sentence of a row: annotations in place, changed words, changed figures, a flagged speaker. */
export function rowHighlights(comparison: Comparison, row: AlignedRow, side: 'a' | 'b'): Highlight[] {
  const index = row[side];
  const sentence = index === null ? undefined : comparison[side].sentences[index];
  if (sentence === undefined) return [];
  return [
    ...annotationHighlights(comparison, side, sentence),
    ...row.words[side].map((span): Highlight => ({ ...span, kind: 'change', label: 'changed words' })),
    ...row.figures[side].map((figure): Highlight => ({
      start: figure.start,
      end: figure.end,
      kind: 'figure',
      label: `changed ${figure.kind}`,
    })),
    ...row.details[side].map((figure): Highlight => ({
      start: figure.start,
      end: figure.end,
      kind: 'figure',
      label: `${figure.kind} only in this version`,
    })),
    ...speakerHighlight(row.speakers, side),
  ];
}

/** Everything to draw in one side's quotation: annotations in place and the reworded words. */
export function quotationHighlights(comparison: Comparison, pair: QuotationPair, side: 'a' | 'b'): Highlight[] {
  const index = pair[side];
  const quotation = index === null ? undefined : comparison[side].quotations[index];
  if (quotation === undefined) return [];
  return [
    ...annotationHighlights(comparison, side, quotationCore(comparison[side].text, quotation)),
    ...pair.words[side].map((span): Highlight => ({ ...span, kind: 'change', label: 'reworded' })),
  ];
}

/**
 * What a row's figures show, as lines to print under it: each value changed
 * ("Changed figure: 180,000 → 200,000", its other side perhaps in a nearby
 * sentence) and the details one version alone gives ("Only in A: 2017").
 */
export function rowFigureNotes(comparison: Comparison, row: AlignedRow): string[] {
  const changes = comparison.figures.changes.filter(
    (change) => (row.a !== null && change.a.sentence === row.a) || (row.b !== null && change.b.sentence === row.b),
  );
  return [
    ...changes.map((change) => `Changed ${change.a.kind === 'number' ? 'figure' : change.a.kind}: ${change.a.text} → ${change.b.text}`),
    ...(['a', 'b'] as const).flatMap((side) =>
      row.details[side].length === 0 ? [] : [`Only in ${side.toUpperCase()}: ${row.details[side].map((figure) => figure.text).join(', ')}`],
    ),
  ];
}
