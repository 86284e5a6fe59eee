import { likelihood } from './linearModel.js';
import { tokens } from './statementKind.js';

/**
 * Whether a reported claim holds anything to check, weighed by a small linear
 * model over its words. The rules leave out opinions, feelings and demands
 * they can name ("It is a shame…", "We demand…"); what they cannot name is the
 * rhetoric a story's last quotation so often is: "We wanted a home for our
 * children, not a grave", "The lagoon is our farm. If it dies, Osuwem dies
 * with it". A careful fact-checker marks none of it, and a suggestion of it is
 * one more to reject.
 *
 * The model reads content words and pairs of them only: not who speaks, nor
 * how, nor how long, nor the words every statement shares ("our", "are",
 * "people"). Fitted with those, it learned that a short quotation from a
 * named person is rhetoric, since in the sets it mostly is, and dropped
 * "The vaccine is safe for children and pregnant women" with it.
 *
 * The weights (`checkableWeights.json`) are fitted by
 * `bench/eval/trainCheckable.ts` on the tuning halves of the evaluation sets
 * only, and only on the sets whose writers marked forecasts that give a date or
 * a figure, as the rules do (the earlier writers left every forecast
 * unmarked, and the weights would learn to drop them). They are never asked
 * about a denial, nor about a claim too short to weigh or one with a figure or
 * a date (see `tooShortOrDated`).
 */

/** How sure the weights must be that a claim holds nothing to check before it is dropped. */
export const droppingLikelihood = 0.4;

/** Days, seasons and spans a forecast may be checked by ("next week", "on Monday", "until autumn"). */
const dateWords =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|tonight|week|weeks|month|months|year|years|spring|summer|autumn|winter|weekend|days|hours)\b/u;

/** Fewer words than this are too little to weigh: "It is safe", "We are following every rule". */
const fewestWordsWeighed = 6;

/**
 * Whether the weights are never asked about a claim: one that gives a figure
 * or a date (the conventions mark every forecast, plan and pledge that does,
 * and the weights learned from rhetoric) or is too short to weigh.
 */
export function tooShortOrDated(quote: string): boolean {
  const words = tokens(quote);
  return (
    words.length < fewestWordsWeighed ||
    words.some((word) => word === '#figure' || word === '#month') ||
    dateWords.test(quote.toLowerCase())
  );
}

/** Words every kind of statement is made of, which say nothing of whether it holds anything to check. */
const sharedWords = new Set(
  (
    'a an the our we us i my me you your they them their he/she him/her it its is are was were be been being am have has had ' +
    'do does did of in on at to for with by from and or but not no this that these those there here who which what all every ' +
    'people children will would can cannot could should #figure #month'
  ).split(' '),
);

/** The features of one claim: its content words and pairs of them, and a bias. */
export function checkableFeatures(quote: string): string[] {
  const words = tokens(quote).filter((word) => !sharedWords.has(word));
  const features = new Set<string>(['bias']);
  for (const word of words) features.add(`w:${word}`);
  for (let index = 1; index < words.length; index++) features.add(`bg:${words[index - 1]}_${words[index]}`);
  return [...features];
}

/** How far a claim's features lean towards it holding nothing to check, as a probability. */
export function nothingToCheckLikelihood(quote: string, weights: Readonly<Record<string, number>>): number {
  return likelihood(checkableFeatures(quote), weights);
}
