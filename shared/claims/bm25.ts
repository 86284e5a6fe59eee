/** BM25's parameters: term-frequency saturation and length normalisation. */
export interface Bm25Options {
  k1: number;
  b: number;
}

export const defaultBm25: Bm25Options = { k1: 1.2, b: 0.75 };

/**
 * An Okapi BM25 index over documents given as lists of terms, with a
 * posting list per term so a query visits only the documents holding its
 * terms. Scores are normalised into [0, 1] by the query's own ceiling: the
 * score of a document of average length holding each query term once, so
 * a score means the same thing whatever the query.
 */
export class Bm25Index {
  private readonly options: Bm25Options;
  /** Per term, the documents holding it and how often. */
  private readonly postings = new Map<string, { docs: number[]; counts: number[] }>();
  private readonly lengths: number[] = [];
  private totalLength = 0;

  constructor(options: Bm25Options = defaultBm25) {
    this.options = options;
  }

  /** Adds a document; returns its position, which {@link scores} answers by. */
  add(terms: readonly string[]): number {
    const position = this.lengths.length;
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      let posting = this.postings.get(term);
      if (posting === undefined) this.postings.set(term, (posting = { docs: [], counts: [] }));
      posting.docs.push(position);
      posting.counts.push(count);
    }
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
    return position;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** How many documents hold a term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /** Inverse document frequency, the non-negative BM25+ form. */
  idf(term: string): number {
    const n = this.postings.get(term)?.docs.length ?? 0;
    return Math.log(1 + (this.lengths.length - n + 0.5) / (n + 0.5));
  }

  /** Every document's normalised score for a query's terms (0 where nothing matches). */
  scores(query: readonly string[]): Float64Array {
    const out = new Float64Array(this.lengths.length);
    const unique = [...new Set(query)];
    if (this.lengths.length === 0 || unique.length === 0) return out;
    const { k1, b } = this.options;
    const average = this.totalLength / this.lengths.length || 1;
    let ceiling = 0;
    for (const term of unique) {
      const idf = this.idf(term);
      ceiling += idf;
      const posting = this.postings.get(term);
      if (posting === undefined) continue;
      for (let j = 0; j < posting.docs.length; j++) {
        const doc = posting.docs[j] ?? 0;
        const tf = posting.counts[j] ?? 0;
        const norm = 1 - b + (b * (this.lengths[doc] ?? 0)) / average;
        out[doc] = (out[doc] ?? 0) + (idf * tf * (k1 + 1)) / (tf + k1 * norm);
      }
    }
    if (ceiling > 0) for (let i = 0; i < out.length; i++) out[i] = Math.min(1, (out[i] ?? 0) / ceiling);
    return out;
  }
}
