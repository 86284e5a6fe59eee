// The weights that settle whether a reported statement is a claim or a denial
// (shared/suggest/statementKind.ts), fitted on the tuning halves of the prose
// sets: by bench/eval/trainKinds.ts for the shipped file, and by the eval for
// each tuning half without its own set, so that half's figures are not the
// model reciting what it was fitted on.
import { spansMatch, suggestMarks } from '../../shared/index.js';
import { articleContext, deniedInSoManyWords, denialLikelihood, kindFeatures } from '../../shared/suggest/statementKind.js';
import { loadArticles, proseSets, type ProseSet } from './fixtures.js';

/** One statement whose span a gold claim or denial shares: what the model reads, and the kind the key gives. */
export interface KindExample {
  /** The set it comes from ("second" for second/tuning, "tuning" for the first set). */
  set: string;
  features: string[];
  rule: 'claim' | 'denial';
  /** Why the rules suggest it ("continues the quotation of…"). */
  reason: string;
  /** Whether it has a source: the weights leave a statement without one to the rules. */
  attributed: boolean;
  /** Whether it denies in so many words, which the weights leave a denial. */
  deniesInSoManyWords: boolean;
  denial: boolean;
}

export type KindWeights = Record<string, number>;

/** Weights closer to zero than this are left out: they change few readings and would only make the file larger. */
const smallestWeight = 0.3;
const epochs = 10;
/** Into how many parts the sets are divided for fitting each tuning half without its own set. */
export const kindFolds = 8;

/** The tuning halves the weights are fitted on; never a held-out one. */
export const kindTrainingHalves: readonly ProseSet[] = proseSets.filter((name) => name === 'tuning' || name.endsWith('/tuning'));

/** The set a half belongs to: "second" for "second/tuning", "tuning" for the first set's own half. */
export function setOfHalf(half: string): string {
  return half.split('/')[0] ?? half;
}

/** Every statement of the tuning halves the rules alone suggest on a span the key marks as a claim or denial. */
export function kindExamples(): KindExample[] {
  const found: KindExample[] = [];
  for (const half of kindTrainingHalves) {
    for (const article of loadArticles(half)) {
      const suggestions = suggestMarks(article.text, { kindWeights: null, checkableWeights: null });
      const byId = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]));
      const context = articleContext(article.text);
      for (const suggestion of suggestions) {
        if (suggestion.kind === 'attribution') continue;
        let best: { denial: boolean; overlap: number } | null = null;
        for (const mark of article.gold) {
          if (mark.kind === 'attribution' || !spansMatch(mark, suggestion)) continue;
          const overlap = Math.min(mark.end, suggestion.end) - Math.max(mark.start, suggestion.start);
          if (best === null || overlap > best.overlap) best = { denial: mark.kind === 'denial', overlap };
        }
        if (best === null) continue;
        const attribution = suggestion.links.map((id) => byId.get(id)).find((linked) => linked?.kind === 'attribution') ?? null;
        const reading = { start: suggestion.start, end: suggestion.end, kind: suggestion.kind, reason: suggestion.reason, attribution };
        found.push({
          set: setOfHalf(half),
          features: kindFeatures(context, reading),
          rule: suggestion.kind,
          reason: suggestion.reason,
          attributed: attribution !== null,
          deniesInSoManyWords: deniedInSoManyWords(suggestion.quote, suggestion.reason),
          denial: best.denial,
        });
      }
    }
  }
  return found;
}

/** A small seeded generator (mulberry32), so the same examples always give the same weights. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** The claim-or-denial weights fitted on some statements. */
export function fitKindWeights(training: readonly KindExample[]): KindWeights {
  return fitWeights(training, (example) => example.denial);
}

/**
 * Logistic regression by stochastic gradient descent with a light L2 penalty, then the weights worth keeping, rounded,
 * in a stable order: the likelihood of `outcome` from the examples' features.
 */
export function fitWeights<Example extends { features: string[] }>(
  training: readonly Example[],
  outcome: (example: Example) => boolean,
): KindWeights {
  const weights: KindWeights = {};
  const order = training.map((_, index) => index);
  let rate = 0.3;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const random = seeded(epoch + 1);
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other] ?? 0, order[index] ?? 0];
    }
    for (const index of order) {
      const example = training[index];
      if (example === undefined) continue;
      const error = denialLikelihood(example.features, weights) - (outcome(example) ? 1 : 0);
      for (const feature of example.features) {
        const weight = weights[feature] ?? 0;
        weights[feature] = weight - rate * (error + weight / training.length);
      }
    }
    rate *= 0.9;
  }
  return Object.fromEntries(
    Object.entries(weights)
      .filter(([, weight]) => Math.abs(weight) >= smallestWeight)
      .map(([feature, weight]) => [feature, Math.round(weight * 100) / 100] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * For each set, weights fitted on the other sets' tuning halves: the sets in
 * name order are dealt into `kindFolds` parts, and each part is fitted on all
 * the others.
 */
export function crossFittedKindWeights(examples: readonly KindExample[]): Map<string, KindWeights> {
  return crossFitted(examples, fitKindWeights);
}

/** For each set, the weights `fit` gives on the other sets' examples, the sets dealt into `kindFolds` parts. */
export function crossFitted<Example extends { set: string }>(
  examples: readonly Example[],
  fit: (training: readonly Example[]) => KindWeights,
): Map<string, KindWeights> {
  const sets = [...new Set(examples.map((example) => example.set))].sort();
  const bySet = new Map<string, KindWeights>();
  for (let fold = 0; fold < kindFolds; fold++) {
    const left = new Set(sets.filter((_, index) => index % kindFolds === fold));
    const weights = fit(examples.filter((example) => !left.has(example.set)));
    for (const set of left) bySet.set(set, weights);
  }
  return bySet;
}
