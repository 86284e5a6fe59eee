import { likelihood } from './linearModel.js';
import { reasonWithoutName, statementTokens } from './statementKind.js';
import type { Suggestion } from './suggestion.js';

/**
 * Whether a careful fact-checker would mark a suggested claim or denial at
 * all, weighed by a small linear model over its words, its cue, its source
 * and where it stands. The rules find every statement someone is reported to
 * make; a fact-checker leaves alone what nobody can check: the colour quote
 * that closes a story ("Our children walk in mud to school while others count
 * money"), a feeling, a question, a plan with no date or figure.
 *
 * The weights (`worthWeights.json`) are fitted by `bench/eval/trainWorth.ts`
 * on the tuning halves of the evaluation sets only. A suggestion is dropped
 * only when the weights are sure (`unmarkedLikelihood`), and its attribution
 * with it when it attributes nothing else; a denial said in so many words is
 * never dropped.
 */

/** What the weights read of the text as a whole, found once per article. */
export interface WorthContext {
  text: string;
  /** Where the last paragraph starts: a story's closing quotation is most often colour. */
  lastParagraph: number;
}

/** The facts of a text every suggestion's features share. */
export function worthContext(text: string): WorthContext {
  const trimmed = text.trimEnd();
  return { text, lastParagraph: trimmed.lastIndexOf('\n') + 1 };
}

/** Words that say the speaker speaks of themselves: what they feel and hope is theirs to tell. */
const firstPerson = new Set(['i', 'we', 'my', 'our', 'me', 'us', "i'm", "we're", "i've", "we've"]);

/** A word in capitals after the first, which names someone or something the statement is about. */
const namesSomething = /\s\p{Lu}\p{Ll}+/u;

/** The features of a suggested claim or denial: the names of the weights that add up to its leaning towards being marked. */
export function worthFeatures(context: WorthContext, suggestion: Suggestion, attribution: Suggestion | null): string[] {
  const { text } = context;
  const features = new Set<string>(['bias', `kind:${suggestion.kind}`]);
  const reason = reasonWithoutName(suggestion.reason);
  features.add(`reason:${reason}`);
  features.add(`cue:${(reason.split('“')[0] ?? '').trim()}`);
  const words = statementTokens(suggestion.quote);
  for (const word of words) features.add(`w:${word}`);
  for (let index = 1; index < words.length; index++) features.add(`bg:${words[index - 1]}_${words[index]}`);
  words.slice(0, 2).forEach((word, index) => features.add(`f${index}:${word}`));
  if (words.includes('#figure')) features.add('has:figure');
  if (words.includes('#month')) features.add('has:month');
  if (words.some((word) => firstPerson.has(word))) features.add('has:first-person');
  if (namesSomething.test(suggestion.quote)) features.add('has:name');
  if (/[?!]/u.test(suggestion.quote)) features.add('has:question-or-exclamation');
  features.add(`length:${words.length < 6 ? 'short' : words.length < 14 ? 'middle' : words.length < 30 ? 'long' : 'very long'}`);
  features.add(`q:${/["“]/u.test(text[suggestion.start - 1] ?? '') ? 1 : 0}`);
  features.add(`st:${attribution?.speaker?.sourceType ?? 'none'}`);
  for (const word of statementTokens(attribution?.speaker?.role ?? '')) features.add(`role:${word}`);
  if (suggestion.start >= context.lastParagraph) features.add('in:last-paragraph');
  return [...features];
}

/**
 * How sure the weights must be that a fact-checker would leave a suggestion
 * unmarked before it is dropped: below this likelihood of being marked.
 * Chosen on the tuning halves with weights fitted without each one's set
 * (`bench/eval/trainWorth.ts --cross-check`).
 */
export const unmarkedLikelihood = 0.2;

/** How far some features lean towards a suggestion being marked, as a probability. */
export function markedLikelihood(features: readonly string[], weights: Readonly<Record<string, number>>): number {
  return likelihood(features, weights);
}
