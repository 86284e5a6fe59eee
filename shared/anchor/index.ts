export { TextMap } from './textMap.js';
export { matchQuote, compactText, quoteSelectorOf, quoteContextLength } from './matchQuote.js';
export type { QuoteSelector, CompactText } from './matchQuote.js';
export { FragmentIndex } from './fragmentIndex.js';
export { relativePositionAt, encodeAnchors, decodeAnchor } from './relativeRange.js';
export type { AnchorPosition } from './relativeRange.js';
export { resolveAnnotations, compareResolved } from './resolveAnnotations.js';
export type { ResolvedAnnotation, AnchoredAnnotation, ArticleState } from './resolveAnnotations.js';
