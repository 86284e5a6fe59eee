/** How far the weights of some features lean towards the model's outcome, as a probability (a logistic model). */
export function likelihood(features: readonly string[], weights: Readonly<Record<string, number>>): number {
  let sum = 0;
  for (const feature of features) sum += weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-sum));
}
