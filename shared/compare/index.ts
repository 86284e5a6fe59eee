export { compareVersions, quotationThreshold, maxSentencePairs } from './compare.js';
export type {
  AlignedRow,
  ComparedVersion,
  Comparison,
  ComparisonSummary,
  QuotationPair,
  QuotationStatus,
  RowStatus,
  SpeakerComparison,
} from './compare.js';
export { compareVersionOf } from './version.js';
export type { CompareAnnotation, CompareVersion } from './version.js';
export { splitParagraphs } from './paragraphs.js';
export type { Paragraph } from './paragraphs.js';
export { splitSentences } from './sentences.js';
export type { Sentence } from './sentences.js';
export { findQuotations, quotationCore, minQuotationWords } from './quotations.js';
export type { Quotation } from './quotations.js';
export { findFigures, changedFigures, figureKey } from './figures.js';
export type { Figure, FigureKind } from './figures.js';
export { speakerInSentence, compareSpeakers } from './speakers.js';
export type { SpeakerMention, SpeakerDifference, AttributionSpan } from './speakers.js';
export { pairThreshold, movedThreshold } from './alignment.js';
export { wordChanges } from './wordChanges.js';
export type { WordChanges } from './wordChanges.js';
export type { TextSpan as ComparedSpan } from './span.js';
export { segmentSpan, rowHighlights, quotationHighlights } from './highlights.js';
export type { Highlight as CompareHighlight, HighlightKind as CompareHighlightKind, Segment as CompareSegment } from './highlights.js';
export { toCompareHtml, rowStatusLabels, quotationStatusLabels } from './html.js';
export { toCompareText } from './text.js';
