import { containsAny, dismissiveWords, untrueOfAClaim, wholeWord } from '../prose/cues.js';
import { likelihood } from './linearModel.js';
import { reasonWithoutName, statementTokens } from './statementWords.js';
import type { Suggestion } from './suggestion.js';

/**
 * Whether a reported statement is a claim or a denial, weighed by a small
 * linear model over its words, its cue, its speaker and what the article said
 * of that speaker before. The rules' own reading is one of the features, so
 * the model only overrules them where the training articles showed the rules
 * wrong in the same company of words: what a company says of its own record
 * in answer to a charge ("it had won the contract on the quality of its
 * plan") is a denial, what a spokesman says of the steps taken a claim.
 *
 * The weights (`kindWeights.json`) are fitted by `bench/eval/trainKinds.ts`
 * on the tuning halves of the evaluation sets only, never the held-out
 * halves. They overrule the rules only when sure, turn a claim into a
 * denial only where the article accused someone or told of a denial
 * before, and never overrule a denial said in so many words or one going on a
 * denying quotation (see `weighedKind`); `suggestMarks` leaves to the rules a
 * statement with no source and a quotation beside its speaker's own denial.
 */

/** What the model reads of one statement: its final span, the rules' kind and reason, and who it is attributed to. */
export interface StatementReading {
  start: number;
  end: number;
  kind: 'claim' | 'denial';
  reason: string;
  attribution: Pick<Suggestion, 'quote' | 'speaker'> | null;
}

/** Facts about the whole article the features need, found once per text (not once per statement). */
export interface ArticleContext {
  text: string;
  lowerText: string;
  /** The sentences, in order. */
  sentences: { start: number; end: number }[];
  /** The sentences that say someone is accused of something, in order. */
  accusingSentences: { start: number; end: number }[];
  /** Where a word of denial first stands, or the text's length when none does. */
  firstDenialWord: number;
  /** Where the first sentence that accuses someone ends, or Infinity when none does. */
  firstAccusationEnd: number;
  /** Where each surname asked about is first named in a sentence that accuses someone (found when first asked). */
  accusingMentions: Map<string, number>;
  /** The sentences that hold a word of denial: few, so a surname is looked for in these alone. */
  denyingSentences: { start: number; end: number }[];
  /** Sentences (by start) that name each surname asked about beside a word of denial (found when first asked). */
  denyingMentions: Map<string, number[]>;
  /** Where each sentence that accuses someone and names a surname asked about ends, and whether it names the accuser (found when first asked). */
  accusingPlaces: Map<string, { end: number; accuser: boolean }[]>;
}

