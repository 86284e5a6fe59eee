import { likelihood } from './linearModel.js';
import { reasonWithoutName, tokens } from './statementKind.js';
import type { Suggestion } from './suggestion.js';

/**
 * Whether a reported statement holds anything to check, weighed by a small
 * linear model over its words, its cue and its source. The rules leave out
 * opinions, feelings and demands they can name ("It is a shame…", "We demand…");
 * what they cannot name is the rhetoric a story's last quotation so often is:
 * "We wanted a home for our children, not a grave", "The lagoon is our farm.
 * If it dies, Osuwem dies with it". A careful fact-checker marks none of it,
 * and a suggestion of it is one more to reject.
 *
 * The weights (`checkableWeights.json`) are fitted by
 * `bench/eval/trainCheckable.ts` on the tuning halves of the evaluation sets
 * only, and only on the sets whose writers marked forecasts that give a date or
 * a figure, as the rules do (the earlier writers left every forecast
 * unmarked, and the weights would learn to drop them). They drop a statement
 * only when sure (see `nothingToCheckLikelihood`), and never one the rules
 * read as a denial in so many words.
 */

/** What the model reads of one claim or denial the rules suggest. */
export interface CheckableReading {
  quote: string;
  reason: string;
  /** Whether the statement stands in quotation marks. */
  quoted: boolean;
  attribution: Pick<Suggestion, 'speaker'> | null;
}

/** How sure the weights must be that a statement holds nothing to check before it is dropped. */
export const droppingLikelihood = 0.6;

/** Days, seasons and spans a forecast may be checked by ("next week", "on Monday", "until autumn"). */
const dateWords =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|tonight|week|weeks|month|months|year|years|spring|summer|autumn|fall|winter|weekend|days|hours)\b/u;

/** Fewer words than this are too little to weigh: "It is safe", "We are following every rule". */
const fewestWordsWeighed = 6;

/**
 * Whether the weights are never asked about a statement: one that gives a
 * figure or a date (the conventions mark every forecast, plan and pledge that
 * does, and the weights learned from rhetoric) or is too short to weigh.
 */
export function leftToTheRules(quote: string): boolean {
  const words = tokens(quote);
  return (
    words.length < fewestWordsWeighed ||
    words.some((word) => word === '#figure' || word === '#month') ||
    dateWords.test(quote.toLowerCase())
  );
}

/** The features of one statement: the names of the weights that add up to its leaning towards nothing to check. */
export function checkableFeatures(reading: CheckableReading): string[] {
  const reason = reasonWithoutName(reading.reason);
  const features = new Set<string>(['bias', `reason:${reason}`, `cue:${(reason.split('“')[0] ?? '').trim()}`]);
  const words = tokens(reading.quote);
  for (const word of words) features.add(`w:${word}`);
  for (let index = 1; index < words.length; index++) features.add(`bg:${words[index - 1]}_${words[index]}`);
  words.slice(0, 3).forEach((word, index) => features.add(`f${index}:${word}`));
  features.add(`len:${Math.min(6, Math.floor(words.length / 5))}`);
  features.add(`q:${reading.quoted ? 1 : 0}`);
  features.add(`st:${reading.attribution?.speaker?.sourceType ?? ''}`);
  return [...features];
}

/** How far some features lean towards a statement holding nothing to check, as a probability. */
export function nothingToCheckLikelihood(features: readonly string[], weights: Readonly<Record<string, number>>): number {
  return likelihood(features, weights);
}
