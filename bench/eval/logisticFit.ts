// Logistic regression for the small linear models of the suggestions (the
// claim-or-denial weights, and the weights of what is worth marking) and of the
// claims lookup (the look-alike weights): fitted
// on examples, and fitted for each set on the other sets' examples.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { likelihood } from '../../shared/suggest/linearModel.js';

export type Weights = Record<string, number>;

/** Weights closer to zero than this are left out: they change few readings and would only make the file larger. */
const smallestWeight = 0.3;
const epochs = 10;
/** Into how many parts the sets are divided for fitting each tuning half without its own set. */
export const folds = 8;

/** A small seeded generator (mulberry32), so the same examples always give the same weights. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Logistic regression by stochastic gradient descent with a light L2 penalty, then the weights worth keeping, rounded,
 * in a stable order: the likelihood of `outcome` from the examples' features.
 */
export function fitWeights<Example extends { features: string[] }>(
  training: readonly Example[],
  outcome: (example: Example) => boolean,
): Weights {
  const weights: Weights = {};
  const order = training.map((_, index) => index);
  let rate = 0.3;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const random = seeded(epoch + 1);
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other] ?? 0, order[index] ?? 0];
    }
    for (const index of order) {
      const example = training[index];
      if (example === undefined) continue;
      const error = likelihood(example.features, weights) - (outcome(example) ? 1 : 0);
      for (const feature of example.features) {
        const weight = weights[feature] ?? 0;
        weights[feature] = weight - rate * (error + weight / training.length);
      }
    }
    rate *= 0.9;
  }
  return Object.fromEntries(
    Object.entries(weights)
      .filter(([, weight]) => Math.abs(weight) >= smallestWeight)
      .map(([feature, weight]) => [feature, Math.round(weight * 100) / 100] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** For each set, the weights `fit` gives on the other sets' examples, the sets dealt into `folds` parts. */
export function crossFitted<Example extends { set: string }>(
  examples: readonly Example[],
  fit: (training: readonly Example[]) => Weights,
): Map<string, Weights> {
  const sets = [...new Set(examples.map((example) => example.set))].sort();
  const bySet = new Map<string, Weights>();
  for (let fold = 0; fold < folds; fold++) {
    const left = new Set(sets.filter((_, index) => index % folds === fold));
    const weights = fit(examples.filter((example) => !left.has(example.set)));
    for (const set of left) bySet.set(set, weights);
  }
  return bySet;
}

/** Writes fitted weights to `shared/<folder>/<fileName>` (`shared/suggest/` unless said), as the shipped files are kept, and says so. */
export function writeShippedWeights(fileName: string, weights: Weights, fittedOn: number, folder = 'suggest', what = 'statements'): void {
  const file = path.join(import.meta.dirname, '..', '..', 'shared', folder, fileName);
  writeFileSync(file, `${JSON.stringify(weights, null, 2)}\n`);
  console.log(`${Object.keys(weights).length} weights fitted on ${fittedOn} ${what}, written to ${path.relative(process.cwd(), file)}`);
}

/**
 * What a training script is asked by its options: to fit the weights and write them, or only to cross-check them
 * (`--cross-check`); null after printing its usage (`--help`).
 */
export function trainingAsked(usage: string): 'fit' | 'cross-check' | null {
  const { values } = parseArgs({
    options: { 'cross-check': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.log(usage);
    return null;
  }
  return values['cross-check'] ? 'cross-check' : 'fit';
}
