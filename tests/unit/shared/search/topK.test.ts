import { describe, expect, it } from 'vitest';
import { TopK } from '../../../../shared/search/index.js';

/** A deterministic pseudo-random sequence. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

describe('TopK', () => {
  it('keeps the best k of a stream, best first, as sorting the whole stream would', () => {
    const next = random(7);
    for (const k of [0, 1, 3, 20, 500]) {
      const items = Array.from({ length: 300 }, (_, id) => ({ id, score: Math.floor(next() * 50) }));
      const top = new TopK<{ id: number; score: number }>(k, (a, b) => a.score > b.score);
      for (const item of items) top.offer(item);
      // A stable sort: items that score alike keep the order they came in.
      const expected = [...items].sort((a, b) => b.score - a.score).slice(0, k);
      expect(top.sorted()).toEqual(expected);
      expect(top.size).toBe(Math.min(k, items.length));
    }
  });

  it('refuses a size that is not a whole number', () => {
    expect(() => new TopK<number>(-1, (a, b) => a > b)).toThrow(RangeError);
    expect(() => new TopK<number>(2.5, (a, b) => a > b)).toThrow(RangeError);
  });
});
