export { Bm25Index, defaultBm25, type Bm25Options } from './bm25.js';
export { characterNgrams, NgramIndex } from './ngrams.js';
export { foldNumbers, numberToken } from './numbers.js';
export { claimTerms, contentWords, negations, normaliseText, splitWords, stem } from './tokens.js';
export { ClaimMatcher, defaultMatcherOptions, swapsDetail, type ClaimMatch, type MatcherOptions } from './matcher.js';
export { feedNameOf, maxClaimLength, readClaimReviewFeed, type FeedReading } from './feed.js';
export { claimsOfLayer, markLink } from './workspace.js';
