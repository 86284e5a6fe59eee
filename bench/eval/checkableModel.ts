// The weights that drop a reported statement holding nothing to check
// (shared/suggest/checkable.ts), fitted on the tuning halves of the prose sets
// whose writers marked forecasts that give a date or a figure: by
// bench/eval/trainCheckable.ts for the shipped file, and by the eval for each
// of those tuning halves without its own set.
import { suggestMarks } from '../../shared/index.js';
import { checkableFeatures, tooShortOrDated } from '../../shared/suggest/checkable.js';
import { loadArticles, proseSets, type ProseSet } from './fixtures.js';
import { kindTrainingHalves, setOfHalf } from './kindModel.js';
import { crossFitted, fitWeights, type Weights } from './logisticFit.js';

/** One claim the rules suggest on a tuning half: the words the model reads, and whether the key marks anything there. */
export interface CheckableExample {
  set: string;
  features: string[];
  /** Whether no claim or denial of the key shares a character with it. */
  nothingToCheck: boolean;
  /** Whether the weights are never asked about it (see `tooShortOrDated`). */
  tooShortOrDated: boolean;
}

/**
 * The tuning halves the weights are fitted on: from the twenty-sixth set on,
 * whose writers marked forecasts, plans and pledges that give a date or a
 * figure, as the rules do. The earlier writers left them all unmarked.
 */
export const checkableTrainingHalves: readonly ProseSet[] = kindTrainingHalves.filter(
  (half) => proseSets.indexOf(half) >= proseSets.indexOf('twentysixth/tuning'),
);

/** Every claim the rules (with the shipped claim-or-denial weights) suggest on the training halves, dropping none. */
export function checkableExamples(): CheckableExample[] {
  const found: CheckableExample[] = [];
  for (const half of checkableTrainingHalves) {
    for (const article of loadArticles(half)) {
      for (const suggestion of suggestMarks(article.text, { checkableWeights: null })) {
        if (suggestion.kind !== 'claim') continue;
        found.push({
          set: setOfHalf(half),
          features: checkableFeatures(suggestion.quote),
          tooShortOrDated: tooShortOrDated(suggestion.quote),
          nothingToCheck: !article.gold.some(
            (mark) => mark.kind !== 'attribution' && mark.start < suggestion.end && suggestion.start < mark.end,
          ),
        });
      }
    }
  }
  return found;
}

/** The weights fitted on some claims. */
export function fitCheckableWeights(training: readonly CheckableExample[]): Weights {
  return fitWeights(training, (example) => example.nothingToCheck);
}

/** For each training set, weights fitted on the others (see `crossFitted`). */
export function crossFittedCheckableWeights(examples: readonly CheckableExample[]): Map<string, Weights> {
  return crossFitted(examples, fitCheckableWeights);
}
