/** BM25's parameters: term-frequency saturation and length normalisation. */
export interface Bm25Options {
  k1: number;
  b: number;
}

export const defaultBm25: Bm25Options = { k1: 1.2, b: 0.75 };

/**
 * An Okapi BM25 index over documents given as lists of terms. Scores are
 * normalised into [0, 1] by the query's own ceiling: the score of a
 * document of average length holding each query term once, so a score
 * means the same thing whatever the query.
 */
export class Bm25Index {
  private readonly options: Bm25Options;
  private readonly docs: Map<string, number>[] = [];
  private readonly lengths: number[] = [];
  private readonly frequency = new Map<string, number>();
  private totalLength = 0;

  constructor(options: Bm25Options = defaultBm25) {
    this.options = options;
  }

  /** Adds a document; returns its position, which {@link scores} answers by. */
  add(terms: readonly string[]): number {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const term of counts.keys()) this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1);
    this.docs.push(counts);
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
    return this.docs.length - 1;
  }

  get size(): number {
    return this.docs.length;
  }

  /** Inverse document frequency, the non-negative BM25+ form. */
  idf(term: string): number {
    const n = this.frequency.get(term) ?? 0;
    return Math.log(1 + (this.docs.length - n + 0.5) / (n + 0.5));
  }

  /** Every document's normalised score for a query's terms (0 where nothing matches). */
  scores(query: readonly string[]): Float64Array {
    const out = new Float64Array(this.docs.length);
    const unique = [...new Set(query)];
    if (this.docs.length === 0 || unique.length === 0) return out;
    const { k1, b } = this.options;
    const average = this.totalLength / this.docs.length || 1;
    let ceiling = 0;
    for (const term of unique) {
      const idf = this.idf(term);
      ceiling += idf;
      if (!this.frequency.has(term)) continue;
      for (let i = 0; i < this.docs.length; i++) {
        const tf = this.docs[i]?.get(term);
        if (tf === undefined) continue;
        const norm = 1 - b + (b * (this.lengths[i] ?? 0)) / average;
        out[i] = (out[i] ?? 0) + (idf * tf * (k1 + 1)) / (tf + k1 * norm);
      }
    }
    if (ceiling > 0) for (let i = 0; i < out.length; i++) out[i] = Math.min(1, (out[i] ?? 0) / ceiling);
    return out;
  }
}
