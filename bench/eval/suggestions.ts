import { annotationKinds, spansMatch, suggestMarks, type AnnotationKind, type Suggestion } from '../../shared/index.js';
import type { SuggestOptions } from '../../shared/suggest/suggest.js';
import type { EvalArticle, GoldMark } from './fixtures.js';

/** Counts for one kind (or all): gold marks, suggestions, and those matched one to one. */
export interface Tally {
  gold: number;
  suggested: number;
  matched: number;
}

/** How the suggestions of a set of articles score, per kind, and how well matched attributions read their speaker. */
export interface SuggestionScore {
  kinds: Record<AnnotationKind | 'all', Tally>;
  /** Matched attributions whose gold names a speaker: how many read the same surname, source type, and link what they attribute. */
  attributions: { checked: number; speaker: number; sourceType: number; links: number; linksExpected: number };
  /** Each miss and each false suggestion, in words, to study on the tuning half (never on the held-out one). */
  errors: string[];
}

function surname(name: string): string {
  const words = name.toLocaleLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  return words[words.length - 1] ?? '';
}

/**
 * Pairs suggestions with gold marks one to one: same kind, overlapping by at
 * least half of the longer span, most overlap first (so a nearby match cannot
 * take a better one's place).
 */
export function matchMarks<S extends Pick<Suggestion, 'kind' | 'start' | 'end'>>(
  gold: readonly GoldMark[],
  suggested: readonly S[],
): Map<GoldMark, S> {
  const candidates: { mark: GoldMark; suggestion: S; overlap: number }[] = [];
  for (const mark of gold)
    for (const suggestion of suggested)
      if (mark.kind === suggestion.kind && spansMatch(mark, suggestion))
        candidates.push({ mark, suggestion, overlap: Math.min(mark.end, suggestion.end) - Math.max(mark.start, suggestion.start) });
  candidates.sort((x, y) => y.overlap - x.overlap);
  const pairs = new Map<GoldMark, S>();
  const used = new Set<S>();
  for (const { mark, suggestion } of candidates) {
    if (pairs.has(mark) || used.has(suggestion)) continue;
    pairs.set(mark, suggestion);
    used.add(suggestion);
  }
  return pairs;
}

/** Counts of marks per kind, and those matched one to one (see {@link matchMarks}). */
function tallyKinds(
  matchedPairs: { gold: readonly GoldMark[]; marked: readonly Pick<Suggestion, 'kind'>[]; pairs: ReadonlyMap<GoldMark, unknown> }[],
): Record<AnnotationKind | 'all', Tally> {
  const empty = (): Tally => ({ gold: 0, suggested: 0, matched: 0 });
  const kinds = { claim: empty(), denial: empty(), attribution: empty(), all: empty() };
  for (const { gold, marked, pairs } of matchedPairs)
    for (const kind of annotationKinds) {
      const count = (tally: Tally) => {
        tally.gold += gold.filter((mark) => mark.kind === kind).length;
        tally.suggested += marked.filter((mark) => mark.kind === kind).length;
        tally.matched += [...pairs.keys()].filter((mark) => mark.kind === kind).length;
      };
      count(kinds[kind]);
      count(kinds.all);
    }
  return kinds;
}

/**
 * A second reader's marks scored against the key as suggestions are (their
 * marks in `suggested`), over the articles that have them: how far two careful
 * people agree. Null when no article has a second reading.
 */
export function scoreSecondReading(
  articles: readonly EvalArticle[],
): { articles: number; kinds: Record<AnnotationKind | 'all', Tally> } | null {
  const read = articles.flatMap(({ gold, second }) =>
    second === undefined ? [] : [{ gold, marked: second, pairs: matchMarks(gold, second) }],
  );
  return read.length === 0 ? null : { articles: read.length, kinds: tallyKinds(read) };
}

/**
 * Scores the suggestion rules on articles with gold marks, with the shipped
 * claim-or-denial weights and the shipped weights of what is worth marking
 * unless others are given.
 */
export function scoreSuggestionSet(
  articles: readonly EvalArticle[],
  weights: Pick<SuggestOptions, 'kindWeights' | 'worthWeights'> = {},
): SuggestionScore {
  const read: Parameters<typeof tallyKinds>[0] = [];
  const attributions = { checked: 0, speaker: 0, sourceType: 0, links: 0, linksExpected: 0 };
  const errors: string[] = [];
  for (const article of articles) {
    const suggested = suggestMarks(article.text, weights);
    const pairs = matchMarks(article.gold, suggested);
    const matched = new Set(pairs.values());
    for (const mark of article.gold) if (!pairs.has(mark)) errors.push(`${article.name}: missed ${mark.kind} “${mark.text}”`);
    for (const suggestion of suggested)
      if (!matched.has(suggestion)) errors.push(`${article.name}: false ${suggestion.kind} “${suggestion.quote}” (${suggestion.reason})`);
    read.push({ gold: article.gold, marked: suggested, pairs });
    const byId = new Map(suggested.map((suggestion) => [suggestion.id, suggestion]));
    for (const [mark, suggestion] of pairs) {
      if (mark.kind !== 'attribution' || mark.speaker === undefined) continue;
      attributions.checked++;
      // An unnamed source ("officials") has no name to get right: its source type says whether it was read.
      const unnamed = mark.speaker.name.trim() === '';
      if (unnamed || (suggestion.speaker !== undefined && surname(suggestion.speaker.name) === surname(mark.speaker.name)))
        attributions.speaker++;
      else
        errors.push(`${article.name}: speaker of “${mark.text}” read as “${suggestion.speaker?.name ?? ''}”, not “${mark.speaker.name}”`);
      if (suggestion.speaker?.sourceType === mark.sourceType) attributions.sourceType++;
      else
        errors.push(
          `${article.name}: source type of “${mark.text}” read as ${suggestion.speaker?.sourceType ?? 'none'}, not ${mark.sourceType ?? 'none'}`,
        );
      for (const attributed of mark.attributes ?? []) {
        attributions.linksExpected++;
        const target = article.gold.find((other) => other.kind !== 'attribution' && other.text === attributed);
        const linked = suggestion.links.map((id) => byId.get(id)).filter((item) => item !== undefined);
        if (target !== undefined && linked.some((item) => item.kind === target.kind && spansMatch(item, target))) attributions.links++;
        else errors.push(`${article.name}: “${mark.text}” not linked to “${attributed}”`);
      }
    }
  }
  return { kinds: tallyKinds(read), attributions, errors };
}
