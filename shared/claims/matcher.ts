import { Bm25Index, defaultBm25, type Bm25Options } from './bm25.js';
import { characterNgrams, NgramIndex } from './ngrams.js';
import { canonical, contentWords, negations, numbersOf, stem } from './tokens.js';

/** How the lexical scores combine into one. */
export interface MatcherOptions {
  bm25: Bm25Options;
  /** Weight of BM25 in the combined score; character n-grams get the rest. */
  bm25Weight: number;
  /** n of the character n-grams. */
  ngram: number;
  /** Factor a score is multiplied by when both claims hold numbers and share none ("5%" against "15%"). */
  numberMismatch: number;
  /** Factor when one claim is negated and the other is not ("did" against "did not"). */
  negationMismatch: number;
  /**
   * Factor when the two are the same sentence but for a swapped detail:
   * word overlap (Jaccard) of at least {@link nearDuplicate}, with words on
   * each side the other lacks ("hottest" for "coldest", "2019" for "2022"),
   * or the same words in another order. That is the shape of a near miss:
   * a paraphrase rewords throughout, a different claim changes one slot.
   */
  substitution: number;
  nearDuplicate: number;
  /** The lowest score shown as "already checked": a weaker match is not worth a fact-checker's look. */
  threshold: number;
}

/** The settings measured best on the tuning half of the evaluation set (see bench/eval/claims.ts). */
export const defaultMatcherOptions: MatcherOptions = {
  bm25: defaultBm25,
  bm25Weight: 0.7,
  ngram: 3,
  numberMismatch: 0.6,
  negationMismatch: 0.7,
  substitution: 0.1,
  nearDuplicate: 0.62,
  threshold: 0.15,
};

/** A claim found similar, with its combined score and the two it combines. */
export interface ClaimMatch<T> {
  claim: T;
  /** Combined score in [0, 1]. */
  score: number;
  bm25: number;
  ngram: number;
}

interface Analysed {
  terms: string[];
  grams: string[];
  numbers: Set<string>;
  negated: boolean;
}

function analyse(text: string, n: number): Analysed {
  const words = contentWords(text);
  const terms = words.map((word) => canonical(stem(word)));
  return {
    terms,
    grams: characterNgrams(words, n),
    numbers: numbersOf(terms),
    negated: words.some((word) => negations.has(word)),
  };
}

/**
 * Whether two claims are one sentence with a detail swapped: they share
 * most words (Jaccard at least `nearDuplicate`) and either each has a few
 * words the other lacks ("hottest" for "coldest", "2019" for "2022"), or
 * one has a number or a word of polarity ("not", "against") the other
 * lacks.
 */
export function swapsDetail(a: readonly string[], b: readonly string[], nearDuplicate: number, maxSwap = 3): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  const onlyA = [...setA].filter((term) => !setB.has(term));
  const onlyB = [...setB].filter((term) => !setA.has(term));
  const shared = setA.size - onlyA.length;
  const union = setA.size + setB.size - shared;
  if (union === 0 || shared / union < nearDuplicate) return false;
  if (onlyA.length > 0 && onlyB.length > 0 && onlyA.length <= maxSwap && onlyB.length <= maxSwap) return true;
  const telling = (term: string) => /^\d/.test(term) || negations.has(term);
  // The same words in another order ("more on defence than on debt") are not told apart: paraphrases reorder far more often.
  return onlyA.some(telling) || onlyB.some(telling);
}

/**
 * Finds the claims most like a text among many: BM25 over normalised terms
 * (numbers folded, so "2 million" matches "2,000,000") combined with
 * character n-gram cosine, then lowered where the two disagree on numbers
 * or on negation, which is what tells a near miss from the same claim.
 * Built once over a set of claims; pure and synchronous.
 */
export class ClaimMatcher<T> {
  private readonly claims: readonly T[];
  private readonly analysed: Analysed[];
  private readonly bm25: Bm25Index;
  private readonly ngrams = new NgramIndex();
  readonly options: MatcherOptions;

  /** A matcher over claims whose text `textOf` gives. */
  constructor(claims: readonly T[], textOf: (claim: T) => string, options: MatcherOptions = defaultMatcherOptions) {
    this.claims = claims;
    this.options = options;
    this.bm25 = new Bm25Index(options.bm25);
    this.analysed = claims.map((claim) => analyse(textOf(claim), options.ngram));
    for (const item of this.analysed) {
      this.bm25.add(item.terms);
      this.ngrams.add(item.grams);
    }
  }

  get size(): number {
    return this.claims.length;
  }

  /**
   * The `limit` claims most similar to `text` among those `accept` lets
   * through, best first (ties by the order given); claims scoring 0 are left out.
   */
  similar(text: string, limit: number, accept: (claim: T) => boolean = () => true): ClaimMatch<T>[] {
    const { options } = this;
    const query = analyse(text, options.ngram);
    const lexical = this.bm25.scores(query.terms);
    const grams = this.ngrams.scores(query.grams);
    const raw: { index: number; score: number }[] = [];
    for (let i = 0; i < this.claims.length; i++) {
      const score = options.bm25Weight * (lexical[i] ?? 0) + (1 - options.bm25Weight) * (grams[i] ?? 0);
      if (score > 0) raw.push({ index: i, score });
    }
    // Best first by the combined score; the penalties only lower a score, so
    // once a candidate's unpenalised score is below the `limit`-th best
    // penalised one, none after it can enter: only the head is examined.
    raw.sort((a, b) => b.score - a.score || a.index - b.index);
    const found: ClaimMatch<T>[] = [];
    for (const { index, score: combined } of raw) {
      if (found.length >= limit && combined < (found[limit - 1]?.score ?? 0)) break;
      const claim = this.claims[index];
      const other = this.analysed[index];
      if (claim === undefined || other === undefined || !accept(claim)) continue;
      let score = combined;
      if (query.numbers.size > 0 && other.numbers.size > 0 && ![...query.numbers].some((number) => other.numbers.has(number)))
        score *= options.numberMismatch;
      if (query.negated !== other.negated) score *= options.negationMismatch;
      if (swapsDetail(query.terms, other.terms, options.nearDuplicate)) score *= options.substitution;
      found.push({ claim, score, bm25: lexical[index] ?? 0, ngram: grams[index] ?? 0 });
      // Kept sorted (stable: an equal score stays after those before it), so the cut-off above is right.
      found.sort((a, b) => b.score - a.score);
    }
    return found.slice(0, Math.max(0, limit));
  }
}
