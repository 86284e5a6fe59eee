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

function countsOf(grams: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return counts;
}

/**
 * Cosine similarity of character n-gram vectors weighted by inverse
 * document frequency: forgiving of inflection and spelling ("vaccinated",
 * "vaccination") where whole words are not. Scores are in [0, 1]. Weighed
 * once after the last add, with a posting list per n-gram, so a query
 * visits only the documents sharing its n-grams.
 */
export class NgramIndex {
  private readonly documents: Map<string, number>[] = [];
  private readonly frequency = new Map<string, number>();
  /** Per n-gram, the documents holding it and its weight there; with each document's norm. Built on first use. */
  private weighted: { postings: Map<string, { docs: number[]; weights: number[] }>; norms: Float64Array } | null = null;

  /** Adds a document's n-grams; returns its position. */
  add(grams: readonly string[]): number {
    const counts = countsOf(grams);
    for (const gram of counts.keys()) this.frequency.set(gram, (this.frequency.get(gram) ?? 0) + 1);
    this.documents.push(counts);
    this.weighted = null;
    return this.documents.length - 1;
  }

  private idf(gram: string): number {
    return Math.log(1 + this.documents.length / (1 + (this.frequency.get(gram) ?? 0)));
  }

  private weigh(): NonNullable<NgramIndex['weighted']> {
    const postings = new Map<string, { docs: number[]; weights: number[] }>();
    const norms = new Float64Array(this.documents.length);
    const idf = new Map<string, number>();
    for (const gram of this.frequency.keys()) idf.set(gram, this.idf(gram));
    this.documents.forEach((counts, doc) => {
      let sum = 0;
      for (const [gram, count] of counts) {
        const weight = (1 + Math.log(count)) * (idf.get(gram) ?? 0);
        let posting = postings.get(gram);
        if (posting === undefined) postings.set(gram, (posting = { docs: [], weights: [] }));
        posting.docs.push(doc);
        posting.weights.push(weight);
        sum += weight * weight;
      }
      norms[doc] = Math.sqrt(sum);
    });
    return { postings, norms };
  }

  /** Every document's cosine similarity to a query's n-grams. */
  scores(grams: readonly string[]): Float64Array {
    const out = new Float64Array(this.documents.length);
    if (this.documents.length === 0 || grams.length === 0) return out;
    const { postings, norms } = (this.weighted ??= this.weigh());
    let querySum = 0;
    for (const [gram, count] of countsOf(grams)) {
      const weight = (1 + Math.log(count)) * this.idf(gram);
      querySum += weight * weight;
      const posting = postings.get(gram);
      if (posting === undefined) continue;
      for (let j = 0; j < posting.docs.length; j++) {
        const doc = posting.docs[j] ?? 0;
        out[doc] = (out[doc] ?? 0) + weight * (posting.weights[j] ?? 0);
      }
    }
    const queryNorm = Math.sqrt(querySum);
    if (queryNorm === 0) return out.fill(0);
    for (let i = 0; i < out.length; i++) {
      const norm = norms[i] ?? 0;
      out[i] = norm === 0 ? 0 : (out[i] ?? 0) / (queryNorm * norm);
    }
    return out;
  }
}
