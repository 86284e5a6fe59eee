import { expect } from 'vitest';

/**
 * Asserts a shipped weights file is as `bench/eval/logisticFit.ts` writes it:
 * not empty, every weight finite and rounded to two places, names in a stable
 * order. Returns the names, for what a model's own test asks of them.
 */
export function expectWeightsAsFitted(weights: Readonly<Record<string, number>>): string[] {
  const entries = Object.entries(weights);
  expect(entries.length).toBeGreaterThan(0);
  for (const [, weight] of entries) {
    expect(Number.isFinite(weight)).toBe(true);
    expect(Math.round(weight * 100) / 100).toBe(weight);
  }
  const names = entries.map(([name]) => name);
  expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  return names;
}
