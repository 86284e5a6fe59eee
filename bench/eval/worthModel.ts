// The weights that drop a suggested claim or denial a fact-checker would leave
// unmarked (shared/suggest/worthMarking.ts), fitted on the tuning halves of the
// prose sets: by bench/eval/trainWorth.ts for the shipped file, and by the eval
// for each tuning half without its own set.
import { spansMatch } from '../../shared/index.js';
import { mayDrop, worthContext, worthFeatures } from '../../shared/suggest/worthMarking.js';
import { readByTheRulesAlone } from './kindModel.js';
import { crossFitted, fitWeights, type Weights } from './logisticFit.js';

/** One suggested claim or denial of a tuning half: what the weights read, and whether the key marks its span at all. */
export interface WorthExample {
  /** The set it comes from ("second" for second/tuning, "tuning" for the first set). */
  set: string;
  features: string[];
  /** Whether the key marks a claim or a denial on its span (of either kind: which kind is the other model's to settle). */
  marked: boolean;
  /** Whether the weights may drop it at all (see `mayDrop`): those they may not are neither fitted nor scored. */
  mayDrop: boolean;
}

/** Every claim and denial the rules suggest on the tuning halves, with or without a mark of the key on its span. */
export function worthExamples(): WorthExample[] {
  return readByTheRulesAlone().flatMap(({ set, article, statements }) => {
    const context = worthContext(article.text);
    return statements.map(({ suggestion, attribution }) => ({
      set,
      features: worthFeatures(context, suggestion, attribution),
      marked: article.gold.some((mark) => mark.kind !== 'attribution' && spansMatch(mark, suggestion)),
      mayDrop: mayDrop(suggestion),
    }));
  });
}

/** The weights fitted on some examples, those the weights may drop only (the rest would teach weights that never act). */
export function fitWorthWeights(training: readonly WorthExample[]): Weights {
  return fitWeights(
    training.filter((example) => example.mayDrop),
    (example) => example.marked,
  );
}

/** For each set, weights fitted on the other sets' tuning halves (see `crossFitted`). */
export function crossFittedWorthWeights(examples: readonly WorthExample[]): Map<string, Weights> {
  return crossFitted(examples, fitWorthWeights);
}
