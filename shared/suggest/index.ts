export { suggestMarks } from './suggest.js';
export { suggestionId } from './suggestion.js';
export type { Suggestion, SuggestedSpeaker } from './suggestion.js';
export { describeSpeaker } from './speakers.js';
export { scoreSuggestions, spansMatch } from './score.js';
export type { KindScore, KindedSpan } from './score.js';
export {
  acceptSuggestion,
  rejectSuggestion,
  rejectedSuggestions,
  rejectedIds,
  pendingSuggestions,
  rejectedSuggestionsName,
} from './review.js';
export type { Rejection, PlacedAnnotation, ArticleView } from './review.js';
