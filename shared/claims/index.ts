export { Bm25Index, defaultBm25, type Bm25Options } from './bm25.js';
export { characterNgrams, NgramIndex } from './ngrams.js';
export { foldNumbers, numberToken } from './numbers.js';
export {
  claimTerms,
  contentWords,
  contradictsDirection,
  foldRises,
  namesOf,
  negations,
  normaliseText,
  opposites,
  splitWords,
  stem,
  termsOf,
} from './tokens.js';
export { alignTerms, sameFamily, detailSwap, type Gap, type SwapOptions } from './align.js';
export { contradictsFigures, figuresOf, hedgedNumbers, sameFigure, type Figure, type FigureTolerance } from './figures.js';
export { ClaimMatcher, defaultMatcherOptions, type ClaimMatch, type MatcherOptions } from './matcher.js';
export { feedNameOf, maxClaimLength, readClaimReviewFeed, type FeedReading } from './feed.js';
export { claimsOfLayer, markLink } from './workspace.js';
