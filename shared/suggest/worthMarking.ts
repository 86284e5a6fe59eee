import { givesATimeToCheck } from '../prose/index.js';
import { likelihood } from './linearModel.js';
import { deniedInSoManyWords } from './statementKind.js';
import { reasonWithoutName, statementTokens } from './statementWords.js';
import type { Suggestion } from './suggestion.js';

/**
 * Whether a careful fact-checker would mark a suggested claim or denial at
 * all, weighed by a small linear model over its words, its cue, its source
 * and where it stands. The rules find every statement someone is reported to
 * make; a fact-checker leaves alone what nobody can check: the colour quote
 * that closes a story ("Our children walk in mud to school while others count
 * money"), a feeling, a plan with no date or figure.
 *
 * The weights (`worthWeights.json`) are fitted by `bench/eval/trainWorth.ts`
 * on the tuning halves of the evaluation sets only. A suggestion is dropped
 * only when the weights are sure (`droppingLikelihood`), and its attribution
 * with it when it attributes nothing else; a denial said in so many words and
 * a statement with a figure or a date are never dropped (`mayDrop`).
 */

/** What the weights read of the text as a whole, found once per article. */
export interface WorthContext {
  text: string;
  /**
   * Where the last paragraph starts: a story's closing quotation is most often colour. Infinity in a text of a few
   * paragraphs, where the last is most of what there is (a passage pasted to check, not a story).
   */
  lastParagraph: number;
}

/** How many paragraphs make a story whose last paragraph closes it. */
const storyParagraphs = 4;

/** The facts of a text every suggestion's features share. */
export function worthContext(text: string): WorthContext {
  const trimmed = text.trimEnd();
  // Paragraphs are parted by a blank line; a single line break is a break inside one.
  const paragraphs = trimmed.split(/\n[^\S\n]*\n\s*/u);
  const last = paragraphs.at(-1) ?? '';
  return { text, lastParagraph: paragraphs.length < storyParagraphs ? Infinity : trimmed.length - last.length };
}

/** Words that say the speaker speaks of themselves: what they feel and hope is theirs to tell. */
const firstPerson = new Set(['i', 'we', 'my', 'our', 'me', 'us', "i'm", "we're", "i've", "we've"]);

/** A word in capitals inside a sentence, which names someone or something the statement is about. */
const namesSomething = /(?<![.!?]["”’]?)\s\p{Lu}\p{Ll}+/u;

/** The features of a suggested claim or denial: the names of the weights that add up to its leaning towards being marked. */
export function worthFeatures(context: WorthContext, suggestion: Suggestion, attribution: Suggestion | null): string[] {
  const { text } = context;
  // Single words only, not pairs nor the speaker's title: fitted on few statements nobody marked, pairs and titles
  // learn the sets' own names. (Nor its kind: the weights are fitted on the rules' kinds, and run after the
  // claim-or-denial weights change some.)
  const features = new Set<string>(['bias']);
  const reason = reasonWithoutName(suggestion.reason);
  features.add(`reason:${reason}`);
  features.add(`cue:${(reason.split('“')[0] ?? '').trim()}`);
  const words = statementTokens(suggestion.quote);
  for (const word of words) features.add(`w:${word}`);
  words.slice(0, 2).forEach((word, index) => features.add(`f${index}:${word}`));
  if (words.some((word) => firstPerson.has(word))) features.add('has:first-person');
  if (namesSomething.test(suggestion.quote)) features.add('has:name');
  features.add(`length:${words.length < 6 ? 'short' : words.length < 14 ? 'middle' : words.length < 30 ? 'long' : 'very long'}`);
  features.add(`q:${/["“‘]/u.test(text[suggestion.start - 1] ?? '') ? 1 : 0}`);
  features.add(`st:${attribution?.speaker?.sourceType ?? 'none'}`);
  if (suggestion.start >= context.lastParagraph) features.add('in:last-paragraph');
  return [...features];
}

/**
 * How sure the weights must be that a fact-checker would leave a suggestion
 * unmarked before it is dropped: below this likelihood of being marked.
 * Chosen on the tuning halves with weights fitted without each one's set
 * (`bench/eval/trainWorth.ts --cross-check`).
 */
export const droppingLikelihood = 0.2;

/**
 * Whether the weights may drop a suggestion at all: not a denial said in so
 * many words, and not a statement with a figure or a date in it, which a desk
 * can check by them (a plan "to build 40 homes", "would reopen on Monday",
 * "will be deep enough for cruise ships by next summer").
 */
export function mayDrop(suggestion: Pick<Suggestion, 'kind' | 'quote' | 'reason'>): boolean {
  if (suggestion.kind === 'denial' && deniedInSoManyWords(suggestion.quote, suggestion.reason)) return false;
  const words = statementTokens(suggestion.quote);
  return !words.includes('#figure') && !words.includes('#month') && !givesATimeToCheck(suggestion.quote);
}

/** Whether a suggestion is dropped: it may be, and the weights are sure enough a fact-checker would leave it unmarked. */
export function droppedAsUnmarked(features: readonly string[], weights: Readonly<Record<string, number>>): boolean {
  return likelihood(features, weights) < droppingLikelihood;
}

/** How far some features lean towards a suggestion being marked, as a probability. */
export function markedLikelihood(features: readonly string[], weights: Readonly<Record<string, number>>): number {
  return likelihood(features, weights);
}
