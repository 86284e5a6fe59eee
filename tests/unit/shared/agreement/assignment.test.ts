import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maximumWeightAssignment } from '../../../../shared/agreement/assignment.js';

/** The best total weight over every one-to-one pairing, by trying them all (small matrices only). */
function bruteForceBest(weights: number[][]): number {
  const columns = weights[0]?.length ?? 0;
  const best = (row: number, used: Set<number>): number => {
    if (row === weights.length) return 0;
    let result = best(row + 1, used); // this row unpaired
    for (let column = 0; column < columns; column++) {
      const weight = weights[row]?.[column] ?? 0;
      if (used.has(column) || weight <= 0) continue;
      used.add(column);
      result = Math.max(result, weight + best(row + 1, used));
      used.delete(column);
    }
    return result;
  };
  return best(0, new Set());
}

const total = (weights: number[][], pairs: [number, number][]) =>
  pairs.reduce((sum, [row, column]) => sum + (weights[row]?.[column] ?? 0), 0);

describe('maximum-weight assignment', () => {
  it('prefers two smaller pairs to one larger when they weigh more', () => {
    expect(
      maximumWeightAssignment([
        [6, 4],
        [5, 0],
      ]),
    ).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('leaves out pairs of weight zero, and handles more rows than columns', () => {
    expect(maximumWeightAssignment([[0], [3], [2]])).toEqual([[1, 0]]);
    expect(maximumWeightAssignment([])).toEqual([]);
  });

  it('finds the best total of every small matrix, one to one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((rows) =>
          fc.integer({ min: 1, max: 6 }).chain((columns) =>
            fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: columns, maxLength: columns }), {
              minLength: rows,
              maxLength: rows,
            }),
          ),
        ),
        (weights) => {
          const pairs = maximumWeightAssignment(weights);
          expect(new Set(pairs.map(([row]) => row)).size).toBe(pairs.length);
          expect(new Set(pairs.map(([, column]) => column)).size).toBe(pairs.length);
          expect(total(weights, pairs)).toBe(bruteForceBest(weights));
        },
      ),
      { numRuns: 500 },
    );
  });
});
