import { Bm25Index, defaultBm25, type Bm25Options } from './bm25.js';
import { characterNgrams, NgramIndex } from './ngrams.js';
import { contentWords, negations, numbersOf, stem } from './tokens.js';

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
}

/** The settings measured best on the tuning half of the evaluation set (see bench/eval/claims.ts). */
export const defaultMatcherOptions: MatcherOptions = {
  bm25: defaultBm25,
  bm25Weight: 0.5,
  ngram: 3,
  numberMismatch: 0.6,
  negationMismatch: 0.7,
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
  const terms = words.map(stem);
  return {
    terms,
    grams: characterNgrams(words, n),
    numbers: numbersOf(terms),
    negated: words.some((word) => negations.has(word)),
  };
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
    const found: ClaimMatch<T>[] = [];
    for (let i = 0; i < this.claims.length; i++) {
      const claim = this.claims[i];
      const other = this.analysed[i];
      if (claim === undefined || other === undefined || !accept(claim)) continue;
      const bm25 = lexical[i] ?? 0;
      const ngram = grams[i] ?? 0;
      let score = options.bm25Weight * bm25 + (1 - options.bm25Weight) * ngram;
      if (score <= 0) continue;
      if (query.numbers.size > 0 && other.numbers.size > 0 && ![...query.numbers].some((number) => other.numbers.has(number)))
        score *= options.numberMismatch;
      if (query.negated !== other.negated) score *= options.negationMismatch;
      found.push({ claim, score, bm25, ngram });
    }
    found.sort((a, b) => b.score - a.score);
    return found.slice(0, Math.max(0, limit));
  }
}
