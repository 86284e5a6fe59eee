import { similarity } from './similarity.js';

/** Two items, one of each version, taken to say the same thing. */
export interface Pair {
  a: number;
  b: number;
  similarity: number;
  /** Paired out of order: the item sits elsewhere in the other version. */
  moved: boolean;
}

/** A clue that two items say the same thing beyond their words (they hold the same quotation), added to their similarity. */
export interface Hint {
  a: number;
  b: number;
  weight: number;
}

/** How alike two sentences must be to be paired in reading order: rewrites pair, unrelated sentences do not. */
export const pairThreshold = 0.4;
/** How alike two sentences must be to be paired out of order: more than in order, since nothing else supports the pairing. */
export const movedThreshold = 0.5;

/**
 * Pairs the items of two versions (sentences, as sets of their content
 * words). First in reading order: the pairing, among all that keep both
 * versions' order, with the largest total similarity, each pair at least
 * {@link pairThreshold} alike (a dynamic programme like the longest common
 * subsequence, weighted). Then the items left over are paired out of order,
 * most alike first, when at least {@link movedThreshold} alike: a sentence a
 * rewrite moved. `hints` add to the similarity of some pairs (sentences that
 * hold the same quotation); a pair's reported similarity is its words' alone.
 * Returns the pairs in the order of version a.
 */
export function alignItems(a: readonly ReadonlySet<string>[], b: readonly ReadonlySet<string>[], hints: readonly Hint[] = []): Pair[] {
  const rows = a.length;
  const columns = b.length;
  const alike = Array.from({ length: rows }, (_, i) => b.map((words) => similarity(a[i] ?? new Set(), words)));
  const words = alike.map((row) => [...row]);
  for (const hint of hints) {
    const row = alike[hint.a];
    if (row !== undefined && hint.b < columns) row[hint.b] = (row[hint.b] ?? 0) + hint.weight;
  }
  const width = columns + 1;
  const best = new Float64Array((rows + 1) * width);
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= columns; j++) {
      const score = alike[i - 1]?.[j - 1] ?? 0;
      const skip = Math.max(best[(i - 1) * width + j] ?? 0, best[i * width + j - 1] ?? 0);
      const take = score >= pairThreshold ? (best[(i - 1) * width + j - 1] ?? 0) + score : -Infinity;
      best[i * width + j] = Math.max(skip, take);
    }
  }
  const pairs: Pair[] = [];
  for (let i = rows, j = columns; i > 0 && j > 0;) {
    const here = best[i * width + j] ?? 0;
    const score = alike[i - 1]?.[j - 1] ?? 0;
    if (score >= pairThreshold && here === (best[(i - 1) * width + j - 1] ?? 0) + score) {
      pairs.push({ a: i - 1, b: j - 1, similarity: words[i - 1]?.[j - 1] ?? 0, moved: false });
      i--;
      j--;
    } else if (here === (best[(i - 1) * width + j] ?? 0)) i--;
    else j--;
  }
  pairs.reverse();
  const pairedA = new Set(pairs.map((pair) => pair.a));
  const pairedB = new Set(pairs.map((pair) => pair.b));
  const candidates: Pair[] = [];
  for (let i = 0; i < rows; i++) {
    if (pairedA.has(i)) continue;
    for (let j = 0; j < columns; j++) {
      const score = alike[i]?.[j] ?? 0;
      if (!pairedB.has(j) && score >= movedThreshold) candidates.push({ a: i, b: j, similarity: score, moved: true });
    }
  }
  candidates.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  for (const candidate of candidates) {
    if (pairedA.has(candidate.a) || pairedB.has(candidate.b)) continue;
    pairedA.add(candidate.a);
    pairedB.add(candidate.b);
    pairs.push(candidate);
  }
  return pairs.map((pair) => ({ ...pair, similarity: words[pair.a]?.[pair.b] ?? 0 })).sort((x, y) => x.a - y.a);
}
