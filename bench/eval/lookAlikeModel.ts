// The weights that read a sentence as a reviewed claim with a detail changed
// (shared/claims/lookAlike.ts), fitted on the paraphrases and near misses of
// the tuning halves of the claim sets: by bench/eval/trainLookAlike.ts for the
// shipped file, and by the eval for each tuning half without its own set.
import { ClaimMatcher, defaultMatcherOptions } from '../../shared/claims/index.js';
import { lookAlikeFeatures, type LookAlikePair } from '../../shared/claims/lookAlike.js';
import { claimSets, loadClaimSet } from './claims.js';
import { crossFitted, fitWeights, type Weights } from './logisticFit.js';

/** One paraphrase or near miss of a tuning half against its target: what the weights read, and which it is. */
export interface LookAlikeExample {
  /** The claim set it comes from ("claims-second"). */
  set: string;
  /** What the weights read, and the features they read it by. */
  pair: LookAlikePair;
  features: string[];
  nearMiss: boolean;
  /** Whether the rules alone score it high enough to be shown: the weights act on those only. */
  shown: boolean;
  /** Whether the two differ in a term that matters: the weights never lower two that do not (see `lookAlikeChance`). */
  differ: boolean;
}

/** Every paraphrase and near miss of the tuning halves against its target, read by the rules alone. */
export function lookAlikeExamples(): LookAlikeExample[] {
  const found: LookAlikeExample[] = [];
  for (const set of claimSets) {
    const { reviewed, queries } = loadClaimSet(set);
    const matcher = new ClaimMatcher(reviewed, (item) => item.claim, { ...defaultMatcherOptions, lookAlike: null });
    for (const query of queries) {
      if (query.split !== 'tuning' || query.relation === 'unrelated') continue;
      const target = reviewed.find((item) => item.id === query.target);
      const pair = target === undefined ? null : matcher.lookAlikeReading(query.text, target);
      if (pair === null) continue;
      found.push({
        set,
        pair,
        features: lookAlikeFeatures(pair),
        nearMiss: query.relation === 'near-miss',
        shown: pair.score >= defaultMatcherOptions.threshold,
        differ: pair.ownTerms[0] > 0 || pair.ownTerms[1] > 0,
      });
    }
  }
  return found;
}

/** The pairs the weights can act on: shown by the rules alone, and differing in a term that matters. */
export function pairsActedOn(examples: readonly LookAlikeExample[]): LookAlikeExample[] {
  return examples.filter((example) => example.shown && example.differ);
}

/** The weights fitted on some examples, those the weights can act on only (the rest would teach weights that never act). */
export function fitLookAlikeWeights(training: readonly LookAlikeExample[]): Weights {
  return fitWeights(pairsActedOn(training), (example) => example.nearMiss);
}

/** For each claim set, weights fitted on the other sets' tuning halves (see `crossFitted`). */
export function crossFittedLookAlikeWeights(examples: readonly LookAlikeExample[]): Map<string, Weights> {
  return crossFitted(examples, fitLookAlikeWeights);
}