const negation = /\b(?:not|never|no|nothing|none|nobody|n't|neither|nor|without)\b/u;
/**
 * Words that charge someone with something: the verbs and nouns of accusing, and the wrongs charged. Not "claim" or
 * "charge" alone, nor "complained" alone ("claim a full refund", "free of charge", "complained of stomach pains"), which
 * tell of no charge to answer.
 */
const accusation =
  /\b(?:accus\w*|alleg\w*|claim(?:s|ed)?\s+that|charged\s+with|charges?\s+(?:of|against|that)|blam\w*|critici[sz]\w*|complain\w*\s+(?:that|about|against)|complaints?\s+(?:that|about|against|from)|lawsuit|sued|suing|fraud\w*|corrupt\w*|wrongdoing|misconduct|negligen\w*|misus\w*|mismanag\w*)\b/u;
const denialWord = /\b(?:denied|denies|deny|rejected|dismissed)\b/u;

/** The article facts every statement's features share. */
export function articleContext(text: string): ArticleContext {
  const lowerText = text.toLowerCase();
  const sentences: ArticleContext['sentences'] = [];
  // A sentence ends after its full stop and any closing quotation mark or bracket, and at a blank line (a headline
  // has no full stop).
  const boundary = /(?<=[.!?]["'”’)]*)\s+|\n\s*\n\s*/gu;
  let start = 0;
  for (const match of lowerText.matchAll(boundary)) {
    const end = match.index;
    sentences.push({ start, end });
    start = end + match[0].length;
  }
  sentences.push({ start, end: lowerText.length });
  const accusingSentences = sentences.filter((sentence) => accusation.test(lowerText.slice(sentence.start, sentence.end)));
  const denial = denialWord.exec(lowerText);
  return {
    text,
    lowerText,
    sentences,
    firstDenialWord: denial?.index ?? lowerText.length,
    accusingSentences,
    firstAccusationEnd: accusingSentences[0]?.end ?? Infinity,
    denyingSentences: sentences.filter((sentence) => denialWord.test(lowerText.slice(sentence.start, sentence.end))),
    accusingMentions: new Map(),
    denyingMentions: new Map(),
    accusingPlaces: new Map(),
  };
}

/** Where a surname is first named in a sentence that accuses someone, or Infinity. */
function firstAccusingMention(context: ArticleContext, surname: string): number {
  let found = context.accusingMentions.get(surname);
  if (found !== undefined) return found;
  found = Infinity;
  const name = wholeWord(surname);
  for (const sentence of context.accusingSentences) {
    const named = name.exec(context.lowerText.slice(sentence.start, sentence.end));
    if (named !== null) {
      found = sentence.start + named.index;
      break;
    }
  }
  context.accusingMentions.set(surname, found);
  return found;
}

/** A verb of accusing, whose subject accuses and whose object is accused ("the union accused the company of…"), in the active voice. */
const accusingVerb =
  /\b(?:accus(?:ed|es|ing)|alleg(?:es|ed\s+that|ing\s+that)|claim(?:ed|s)\s+that|charg(?:ed|es)|blam(?:ed|es|ing)|critici[sz](?:ed|es|ing)|complain(?:ed|s)\s+(?:that|about)|sued|sues)\b/u;
/**
 * What makes a verb of accusing passive, its subject the one accused: "was" or the like before it ("Banda was accused
 * of…"), or the charge straight after it, with no one accused between, as a headline has it ("Depot accused of…").
 */
const passiveBefore = /\b(?:was|were|been|being|is|are|be)\s+(?:\p{L}+ly\s+)?$/u;
const passiveAfter = /^\s+(?:of|with|over)\b/u;

/**
 * Where each sentence that accuses someone and names a surname ends, and whether it names the surname as the accuser:
 * before the verb of accusing in the active voice, or after it in the passive (found when first asked).
 */
function accusingPlaces(context: ArticleContext, surname: string): { end: number; accuser: boolean }[] {
  let found = context.accusingPlaces.get(surname);
  if (found !== undefined) return found;
  found = [];
  const name = wholeWord(surname);
  for (const sentence of context.accusingSentences) {
    const words = context.lowerText.slice(sentence.start, sentence.end);
    const named = name.exec(words);
    const verb = accusingVerb.exec(words);
    if (named === null || verb === null) continue;
    const passive = passiveBefore.test(words.slice(0, verb.index)) || passiveAfter.test(words.slice(verb.index + verb[0].length));
    found.push({ end: sentence.end, accuser: named.index < verb.index !== passive });
  }
  context.accusingPlaces.set(surname, found);
  return found;
}

/**
 * Which side of the accusations made in the sentences before a point a surname was named on: the accused, whose
 * statements after it are most often the answer (a denial), or the accuser; both where the article named it on each.
 */
function accusingSide(context: ArticleContext, surname: string, before: number): 'accuser' | 'accused' | 'both' | null {
  let accuser = false;
  let accused = false;
  for (const place of accusingPlaces(context, surname)) {
    if (place.end > before) break;
    if (place.accuser) accuser = true;
    else accused = true;
  }
  return accuser && accused ? 'both' : accuser ? 'accuser' : accused ? 'accused' : null;
}

/** The starts of the sentences that name a surname beside a word of denial. */
function denyingMentions(context: ArticleContext, surname: string): number[] {
  let found = context.denyingMentions.get(surname);
  if (found !== undefined) return found;
  found = [];
  const name = wholeWord(surname);
  for (const sentence of context.denyingSentences)
    if (name.test(context.lowerText.slice(sentence.start, sentence.end))) found.push(sentence.start);
  context.denyingMentions.set(surname, found);
  return found;
}

/** The features of one statement: the names of the weights that add up to its leaning towards a denial. */
export function kindFeatures(context: ArticleContext, reading: StatementReading): string[] {
  const { text, lowerText } = context;
  const features = new Set<string>(['bias', `rule:${reading.kind}`]);
  const reason = reasonWithoutName(reading.reason);
  features.add(`reason:${reason}`);
  features.add(`cue:${(reason.split('“')[0] ?? '').trim()}`);
  const statement = text.slice(reading.start, reading.end);
  const words = statementTokens(statement);
  for (const word of words) features.add(`w:${word}`);
  for (let index = 1; index < words.length; index++) features.add(`bg:${words[index - 1]}_${words[index]}`);
  words.slice(0, 3).forEach((word, index) => features.add(`f${index}:${word}`));
  if (negation.test(statement.toLowerCase())) features.add('neg');
  features.add(`q:${/["“]/u.test(text[reading.start - 1] ?? '') ? 1 : 0}`);
  for (const word of statementTokens(reading.attribution?.quote ?? '')) features.add(`a:${word}`);
  features.add(`st:${reading.attribution?.speaker?.sourceType ?? ''}`);
  const paragraphStart = Math.max(0, text.lastIndexOf('\n', reading.start));
  const paragraphEnd = text.indexOf('\n', reading.end);
  for (const word of statementTokens(text.slice(paragraphStart, reading.start)).slice(-6)) features.add(`b:${word}`);
  for (const word of statementTokens(text.slice(reading.end, paragraphEnd === -1 ? undefined : paragraphEnd)).slice(0, 6))
    features.add(`af:${word}`);
  const surname = (reading.attribution?.speaker?.name ?? '').trim().toLowerCase().split(/\s+/u).at(-1) ?? '';
  if (surname.length > 2) {
    if (firstAccusingMention(context, surname) + surname.length <= reading.start) features.add('spk_accused_ctx');
    const side = accusingSide(context, surname, reading.start);
    if (side !== null) features.add(`spk_side:${side}`);
    // A speaker named beside a word of denial in another sentence is on the side that answers ("Kettlemoor denied the
    // plant was to blame. … Kettlemoor said the seal had been replaced the same week").
    const ownSentence = context.sentences.find((sentence) => sentence.end >= reading.start)?.start ?? -1;
    if (denyingMentions(context, surname).some((start) => start !== ownSentence)) features.add('spk_denies_elsewhere');
    // Searched back from the statement: the speaker is most often named just before it.
    if (reading.start < surname.length || lowerText.lastIndexOf(surname, reading.start - surname.length) === -1) features.add('spk_new');
  }
  if (context.firstDenialWord < reading.start) features.add('prior_denial_word');
  if (context.firstAccusationEnd <= reading.start) features.add('accusation_before');
  return [...features];
}

/**
 * How sure the weights must be to overrule the rules: a claim becomes a
 * denial only above this likelihood, a denial a claim only below one minus
 * it. Fitting each part of the sets on the others, overruling only when this
 * sure was right as often as overruling at even odds, and it leaves alone
 * the plain readings the rules are sure of on short texts.
 */
export const overrulingLikelihood = 0.8;

/**
 * A denial said in so many words: by a verb of denying ("denied", "rejected"),
 * by calling something false, wrong or lies, or by saying an accusation is
 * untrue. The weights settle readings the rules make from negations and
 * company; these they leave alone.
 */
export function deniedInSoManyWords(statement: string, reason: string): boolean {
  return /^denial cue|dismissive/u.test(reason) || containsAny(statement, dismissiveWords) || untrueOfAClaim.test(statement);
}

/**
 * The kind the weights settle on for a statement the rules read as `reading.kind`, given the features it was weighed
 * by and its likelihood of being a denial. A claim becomes a denial only where the article accused someone, or told of a
 * denial, before it (with nothing to answer there is nothing to deny: "no other products were affected" in a
 * recall notice is news). A denial stays one when said in so many words, and when it goes on a quotation the rules
 * read as denying ("I did not sit on the bid committee," he said. "Five officials evaluated the bids…").
 */
export function weighedKind(
  reading: Pick<StatementReading, 'kind' | 'reason'>,
  features: readonly string[],
  likelihood: number,
  deniesInSoManyWords: boolean,
): StatementReading['kind'] {
  if (reading.kind === 'claim') {
    const somethingToAnswer = ['spk_accused_ctx', 'prior_denial_word', 'accusation_before'].some((feature) => features.includes(feature));
    return somethingToAnswer && likelihood > overrulingLikelihood ? 'denial' : 'claim';
  }
  if (deniesInSoManyWords || reading.reason.startsWith('continues ')) return 'denial';
  // The accused saying they did not do it denies it, whatever else the words lean to: "Banda said she had not received
  // any money from the company".
  if (features.includes('neg') && features.includes('spk_accused_ctx')) return 'denial';
  return likelihood < 1 - overrulingLikelihood ? 'claim' : 'denial';
}

/** How far some features lean towards a denial, as a probability. */
export function denialLikelihood(features: readonly string[], weights: Readonly<Record<string, number>>): number {
  return likelihood(features, weights);
}
