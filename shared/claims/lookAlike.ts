import { likelihood } from '../suggest/linearModel.js';
import { alignTerms } from './align.js';
import shippedWeights from './lookAlikeWeights.json';

/**
 * Whether a sentence reads as a reviewed claim with one detail changed (a
 * look-alike: another year, place, group or measure) rather than the same
 * claim in other words, weighed by a small linear model over how the two
 * line up. A desk that repeats a claim rewords it throughout; a sentence
 * that copies a reviewed claim but for a run or two of words most often
 * claims something else, which needs its own check. The rules of the
 * matcher name the swaps they know (see `detailSwap` and turns.ts); the
 * weights read the shape of the difference whatever the words.
 *
 * The weights (`lookAlikeWeights.json`) are fitted by
 * `bench/eval/trainLookAlike.ts` on the paraphrases and near misses of the
 * tuning halves of the claim sets only, never the held-out halves.
 */

/** What the weights read of one pair: the terms of what each reports, and how the matcher scored them. */
export interface LookAlikePair {
  /** The terms of the sentence looked up, without who reports it. */
  query: readonly string[];
  /** The terms of the reviewed claim. */
  other: readonly string[];
  /** The words of each as written, every little word kept. */
  queryWords: readonly string[];
  otherWords: readonly string[];
  /**
   * How many terms that matter each holds that the other lacks, by the matcher's reading (how much, how surely and when
   * left aside: "rose sharply by 40%" holds none "rose by 40%" lacks).
   */
  ownTerms: [number, number];
  /** The matcher's score, its penalties applied. */
  score: number;
  bm25: number;
  ngram: number;
  /** The detail the matcher's rules found swapped, if any. */
  swapped: 'word' | 'phrase' | null;
}

/** A value in [0, 1] as the tenth it falls in: "0.7" for 0.73. */
const tenth = (value: number) => (Math.floor(Math.min(Math.max(value, 0), 0.999) * 10) / 10).toFixed(1);

/** The features of a pair: the names of the weights that add up to its leaning towards a look-alike. */
export function lookAlikeFeatures(pair: LookAlikePair): string[] {
  const { query, other } = pair;
  // How the words line up, as written: a look-alike copies its claim word for word but for a run or two.
  const [a, b] = [pair.queryWords, pair.otherWords];
  const { aligned, gaps } = alignTerms(a, b);
  const onlyQuery = new Set(query.filter((term) => !other.includes(term))).size;
  const onlyOther = new Set(other.filter((term) => !query.includes(term))).size;
  const union = new Set([...query, ...other]).size;
  const figures = (terms: readonly string[]) => [...new Set(terms.filter((term) => /^\d/u.test(term)))].sort().join(' ');
  const changedQuery = gaps.reduce((sum, gap) => sum + gap.a.length, 0);
  const changedOther = gaps.reduce((sum, gap) => sum + gap.b.length, 0);
  const features = [
    'bias',
    `score:${Math.max(-8, Math.floor(Math.log(Math.max(pair.score, 1e-4)) * 2))}`,
    `bm25:${tenth(pair.bm25)}`,
    `ngram:${tenth(pair.ngram)}`,
    `shared:${tenth((union - onlyQuery - onlyOther) / Math.max(1, union))}`,
    `onlyQuery:${Math.min(onlyQuery, 4)}`,
    `onlyOther:${Math.min(onlyOther, 4)}`,
    `figures:${figures(query) === figures(other) ? 'same' : 'other'}`,
    `swapped:${pair.swapped ?? 'none'}`,
    `runs:${Math.min(gaps.length, 5)}`,
    `alike:${tenth((2 * aligned) / Math.max(1, a.length + b.length))}`,
    `changedQuery:${tenth(changedQuery / Math.max(1, a.length))}`,
    `changedOther:${tenth(changedOther / Math.max(1, b.length))}`,
  ];
  features.push(`own:${Math.min(pair.ownTerms[0], 3)}x${Math.min(pair.ownTerms[1], 3)}`);
  features.push(`changed:${Math.min(changedQuery, 4)}x${Math.min(changedOther, 4)}`);
  const figureIn = (positions: readonly number[], words: readonly string[]) => positions.some((at) => /^\d/u.test(words[at] ?? ''));
  if (gaps.some((gap) => figureIn(gap.a, a) || figureIn(gap.b, b))) features.push('figureChanged');
  // One or two short runs changed in a sentence otherwise copied (how much that tells is the weights' to say).
  if (gaps.length > 0 && gaps.length <= 2 && changedQuery <= 3 && changedOther <= 3) features.push('smallEdit');
  return features;
}

/** How sure the weights must be that a pair is a look-alike before it is lowered as one. */
export const lookAlikeLikelihood = 0.8;

/**
 * How likely the weights make it that a pair is a look-alike. Two claims that differ in no term that matters are one
 * claim whatever the weights say (0): a repeated claim, or one with an adverb, a hedge or its source added, is not
 * another. That reading is the matcher's own, so a paraphrase that swaps a word for a synonym its rules do not know
 * ("spending on education" for "the education budget") is left to the weights.
 */
export function lookAlikeChance(pair: LookAlikePair, weights: Readonly<Record<string, number>> = shippedLookAlikeWeights): number {
  if (pair.ownTerms[0] === 0 && pair.ownTerms[1] === 0) return 0;
  return likelihood(lookAlikeFeatures(pair), weights);
}

/** Whether the weights are sure enough that a pair is a look-alike to lower it (see `lookAlikeChance`). */
export function readsAsLookAlike(pair: LookAlikePair, weights: Readonly<Record<string, number>> = shippedLookAlikeWeights): boolean {
  return lookAlikeChance(pair, weights) > lookAlikeLikelihood;
}

export const shippedLookAlikeWeights: Readonly<Record<string, number>> = shippedWeights;
