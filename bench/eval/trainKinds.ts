// Fits the weights that settle whether a reported statement is a claim or a
// denial (shared/suggest/statementKind.ts) on the tuning halves of the prose
// sets, and writes them to shared/suggest/kindWeights.json. The held-out
// halves are never read. Run it again after changing the rules or adding
// sets: the rules' own reading is one of the features.
import { denialLikelihood, weighedKind } from '../../shared/suggest/statementKind.js';
import { crossFittedKindWeights, fitKindWeights, kindExamples } from './kindModel.js';
import { folds, trainingAsked, writeShippedWeights } from './logisticFit.js';

const usage = `Usage: npx tsx bench/eval/trainKinds.ts [--cross-check]

Fits the claim-or-denial weights on every tuning half and writes
shared/suggest/kindWeights.json.

  --cross-check   instead, fit each part of the sets on the others and print how often the
                  model and the rules alone give the key's kind (nothing is written)
  --help          this text`;

const asked = trainingAsked(usage);
if (asked !== null) {
  const examples = kindExamples();
  if (asked === 'cross-check') {
    const bySet = crossFittedKindWeights(examples);
    const model = examples.filter((example) => {
      const likelihood = denialLikelihood(example.features, bySet.get(example.set) ?? {});
      const reading = { kind: example.rule, reason: example.reason };
      const kind = example.attributed ? weighedKind(reading, example.features, likelihood, example.deniesInSoManyWords) : example.rule;
      return (kind === 'denial') === example.denial;
    }).length;
    const rules = examples.filter((example) => (example.rule === 'denial') === example.denial).length;
    const ratio = (count: number) => (count / examples.length).toFixed(3);
    console.log(`${examples.length} statements of the tuning halves on spans the key marks as a claim or denial`);
    console.log(
      `kind right, each of ${folds} parts of the sets fitted on the others: model ${ratio(model)} (${model}), rules alone ${ratio(rules)} (${rules})`,
    );
  } else {
    writeShippedWeights('kindWeights.json', fitKindWeights(examples), examples.length);
  }
}
