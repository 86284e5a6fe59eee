// The weights that settle whether a reported statement is a claim or a denial
// (shared/suggest/statementKind.ts), fitted on the tuning halves of the prose
// sets: by bench/eval/trainKinds.ts for the shipped file, and by the eval for
// each tuning half without its own set, so that half's figures are not the
// model reciting what it was fitted on.
import { spansMatch, suggestMarks } from '../../shared/index.js';
import { articleContext, deniedInSoManyWords, kindFeatures } from '../../shared/suggest/statementKind.js';
import { linkedAttribution, type Suggestion } from '../../shared/suggest/suggestion.js';
import { loadArticles, proseSets, type EvalArticle, type ProseSet } from './fixtures.js';
import { crossFitted, fitWeights, type Weights } from './logisticFit.js';

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

/** The tuning halves the weights are fitted on; never a held-out one. */
export const kindTrainingHalves: readonly ProseSet[] = proseSets.filter((name) => name === 'tuning' || name.endsWith('/tuning'));

/** The set a half belongs to: "second" for "second/tuning", "tuning" for the first set's own half. */
export function setOfHalf(half: string): string {
  return half.split('/')[0] ?? half;
}

/** An article of a tuning half with the claims and denials the rules alone suggest in it, each with its attribution. */
export interface RulesAloneReading {
  /** The set it comes from ("second" for second/tuning, "tuning" for the first set). */
  set: string;
  article: EvalArticle;
  statements: { suggestion: Statement; attribution: Suggestion | null }[];
}

/** A suggested claim or denial. */
type Statement = Suggestion & { kind: 'claim' | 'denial' };

let rulesAloneReadings: RulesAloneReading[] | null = null;

/**
 * Every article of the tuning halves as the rules alone read it (both models off), which both models are fitted on:
 * read once, however many of them are fitted.
 */
export function readByTheRulesAlone(): readonly RulesAloneReading[] {
  rulesAloneReadings ??= kindTrainingHalves.flatMap((half) =>
    loadArticles(half).map((article) => {
      const suggestions = suggestMarks(article.text, { kindWeights: null, worthWeights: null });
      const byId = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]));
      const statements = suggestions
        .filter((suggestion): suggestion is Statement => suggestion.kind !== 'attribution')
        .map((suggestion) => ({ suggestion, attribution: linkedAttribution(suggestion, byId) }));
      return { set: setOfHalf(half), article, statements };
    }),
  );
  return rulesAloneReadings;
}

/** Every statement of the tuning halves the rules alone suggest on a span the key marks as a claim or denial. */
export function kindExamples(): KindExample[] {
  const found: KindExample[] = [];
  for (const { set, article, statements } of readByTheRulesAlone()) {
    const context = articleContext(article.text);
    for (const { suggestion, attribution } of statements) {
      let best: { denial: boolean; overlap: number } | null = null;
      for (const mark of article.gold) {
        if (mark.kind === 'attribution' || !spansMatch(mark, suggestion)) continue;
        const overlap = Math.min(mark.end, suggestion.end) - Math.max(mark.start, suggestion.start);
        if (best === null || overlap > best.overlap) best = { denial: mark.kind === 'denial', overlap };
      }
      if (best === null) continue;
      const reading = { start: suggestion.start, end: suggestion.end, kind: suggestion.kind, reason: suggestion.reason, attribution };
      found.push({
        set,
        features: kindFeatures(context, reading),
        rule: suggestion.kind,
        reason: suggestion.reason,
        attributed: attribution !== null,
        deniesInSoManyWords: deniedInSoManyWords(suggestion.quote, suggestion.reason),
        denial: best.denial,
      });
    }
  }
  return found;
}

/** The claim-or-denial weights fitted on some statements. */
export function fitKindWeights(training: readonly KindExample[]): Weights {
  return fitWeights(training, (example) => example.denial);
}

/**
 * For each set, weights fitted on the other sets' tuning halves: the sets in
 * name order are dealt into `folds` parts, and each part is fitted on all
 * the others.
 */
export function crossFittedKindWeights(examples: readonly KindExample[]): Map<string, Weights> {
  return crossFitted(examples, fitKindWeights);
}
