/** The public API of the agreement metrics. The CSV and text tables (scoreTable.ts) are imported on their own: the client has no use for them. */
export { spansOf, overlapLength, checkSpans, spanKinds } from './span.js';
export type { Span, PerKind } from './span.js';
export { matchSpans, spanScores, prf } from './matching.js';
export type { MatchMode, SpanMatching, Prf } from './matching.js';
export { tokenize } from './tokens.js';
export type { Token } from './tokens.js';
export { cohensKappa, tokenKappa, labelTokens, labelKappa } from './kappa.js';
export type { TokenLabels } from './kappa.js';
export { unitizingAlpha } from './unitizingAlpha.js';
export { comparePair, compareLayers } from './layerAgreement.js';
export type { CodedLayer, PairAgreement, LayerAgreement } from './layerAgreement.js';
export { scoreAgainstKey } from './answerKey.js';
export type { StudentScore, MissedSpan, ScoreReport } from './answerKey.js';
export { disagreements } from './disagreements.js';
export type { Disagreement } from './disagreements.js';
