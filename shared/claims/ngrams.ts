/** Character n-grams of a text's words, each word padded with spaces so starts and ends count. */
export function characterNgrams(words: readonly string[], n = 3): string[] {
  const grams: string[] = [];
  for (const word of words) {
    const padded = ` ${word} `;
    if (padded.length <= n) {
      grams.push(padded);
      continue;
    }
    for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  }
  return grams;
}

/**
 * Cosine similarity of character n-gram vectors weighted by inverse
 * document frequency: forgiving of inflection and spelling ("vaccinated",
 * "vaccination") where whole words are not. Scores are in [0, 1].
 */
export class NgramIndex {
  private readonly vectors: Map<string, number>[] = [];
  private readonly frequency = new Map<string, number>();
  /** Weighted vectors and their norms, computed once after the last add. */
  private weighted: { vector: Map<string, number>; norm: number }[] | null = null;

  /** Adds a document's n-grams; returns its position. */
  add(grams: readonly string[]): number {
    const counts = new Map<string, number>();
    for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    for (const gram of counts.keys()) this.frequency.set(gram, (this.frequency.get(gram) ?? 0) + 1);
    this.vectors.push(counts);
    this.weighted = null;
    return this.vectors.length - 1;
  }

  private idf(gram: string): number {
    return Math.log(1 + this.vectors.length / (1 + (this.frequency.get(gram) ?? 0)));
  }

  private weigh(counts: Map<string, number>): { vector: Map<string, number>; norm: number } {
    const vector = new Map<string, number>();
    let sum = 0;
    for (const [gram, count] of counts) {
      const weight = (1 + Math.log(count)) * this.idf(gram);
      vector.set(gram, weight);
      sum += weight * weight;
    }
    return { vector, norm: Math.sqrt(sum) };
  }

  /** Every document's cosine similarity to a query's n-grams. */
  scores(grams: readonly string[]): Float64Array {
    const out = new Float64Array(this.vectors.length);
    if (this.vectors.length === 0 || grams.length === 0) return out;
    this.weighted ??= this.vectors.map((counts) => this.weigh(counts));
    const counts = new Map<string, number>();
    for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    const query = this.weigh(counts);
    if (query.norm === 0) return out;
    for (let i = 0; i < this.weighted.length; i++) {
      const doc = this.weighted[i];
      if (doc === undefined || doc.norm === 0) continue;
      let dot = 0;
      const [small, large] = query.vector.size < doc.vector.size ? [query.vector, doc.vector] : [doc.vector, query.vector];
      for (const [gram, weight] of small) dot += weight * (large.get(gram) ?? 0);
      out[i] = dot / (query.norm * doc.norm);
    }
    return out;
  }
}
